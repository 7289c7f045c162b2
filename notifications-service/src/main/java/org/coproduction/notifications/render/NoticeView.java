package org.coproduction.notifications.render;

import java.util.List;

/** What a notice template shows for one reader. */
public record NoticeView(
        String lang,
        String headline,
        String name,
        String subject,
        List<String> paragraphs,
        boolean calendarAttached,
        boolean largePrint,
        String hearUrl) {}
