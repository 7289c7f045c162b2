package org.coproduction.notifications.render;

import java.util.List;

/** Everything a digest template shows, already worded and formatted for one reader. */
public record DigestView(
        String lang,
        String subject,
        String name,
        String since,
        String zone,
        boolean largePrint,
        List<SessionItem> upcoming,
        List<SummaryItem> summaries,
        List<ActionItem> actions,
        List<UpdateItem> updates,
        String thanks,
        boolean nothingHappened,
        String settings,
        String preferencesUrl) {

    public record SessionItem(
            String title,
            String projectName,
            String purpose,
            String when,
            String where,
            String joiningLink,
            List<String> arrangements) {}

    public record SummaryItem(
            String title,
            String projectName,
            String when,
            String summary,
            List<String> decisions,
            List<String> actions) {}

    public record ActionItem(String description, String from, String due) {}

    public record UpdateItem(String title, String projectName, String posted, String body) {}
}
