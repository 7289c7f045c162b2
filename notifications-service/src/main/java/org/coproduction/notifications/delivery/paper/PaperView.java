package org.coproduction.notifications.delivery.paper;

import java.util.List;

/** The parts of a letter or call sheet around its content, already worded for one reader. */
public record PaperView(
        String lang,
        String title,
        boolean largePrint,
        boolean callSheet,
        String name,
        List<String> addressLines,
        String postcode,
        String phone,
        String languageName,
        String date) {}
