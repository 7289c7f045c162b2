package org.coproduction.sessions.domain.engagement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an ENGAGEMENT_SUMMARY notice tells a project's coordinators: who seems to be drifting away, why (codes and
 * counts; notifications-service writes the words per reader) and when each last came.
 */
public record EngagementFacts(UUID projectId, String projectName, List<Person> people) {
    public EngagementFacts {
        people = List.copyOf(people);
    }

    public record Person(UUID participantId, List<Reason> reasons, Instant lastAttendedAt) {
        public Person {
            reasons = List.copyOf(reasons);
        }
    }

    public record Reason(DriftCode code, int count) {}
}
