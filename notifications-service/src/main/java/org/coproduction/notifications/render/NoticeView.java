package org.coproduction.notifications.render;

import java.util.List;

/** What a notice template shows for one reader; an invitation's two answer links are null for other notices. */
public record NoticeView(
        String lang,
        String headline,
        String name,
        String subject,
        List<String> paragraphs,
        boolean calendarAttached,
        boolean largePrint,
        String hearUrl,
        String comingUrl,
        String notComingUrl) {

    /** Whether the mail carries an invitation's two answer links. */
    public boolean answerLinks() {
        return comingUrl != null && notComingUrl != null;
    }
}
