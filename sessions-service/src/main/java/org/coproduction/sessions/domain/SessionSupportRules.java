package org.coproduction.sessions.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coproduction.sessions.domain.SessionShapeRules.Violation;

/**
 * What training topics and a follow-up need of a session: topics only on TRAINING sessions, and a follow-up only
 * as a MENTORING session after a sensitive one.
 */
public final class SessionSupportRules {
    public static final int MAX_TOPICS = 10;

    /**
     * @param followedSensitive whether the session named by {@code followUpOf} is sensitive; null when there is no
     *                          such session
     */
    public List<Violation> check(
            SessionType type, List<TrainingTopic> topics, UUID followUpOf, Boolean followedSensitive) {
        List<Violation> out = new ArrayList<>();
        if (topics != null && !topics.isEmpty() && type != null && type != SessionType.TRAINING) {
            out.add(new Violation("trainingTopics", "only a TRAINING session has training topics"));
        }
        if (followUpOf != null) {
            if (type != null && type != SessionType.MENTORING) {
                out.add(new Violation("followUpOf", "only a MENTORING session can be the follow-up of a session"));
            } else if (followedSensitive == null) {
                out.add(new Violation("followUpOf", "there is no session with this id"));
            } else if (!followedSensitive) {
                out.add(new Violation("followUpOf", "the session is not on a sensitive topic"));
            }
        }
        return out;
    }
}
