package org.coproduction.notifications.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One person's agenda from sessions-service's POST /agendas (CONTRACTS.md); unknown fields are ignored and every
 * field added by issue 13 (versions, ids, completed actions, projects, sessions attended) may be absent. The shorter
 * constructors are the shapes before issue 13, kept so older callers and tests still build an agenda.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Agenda(
        UUID participantId,
        List<UpcomingSession> upcomingSessions,
        List<Summary> summaries,
        List<OpenAction> openActions,
        List<ProjectUpdate> projectUpdates,
        Contributions contributions,
        List<CompletedAction> completedActions,
        List<Project> projects,
        /** Issue 14: one upcoming training session matching the person's interests, or null. */
        TrainingSuggestion trainingSuggestion,
        /** Issue 15: proposals in their projects decided since `since` (absent from older sessions-services). */
        List<DecidedProposal> decidedProposals,
        /** Issue 15: open proposals in their projects they have not answered. */
        List<OpenProposal> openProposals) {

    /** Without proposals (before issue 15). */
    public Agenda(
            UUID participantId,
            List<UpcomingSession> upcomingSessions,
            List<Summary> summaries,
            List<OpenAction> openActions,
            List<ProjectUpdate> projectUpdates,
            Contributions contributions,
            List<CompletedAction> completedActions,
            List<Project> projects,
            TrainingSuggestion trainingSuggestion) {
        this(
                participantId,
                upcomingSessions,
                summaries,
                openActions,
                projectUpdates,
                contributions,
                completedActions,
                projects,
                trainingSuggestion,
                null,
                null);
    }

    /** Without a training suggestion (before issue 14). */
    public Agenda(
            UUID participantId,
            List<UpcomingSession> upcomingSessions,
            List<Summary> summaries,
            List<OpenAction> openActions,
            List<ProjectUpdate> projectUpdates,
            Contributions contributions,
            List<CompletedAction> completedActions,
            List<Project> projects) {
        this(
                participantId,
                upcomingSessions,
                summaries,
                openActions,
                projectUpdates,
                contributions,
                completedActions,
                projects,
                null);
    }

    public Agenda(
            UUID participantId,
            List<UpcomingSession> upcomingSessions,
            List<Summary> summaries,
            List<OpenAction> openActions,
            List<ProjectUpdate> projectUpdates,
            Contributions contributions) {
        this(participantId, upcomingSessions, summaries, openActions, projectUpdates, contributions, null, null);
    }

    /** Everyone this agenda names (action owners, project members), for one batched lookup of their names. */
    public Set<UUID> namedPeople() {
        Set<UUID> ids = new LinkedHashSet<>();
        listOf(summaries).forEach(s -> listOf(s.actions()).forEach(a -> ids.add(a.ownerId())));
        listOf(openActions).forEach(a -> ids.add(a.ownerId()));
        listOf(completedActions).forEach(a -> ids.add(a.ownerId()));
        listOf(projects).forEach(p -> ids.addAll(listOf(p.memberIds())));
        ids.addAll(wellbeingContacts());
        ids.remove(null);
        return ids;
    }

    /** The wellbeing contacts of the upcoming sessions on a sensitive topic, named in digests and reminders. */
    public Set<UUID> wellbeingContacts() {
        Set<UUID> ids = new LinkedHashSet<>();
        listOf(upcomingSessions).stream()
                .map(UpcomingSession::sensitive)
                .filter(java.util.Objects::nonNull)
                .map(Sensitive::wellbeingContactId)
                .filter(java.util.Objects::nonNull)
                .forEach(ids::add);
        return ids;
    }

    private static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : values;
    }

    public static Agenda empty(UUID participantId) {
        return new Agenda(participantId, List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of());
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UpcomingSession(
            UUID sessionId,
            String projectName,
            String title,
            String purpose,
            String type,
            String format,
            Instant start,
            Instant end,
            String timeZone,
            String status,
            Venue venue,
            String joiningLink,
            Arrangements arrangements,
            /** The person's answer to the invitation: COMING, NOT_COMING, or null (reminders skip NOT_COMING). */
            String answer,
            /** Issue 14: a session on a sensitive topic (content note, wellbeing contact); null otherwise. */
            Sensitive sensitive) {

        /** Not on a sensitive topic (before issue 14). */
        public UpcomingSession(
                UUID sessionId,
                String projectName,
                String title,
                String purpose,
                String type,
                String format,
                Instant start,
                Instant end,
                String timeZone,
                String status,
                Venue venue,
                String joiningLink,
                Arrangements arrangements,
                String answer) {
            this(
                    sessionId,
                    projectName,
                    title,
                    purpose,
                    type,
                    format,
                    start,
                    end,
                    timeZone,
                    status,
                    venue,
                    joiningLink,
                    arrangements,
                    answer,
                    null);
        }

        public boolean hasQuietSpace() {
            return arrangements != null && Boolean.TRUE.equals(arrangements.quietSpace());
        }

        /** Without an answer (not given yet). */
        public UpcomingSession(
                UUID sessionId,
                String projectName,
                String title,
                String purpose,
                String type,
                String format,
                Instant start,
                Instant end,
                String timeZone,
                String status,
                Venue venue,
                String joiningLink,
                Arrangements arrangements) {
            this(
                    sessionId,
                    projectName,
                    title,
                    purpose,
                    type,
                    format,
                    start,
                    end,
                    timeZone,
                    status,
                    venue,
                    joiningLink,
                    arrangements,
                    null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Venue(String name, String address, String format) {}

    /** A session on a sensitive topic: the note readers are shown and who the wellbeing contact is. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sensitive(String contentNote, UUID wellbeingContactId) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Arrangements(
            List<String> interpretation,
            Boolean captions,
            Boolean largePrintMaterials,
            Boolean easyReadMaterials,
            Boolean breaks,
            /** Issue 14: a quiet room or break-out space is arranged. */
            Boolean quietSpace) {

        /** Without a quiet space (before issue 14). */
        public Arrangements(
                List<String> interpretation,
                Boolean captions,
                Boolean largePrintMaterials,
                Boolean easyReadMaterials,
                Boolean breaks) {
            this(interpretation, captions, largePrintMaterials, easyReadMaterials, breaks, null);
        }
    }

    /**
     * An upcoming training session that matches the person's interests and their group or one-to-one preference
     * (sessions-service picks it); style GROUP or ONE_TO_ONE, topics from the training vocabulary.
     */
    /** A proposal decided together: its result (AGREED, AGREED_WITH_CONCERNS, NOT_AGREED) and how people answered. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DecidedProposal(
            UUID proposalId,
            UUID projectId,
            String projectName,
            String title,
            String result,
            Instant decidedAt,
            ProposalCounts counts,
            Integer members) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProposalCounts(
            Integer agree, Integer concerns, Integer object, Integer objectionsStanding, Integer answered) {}

    /** A proposal still open that the person has not answered. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OpenProposal(UUID proposalId, String projectName, String title, Instant closesAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TrainingSuggestion(
            UUID sessionId,
            String projectName,
            String title,
            Instant start,
            Instant end,
            String timeZone,
            String format,
            String style,
            List<String> trainingTopics,
            List<String> matchingTopics) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Summary(
            UUID sessionId,
            String projectName,
            String title,
            Instant start,
            String timeZone,
            String summary,
            List<String> decisions,
            List<Action> actions,
            String language,
            List<SummaryVersion> versions) {

        public Summary(
                UUID sessionId,
                String projectName,
                String title,
                Instant start,
                String timeZone,
                String summary,
                List<String> decisions,
                List<Action> actions) {
            this(sessionId, projectName, title, start, timeZone, summary, decisions, actions, null, null);
        }
    }

    /** A rewrite of a summary; its decisions and actions line up by position with the original's (null: not rewritten). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SummaryVersion(
            String language, boolean plain, String summary, List<String> decisions, List<String> actions) {}

    /** {@code due} is kept as text: a date or an instant, formatted for the reader when shown. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Action(String description, UUID ownerId, String due, UUID id, Boolean done) {

        public Action(String description, UUID ownerId, String due) {
            this(description, ownerId, due, null, null);
        }

        public boolean isDone() {
            return Boolean.TRUE.equals(done);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OpenAction(
            UUID sessionId,
            String sessionTitle,
            String description,
            String due,
            UUID actionId,
            UUID ownerId,
            String language,
            List<ActionVersion> versions) {

        public OpenAction(UUID sessionId, String sessionTitle, String description, String due) {
            this(sessionId, sessionTitle, description, due, null, null, null, null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActionVersion(String language, boolean plain, String description) {}

    /** An action marked done since the digest's start, in a session the person was invited to or owned by them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CompletedAction(
            UUID actionId,
            UUID sessionId,
            String sessionTitle,
            String description,
            UUID ownerId,
            Instant doneAt,
            String language,
            List<ActionVersion> versions) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProjectUpdate(
            UUID projectId,
            String projectName,
            String title,
            String body,
            Instant postedAt,
            UUID updateId,
            Instant correctedAt,
            String language,
            List<UpdateVersion> versions) {

        public ProjectUpdate(UUID projectId, String projectName, String title, String body, Instant postedAt) {
            this(projectId, projectName, title, body, postedAt, null, null, null, null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UpdateVersion(String language, boolean plain, String title, String body) {}

    /** A project the person is a member of; {@code memberIds} holds at most 50 of its members. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Project(UUID projectId, String name, String purpose, List<UUID> memberIds) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contributions(int sessionsAttended, double hours, List<Attended> attended) {

        public Contributions(int sessionsAttended, double hours) {
            this(sessionsAttended, hours, null);
        }
    }

    /** A session the person attended that started since the digest's start (oldest first). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Attended(UUID sessionId, String title, Instant start, String timeZone, Double hours) {}
}
