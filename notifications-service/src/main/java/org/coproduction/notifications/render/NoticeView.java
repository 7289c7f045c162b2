package org.coproduction.notifications.render;

import java.util.List;

/**
 * What a notice template shows for one reader; an invitation's two answer links are null for other notices. A notice
 * written from a session's facts (issue 13) also has what changed and the facts, one a line; its paragraphs are then
 * the organisers' note, under noteHeading.
 */
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
        String notComingUrl,
        List<String> changes,
        List<String> facts,
        String noteHeading,
        String linkText,
        String linkUrl) {

    /** Without a link of its own (every notice but a check-in). */
    public NoticeView(
            String lang,
            String headline,
            String name,
            String subject,
            List<String> paragraphs,
            boolean calendarAttached,
            boolean largePrint,
            String hearUrl,
            String comingUrl,
            String notComingUrl,
            List<String> changes,
            List<String> facts,
            String noteHeading) {
        this(
                lang,
                headline,
                name,
                subject,
                paragraphs,
                calendarAttached,
                largePrint,
                hearUrl,
                comingUrl,
                notComingUrl,
                changes,
                facts,
                noteHeading,
                null,
                null);
    }

    public NoticeView(
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
        this(
                lang,
                headline,
                name,
                subject,
                paragraphs,
                calendarAttached,
                largePrint,
                hearUrl,
                comingUrl,
                notComingUrl,
                List.of(),
                List.of(),
                null);
    }

    /** Whether the mail carries an invitation's two answer links. */
    public boolean answerLinks() {
        return comingUrl != null && notComingUrl != null;
    }
}
