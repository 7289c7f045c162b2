package org.coproduction.sessions.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coproduction.sessions.api.AccessGapDto;
import org.coproduction.sessions.api.ArrangementsDto;
import org.coproduction.sessions.api.ConflictDto;
import org.coproduction.sessions.api.InvitationAnswerDto;
import org.coproduction.sessions.api.SensitiveView;
import org.coproduction.sessions.api.SessionResponse;
import org.coproduction.sessions.api.VenueSummary;
import org.coproduction.sessions.domain.Answer;
import org.coproduction.sessions.domain.InvitationAnswer;
import org.coproduction.sessions.domain.Session;
import org.coproduction.sessions.domain.TrainingTopic;
import org.coproduction.sessions.domain.access.AccessGap;
import org.coproduction.sessions.domain.slots.Unavailability;

/** Entity to API shape for sessions. */
final class SessionViews {
    private SessionViews() {}

    static SessionResponse view(Session s) {
        return view(s, null, null, null);
    }

    /** @param onlyFor the one invitee whose answer a participant may see, or null for everyone's */
    static SessionResponse view(Session s, UUID onlyFor) {
        return view(s, null, null, onlyFor);
    }

    static SessionResponse view(Session s, List<Unavailability> conflicts, List<AccessGap> gaps) {
        return view(s, conflicts, gaps, null);
    }

    private static SessionResponse view(Session s, List<Unavailability> conflicts, List<AccessGap> gaps, UUID onlyFor) {
        return new SessionResponse(
                s.id,
                s.project.id,
                s.title,
                s.purpose,
                s.type,
                s.format,
                s.venue == null ? null : new VenueSummary(s.venue.id, s.venue.name, s.venue.address, s.venue.format),
                s.joiningLink,
                s.start,
                s.end,
                s.timeZone,
                s.status,
                s.cancelReason,
                new ArrayList<>(s.invitees),
                answers(s, onlyFor),
                s.comingCount(),
                arrangements(s),
                sensitive(s),
                trainingTopics(s),
                s.style,
                s.followUpOf,
                s.createdAt,
                s.updatedAt,
                s.version,
                conflicts == null
                        ? null
                        : conflicts.stream()
                                .map(c -> new ConflictDto(c.participantId(), c.reason()))
                                .toList(),
                gaps == null ? null : gaps(gaps));
    }

    /** Every invitee's answer, in invitee order (or only {@code onlyFor}'s). */
    static List<InvitationAnswerDto> answers(Session s, UUID onlyFor) {
        List<InvitationAnswerDto> answers = new ArrayList<>();
        for (UUID invitee : s.invitees) {
            if (onlyFor != null && !onlyFor.equals(invitee)) {
                continue;
            }
            Answer a = s.answers.get(invitee);
            answers.add(
                    a == null
                            ? new InvitationAnswerDto(invitee, InvitationAnswer.PENDING, null, null)
                            : new InvitationAnswerDto(invitee, a.answer, a.reason, a.answeredAt));
        }
        return answers;
    }

    static ArrangementsDto arrangements(Session s) {
        return new ArrangementsDto(
                new ArrayList<>(s.interpretation),
                s.captions,
                s.largePrintMaterials,
                s.easyReadMaterials,
                s.breaks,
                s.quietSpace);
    }

    static SensitiveView sensitive(Session s) {
        return s.isSensitive() ? new SensitiveView(s.contentNote, s.wellbeingContactId) : null;
    }

    /** In vocabulary order, whatever order they were stored in. */
    static List<TrainingTopic> trainingTopics(Session s) {
        return s.trainingTopics.stream().sorted().toList();
    }

    static List<AccessGapDto> gaps(List<AccessGap> gaps) {
        return gaps.stream()
                .map(g -> new AccessGapDto(g.participantId(), g.need(), g.detail()))
                .toList();
    }
}
