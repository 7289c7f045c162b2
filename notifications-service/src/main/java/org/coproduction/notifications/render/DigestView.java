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
        String preferencesUrl,
        String hearUrl) {

    /**
     * The same digest with the address of the person's "How I hear from you" page: a signed personal link in a
     * digest that is sent, the page alone in a preview (which a coordinator reads).
     */
    public DigestView withHearUrl(String url) {
        return new DigestView(
                lang,
                subject,
                name,
                since,
                zone,
                largePrint,
                upcoming,
                summaries,
                actions,
                updates,
                thanks,
                nothingHappened,
                settings,
                preferencesUrl,
                url);
    }

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
