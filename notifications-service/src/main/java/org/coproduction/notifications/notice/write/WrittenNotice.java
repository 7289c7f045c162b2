package org.coproduction.notifications.notice.write;

import java.util.List;

/**
 * A notice or reminder written for one reader: the subject, the headline, what changed (one sentence a line), the
 * facts of the session (one a line), the organisers' own note, if any (its paragraphs, under noteHeading), and a
 * link to a page of the portal (a check-in's Taking a break page) with its words; linkUrl null when there is none.
 */
public record WrittenNotice(
        String lang,
        String subject,
        String headline,
        List<String> changes,
        List<String> facts,
        String noteHeading,
        List<String> note,
        String linkText,
        String linkUrl) {

    /** Without a link. */
    public WrittenNotice(
            String lang,
            String subject,
            String headline,
            List<String> changes,
            List<String> facts,
            String noteHeading,
            List<String> note) {
        this(lang, subject, headline, changes, facts, noteHeading, note, null, null);
    }
}
