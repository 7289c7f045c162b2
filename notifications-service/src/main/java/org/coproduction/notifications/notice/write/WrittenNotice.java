package org.coproduction.notifications.notice.write;

import java.util.List;

/**
 * A notice or reminder written for one reader: the subject, the headline, what changed (one sentence a line), the
 * facts of the session (one a line) and the organisers' own note, if any (its paragraphs, under noteHeading).
 */
public record WrittenNotice(
        String lang,
        String subject,
        String headline,
        List<String> changes,
        List<String> facts,
        String noteHeading,
        List<String> note) {}
