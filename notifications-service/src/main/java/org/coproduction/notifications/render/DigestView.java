package org.coproduction.notifications.render;

import java.util.List;

/**
 * Everything a digest template shows, already worded and formatted for one reader. Content items carry
 * {@code contentLang}: the language their words are in when it is not the digest's own (for a lang attribute, else
 * null), and {@code notYet}: the short "Not yet in Welsh" line when they are not in the reader's language (else null).
 */
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
        List<DoneItem> done,
        List<UpdateItem> updates,
        List<ProjectItem> projects,
        String thanks,
        List<Thanks.Sentence> thanksSentences,
        boolean nothingHappened,
        String settings,
        String preferencesUrl,
        String hearUrl,
        TrainingItem training,
        /** Issue 15: "Decided together". */
        List<DecidedItem> decided,
        /** Issue 15: "Have your say": open proposals the reader has not answered. */
        List<OpenProposalItem> haveYourSay) {

    /** Without proposals (before issue 15). */
    public DigestView(
            String lang,
            String subject,
            String name,
            String since,
            String zone,
            boolean largePrint,
            List<SessionItem> upcoming,
            List<SummaryItem> summaries,
            List<ActionItem> actions,
            List<DoneItem> done,
            List<UpdateItem> updates,
            List<ProjectItem> projects,
            String thanks,
            List<Thanks.Sentence> thanksSentences,
            boolean nothingHappened,
            String settings,
            String preferencesUrl,
            String hearUrl,
            TrainingItem training) {
        this(
                lang,
                subject,
                name,
                since,
                zone,
                largePrint,
                upcoming,
                summaries,
                actions,
                done,
                updates,
                projects,
                thanks,
                thanksSentences,
                nothingHappened,
                settings,
                preferencesUrl,
                hearUrl,
                training,
                List.of(),
                List.of());
    }

    /**
     * The same digest with each open proposal's address: a signed personal link in a sent digest, the bare page in
     * a preview, none when worked out for {@code DigestNews} (a fresh link every time must not look like news).
     */
    public DigestView withProposalLinks(java.util.function.Function<java.util.UUID, String> url) {
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
                done,
                updates,
                projects,
                thanks,
                thanksSentences,
                nothingHappened,
                settings,
                preferencesUrl,
                hearUrl,
                training,
                decided,
                haveYourSay.stream()
                        .map(p -> new OpenProposalItem(
                                p.proposalId(), p.title(), p.projectName(), p.closes(), url.apply(p.proposalId())))
                        .toList());
    }

    /** A proposal decided together: its title, project, result in words and how people answered. */
    public record DecidedItem(String title, String projectName, String result, String counts) {}

    /** An open proposal: when answers close (in the reader's zone) and where to answer (null until linked). */
    public record OpenProposalItem(
            java.util.UUID proposalId, String title, String projectName, String closes, String url) {}

    /** Without a training suggestion (before issue 14). */
    public DigestView(
            String lang,
            String subject,
            String name,
            String since,
            String zone,
            boolean largePrint,
            List<SessionItem> upcoming,
            List<SummaryItem> summaries,
            List<ActionItem> actions,
            List<DoneItem> done,
            List<UpdateItem> updates,
            List<ProjectItem> projects,
            String thanks,
            List<Thanks.Sentence> thanksSentences,
            boolean nothingHappened,
            String settings,
            String preferencesUrl,
            String hearUrl) {
        this(
                lang,
                subject,
                name,
                since,
                zone,
                largePrint,
                upcoming,
                summaries,
                actions,
                done,
                updates,
                projects,
                thanks,
                thanksSentences,
                nothingHappened,
                settings,
                preferencesUrl,
                hearUrl,
                null);
    }

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
                done,
                updates,
                projects,
                thanks,
                thanksSentences,
                nothingHappened,
                settings,
                preferencesUrl,
                url,
                training,
                decided,
                haveYourSay);
    }

    public record SessionItem(
            String title,
            String projectName,
            String purpose,
            String when,
            String where,
            String joiningLink,
            List<String> arrangements,
            /** A sensitive session's content note, wellbeing contact, quiet space, and that no reason is needed. */
            List<String> care) {}

    /**
     * "Training you might like": one upcoming training session matching the reader's interests, worded for them
     * (heading, title, when in their zone, one to one or in a group, the matching topics in words).
     */
    public record TrainingItem(String heading, String title, String when, String style, String topics) {}

    public record SummaryItem(
            String title,
            String projectName,
            String when,
            String summary,
            List<String> decisions,
            List<ActionLine> actions,
            String contentLang,
            String notYet) {}

    /** An agreed action: its words, when it is due (if open), and who does it or did it, in the reader's language. */
    public record ActionLine(String description, String due, String who, boolean done) {

        /** The whole line as text: "Draft the survey (due Thursday 1 April 2027). Aisha is doing this." */
        public String text() {
            return description + (due == null || due.isEmpty() ? "" : " (" + due + ")") + ". " + who;
        }
    }

    public record ActionItem(
            String description, String from, String due, String who, String contentLang, String notYet) {}

    public record DoneItem(String description, String from, String who, String contentLang, String notYet) {}

    public record UpdateItem(
            String title,
            String projectName,
            String posted,
            String body,
            String corrected,
            String contentLang,
            String notYet) {}

    /** A project they belong to: its purpose and who is in it ("Aisha, Ben and 3 others"). */
    public record ProjectItem(String name, String purpose, String members) {}
}
