package org.coproduction.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.coproduction.sessions.client.ParticipantDirectory;
import org.coproduction.sessions.client.ParticipantView;
import org.coproduction.sessions.domain.AccessNeed;
import org.coproduction.sessions.domain.InterpreterBooking;
import org.coproduction.sessions.domain.Session;
import org.coproduction.sessions.domain.access.AccessGap;
import org.coproduction.sessions.domain.access.AccessRules;
import org.coproduction.sessions.domain.access.AttendeeNeeds;
import org.coproduction.sessions.domain.access.Provision;
import org.coproduction.sessions.domain.slots.SlotFinder;
import org.coproduction.sessions.domain.slots.Unavailability;

/** What a coordinator should know about a session's time and place: who cannot come, whose needs are unmet. */
@ApplicationScoped
public class SessionInsights {
    private final PersonCalendars calendars;
    private final SlotFinder finder = new SlotFinder();
    private final AccessRules rules = new AccessRules();

    public SessionInsights(PersonCalendars calendars) {
        this.calendars = calendars;
    }

    public List<Unavailability> conflicts(Session s, ParticipantDirectory invitees) {
        Instant now = Instant.now();
        return finder.conflicts(
                s.start, s.end, calendars.build(invitees.found().values(), s.start, s.end, s.id, null, now), now);
    }

    public List<AccessGap> gaps(Session s, ParticipantDirectory invitees) {
        List<AttendeeNeeds> needs = new ArrayList<>();
        for (ParticipantView p : invitees.found().values()) {
            needs.add(needs(p));
        }
        return rules.gaps(provision(s, bookedInterpreters(s)), needs);
    }

    /** Languages with an interpreter booked for the session (PUT /sessions/{id}/interpreters/{language}). */
    static Set<String> bookedInterpreters(Session s) {
        if (s.id == null) {
            return Set.of();
        }
        return InterpreterBooking.<InterpreterBooking>list("sessionId = ?1 and booked = true", s.id).stream()
                .map(b -> b.language)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** What the session offers: its venue, its arrangements and, beside them, the interpreters booked for it. */
    static Provision provision(Session s, Set<String> bookedInterpreters) {
        Set<String> interpretation = new java.util.LinkedHashSet<>(s.interpretation);
        interpretation.addAll(bookedInterpreters);
        Set<AccessNeed> features = s.venue == null || s.venue.features.isEmpty()
                ? EnumSet.noneOf(AccessNeed.class)
                : EnumSet.copyOf(s.venue.features);
        return new Provision(
                s.format,
                features,
                interpretation,
                s.captions,
                s.largePrintMaterials,
                s.easyReadMaterials,
                s.breaks,
                s.quietSpace,
                s.isSensitive());
    }

    /** Needs participants-service names that this version does not know are ignored, not fatal. */
    static AttendeeNeeds needs(ParticipantView p) {
        Set<AccessNeed> needs = EnumSet.noneOf(AccessNeed.class);
        if (p.accessNeeds() != null && p.accessNeeds().needs() != null) {
            for (String need : p.accessNeeds().needs()) {
                try {
                    needs.add(AccessNeed.valueOf(need.toUpperCase(Locale.ROOT)));
                } catch (RuntimeException e) {
                    // unknown to this version: nothing to check it against
                }
            }
        }
        String language = null;
        if (p.language() != null) {
            language = p.language().interpretation();
            if (language == null
                    && p.language().preferred() != null
                    && !p.language().preferred().toLowerCase(Locale.ROOT).startsWith("en")) {
                language = p.language().preferred();
            }
        }
        return new AttendeeNeeds(p.id(), needs, language);
    }
}
