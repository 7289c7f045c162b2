package org.coproduction.sessions.service;

import java.util.ArrayList;
import java.util.List;
import org.coproduction.sessions.api.AccessGapDto;
import org.coproduction.sessions.api.ArrangementsDto;
import org.coproduction.sessions.api.ConflictDto;
import org.coproduction.sessions.api.SessionResponse;
import org.coproduction.sessions.api.VenueSummary;
import org.coproduction.sessions.domain.Session;
import org.coproduction.sessions.domain.access.AccessGap;
import org.coproduction.sessions.domain.slots.Unavailability;

/** Entity to API shape for sessions. */
final class SessionViews {
    private SessionViews() {}

    static SessionResponse view(Session s) {
        return view(s, null, null);
    }

    static SessionResponse view(Session s, List<Unavailability> conflicts, List<AccessGap> gaps) {
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
                arrangements(s),
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

    static ArrangementsDto arrangements(Session s) {
        return new ArrangementsDto(
                new ArrayList<>(s.interpretation), s.captions, s.largePrintMaterials, s.easyReadMaterials, s.breaks);
    }

    static List<AccessGapDto> gaps(List<AccessGap> gaps) {
        return gaps.stream()
                .map(g -> new AccessGapDto(g.participantId(), g.need(), g.detail()))
                .toList();
    }
}
