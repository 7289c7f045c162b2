package org.coproduction.notifications.notice.write;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The facts of a notice about keeping people involved and supported (issue 14), kept with the notice so that a retry
 * writes the same words: who is drifting away and why (ENGAGEMENT_SUMMARY), a follow-up offered after a sensitive
 * session (FOLLOW_UP_OFFER), a mentor pairing (MENTOR_PAIRED). Each is null when the notice is not of its kind.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CareFacts(Engagement engagement, FollowUp followUp, Mentoring mentoring) {

    public static final CareFacts NONE = new CareFacts(null, null, null);

    public boolean none() {
        return engagement == null && followUp == null && mentoring == null;
    }

    /** Everyone the facts name, for one batched look-up of their preferred names. */
    public Set<UUID> namedPeople() {
        Set<UUID> ids = new LinkedHashSet<>();
        if (engagement != null && engagement.people() != null) {
            engagement.people().forEach(p -> ids.add(p.participantId()));
        }
        if (followUp != null) {
            ids.add(followUp.mentorId());
            ids.add(followUp.wellbeingContactId());
        }
        if (mentoring != null) {
            ids.add(mentoring.menteeId());
            ids.add(mentoring.mentorId());
        }
        ids.remove(null);
        return ids;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Engagement(UUID projectId, String projectName, List<Person> people) {}

    /** Someone who might need a call: why, and when they last came (null: not yet). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Person(UUID participantId, List<Reason> reasons, Instant lastAttendedAt) {}

    /** MISSED_SESSIONS, NO_SESSION_FOR_WEEKS, DECLINED_INVITATIONS or UNANSWERED_INVITATIONS, and how many. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reason(String code, int count) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FollowUp(Instant dueBy, UUID mentorId, UUID wellbeingContactId) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Mentoring(UUID menteeId, UUID mentorId) {}
}
