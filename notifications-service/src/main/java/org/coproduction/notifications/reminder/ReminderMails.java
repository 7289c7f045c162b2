package org.coproduction.notifications.reminder;

import io.quarkus.mailer.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coproduction.notifications.calendar.CalendarParts;
import org.coproduction.notifications.calendar.Itip;
import org.coproduction.notifications.client.Agenda;
import org.coproduction.notifications.client.Agenda.UpcomingSession;
import org.coproduction.notifications.client.Participant;
import org.coproduction.notifications.client.PreferredNames;
import org.coproduction.notifications.client.SessionsClient;
import org.coproduction.notifications.config.NotificationsConfig;
import org.coproduction.notifications.delivery.claim.DeliveryWork;
import org.coproduction.notifications.delivery.compose.Composed;
import org.coproduction.notifications.delivery.compose.Composed.Held;
import org.coproduction.notifications.delivery.compose.DeliveryComposer;
import org.coproduction.notifications.delivery.compose.OutgoingMail;
import org.coproduction.notifications.delivery.paper.Channel;
import org.coproduction.notifications.delivery.paper.PaperDesk;
import org.coproduction.notifications.digest.link.PortalLinkService;
import org.coproduction.notifications.render.Language;
import org.coproduction.notifications.render.MailRenderer;
import org.coproduction.notifications.render.RenderedMail;
import org.coproduction.notifications.render.Zones;
import org.coproduction.platform.problem.DependencyUnavailableException;

/**
 * Composes claimed reminders: asks sessions-service for each person's upcoming sessions (POST /agendas) and checks
 * the reminder still applies when it is sent: the session is still upcoming and SCHEDULED, starts when the reminder
 * says, and the person has not said "I can't come" and is active. Then writes it with the iTIP REQUEST attached.
 */
@ApplicationScoped
public class ReminderMails {

    static final String NOT_UPCOMING = "the session is no longer upcoming (cancelled, or no longer invited)";
    static final String MOVED = "the session moved: a reminder for its new time replaces this one";
    static final String NOT_COMING = "participant answered \"I can't come\"";
    static final String NOT_A_REMINDER = "not a reminder key";
    /** The most ids sessions-service takes in one POST /agendas. */
    static final int AGENDA_LIMIT = 1000;

    private final SessionsClient sessions;
    private final CalendarParts calendars;
    private final MailRenderer renderer;
    private final PortalLinkService links;
    private final ZoneId defaultZone;
    private final ReminderWriter writer = new ReminderWriter();
    private final PaperDesk paper;
    private final PreferredNames preferredNames;

    public ReminderMails(
            SessionsClient sessions,
            CalendarParts calendars,
            MailRenderer renderer,
            PortalLinkService links,
            NotificationsConfig config,
            PaperDesk paper,
            PreferredNames preferredNames) {
        this.paper = paper;
        this.preferredNames = preferredNames;
        this.sessions = sessions;
        this.calendars = calendars;
        this.renderer = renderer;
        this.links = links;
        this.defaultZone = Zones.of(config.digest().defaultZone(), ZoneId.of("Europe/London"));
    }

    public void compose(List<DeliveryWork> work, Map<UUID, Participant> people, Composed composed) {
        if (work.isEmpty()) {
            return;
        }
        List<UUID> ids =
                work.stream().map(DeliveryWork::participantId).distinct().toList();
        Map<UUID, List<UpcomingSession>> upcoming = new HashMap<>();
        java.util.Set<UUID> contacts = new java.util.LinkedHashSet<>();
        Map<UUID, String> names;
        try {
            for (int i = 0; i < ids.size(); i += AGENDA_LIMIT) {
                List<UUID> chunk = ids.subList(i, Math.min(ids.size(), i + AGENDA_LIMIT));
                // "since" does not matter to upcoming sessions; a day back keeps the rest of the answer small.
                for (Agenda agenda : sessions.agendas(chunk, Instant.now().minus(Duration.ofDays(1)))
                        .itemsOrEmpty()) {
                    upcoming.put(
                            agenda.participantId(),
                            agenda.upcomingSessions() == null ? List.of() : agenda.upcomingSessions());
                    contacts.addAll(agenda.wellbeingContacts());
                }
            }
            // The wellbeing contacts of sensitive sessions, named by their preferred names in one look-up.
            names = preferredNames.ofPeople(contacts, people);
        } catch (DependencyUnavailableException e) {
            work.forEach(w -> composed.waiting().add(new Held(w, e.service() + " is unavailable")));
            return;
        }
        Map<UUID, Optional<String>> files = new HashMap<>();
        for (DeliveryWork w : work) {
            Participant person = people.get(w.participantId());
            Optional<ReminderKey> key = ReminderKey.parse(w.periodKey());
            if (key.isEmpty()) {
                composed.skipped().add(new Held(w, NOT_A_REMINDER));
                continue;
            }
            if (!person.isActive()) {
                composed.skipped().add(new Held(w, "participant is " + person.status()));
                continue;
            }
            Optional<UpcomingSession> session = upcoming.getOrDefault(w.participantId(), List.of()).stream()
                    .filter(u -> key.get().sessionId().equals(u.sessionId()))
                    .findFirst();
            Optional<String> skip = skip(session, key.get());
            if (skip.isPresent()) {
                composed.skipped().add(new Held(w, skip.get()));
                continue;
            }
            if (Channel.onPaper(w.kind(), person)) {
                // Post and phone readers: the same words on a letter or call sheet, no calendar part (issue 13).
                try {
                    composed.onPaper()
                            .add(paper.notice(
                                    w.id(),
                                    person,
                                    writer.write(
                                            session.get(),
                                            Language.choose(person.languageTag()),
                                            Zones.of(person.timeZone(), defaultZone),
                                            names)));
                } catch (RuntimeException e) {
                    composed.waiting().add(new Held(w, "the letter or call sheet could not be made"));
                }
                continue;
            }
            Optional<String> ics;
            try {
                ics = files.computeIfAbsent(key.get().sessionId(), sessions::calendar);
            } catch (DependencyUnavailableException e) {
                composed.waiting().add(new Held(w, e.service() + " is unavailable"));
                continue;
            }
            Optional<CalendarParts.Part> part = ics.flatMap(f -> calendars.forReader(f, Itip.Method.REQUEST, person));
            RenderedMail rendered = renderer.written(
                    writer.write(
                            session.get(),
                            Language.choose(person.languageTag()),
                            Zones.of(person.timeZone(), defaultZone),
                            names),
                    person,
                    part.isPresent(),
                    links.hearUrl(person.id()),
                    null);
            Mail mail = Mail.withText(person.email(), rendered.subject(), rendered.text());
            if (rendered.html() != null) {
                mail.setHtml(rendered.html());
            }
            mail.addHeader(DeliveryComposer.DELIVERY_HEADER, w.id().toString());
            part.ifPresent(p -> mail.addAttachment(p.fileName(), p.content(), p.contentType()));
            composed.ready().add(new OutgoingMail(w.id(), mail));
        }
    }

    /** Why a reminder no longer applies, checked when it is sent; empty when it still does. */
    static Optional<String> skip(Optional<UpcomingSession> session, ReminderKey key) {
        if (session.isEmpty() || !"SCHEDULED".equals(session.get().status())) {
            return Optional.of(NOT_UPCOMING);
        }
        if (session.get().start() == null
                || key.start().getEpochSecond() != session.get().start().getEpochSecond()) {
            return Optional.of(MOVED);
        }
        if (ReminderPlanner.NOT_COMING.equals(session.get().answer())) {
            return Optional.of(NOT_COMING);
        }
        return Optional.empty();
    }
}
