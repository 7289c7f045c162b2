package org.coproduction.portal.page;

import io.quarkus.qute.TemplateData;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coproduction.portal.client.sessions.model.Arrangements;
import org.coproduction.portal.client.sessions.model.InvitationAnswer;
import org.coproduction.portal.client.sessions.model.SessionResponse;
import org.coproduction.portal.client.sessions.model.SessionStatus;

/** One session as the Coming up pages show it to one person, in their words and zone. */
@TemplateData
public record SessionView(
        UUID id,
        String title,
        String when,
        String where,
        String joiningLink,
        String purpose,
        List<String> arrangements,
        int comingCount,
        String myAnswer,
        String myReason,
        boolean cancelled) {

    public static SessionView of(SessionResponse s, UUID me, ZoneId zone, Words words) {
        PortalMessages m = words.messages();
        String where = s.getVenue() == null
                ? null
                : s.getVenue().getName()
                        + (s.getVenue().getAddress() == null
                                ? ""
                                : ", " + s.getVenue().getAddress());
        InvitationAnswer mine = s.getAnswers().stream()
                .filter(a -> me.equals(a.getParticipantId()))
                .filter(a ->
                        a.getAnswer() != null && !"PENDING".equals(a.getAnswer().getValue()))
                .findFirst()
                .orElse(null);
        return new SessionView(
                s.getId(),
                s.getTitle(),
                TimeWords.span(
                        s.getStart(),
                        s.getEnd(),
                        zone,
                        words.locale(),
                        words.locale().getLanguage().equals("cy") ? "i" : "to"),
                where,
                s.getJoiningLink(),
                s.getPurpose(),
                arrangements(s.getArrangements(), words),
                s.getComingCount() == null ? 0 : s.getComingCount(),
                mine == null ? null : mine.getAnswer().getValue(),
                mine == null ? null : mine.getReason(),
                s.getStatus() == SessionStatus.CANCELLED);
    }

    private static List<String> arrangements(Arrangements a, Words words) {
        PortalMessages m = words.messages();
        List<String> made = new ArrayList<>();
        if (a == null) {
            return made;
        }
        if (a.getInterpretation() != null && !a.getInterpretation().isEmpty()) {
            made.add(m.arrInterpretation(String.join(
                    ", ",
                    a.getInterpretation().stream()
                            .map(code -> words.label("lang", code))
                            .toList())));
        }
        if (Boolean.TRUE.equals(a.getCaptions())) {
            made.add(m.arrCaptions());
        }
        if (Boolean.TRUE.equals(a.getLargePrintMaterials())) {
            made.add(m.arrLargePrint());
        }
        if (Boolean.TRUE.equals(a.getEasyReadMaterials())) {
            made.add(m.arrEasyRead());
        }
        if (Boolean.TRUE.equals(a.getBreaks())) {
            made.add(m.arrBreaks());
        }
        return made;
    }
}
