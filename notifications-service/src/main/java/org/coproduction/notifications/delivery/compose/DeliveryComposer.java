package org.coproduction.notifications.delivery.compose;

import io.quarkus.mailer.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coproduction.notifications.calendar.CalendarParts;
import org.coproduction.notifications.client.Agenda;
import org.coproduction.notifications.client.Participant;
import org.coproduction.notifications.client.ParticipantsClient;
import org.coproduction.notifications.client.PreferredNames;
import org.coproduction.notifications.client.SessionsClient;
import org.coproduction.notifications.config.NotificationsConfig;
import org.coproduction.notifications.config.PortalConfig;
import org.coproduction.notifications.delivery.SkipRule;
import org.coproduction.notifications.delivery.claim.DeliveryWork;
import org.coproduction.notifications.delivery.compose.Composed.Held;
import org.coproduction.notifications.delivery.paper.Channel;
import org.coproduction.notifications.delivery.paper.PaperDesk;
import org.coproduction.notifications.delivery.paper.PaperDocument;
import org.coproduction.notifications.delivery.summary.DeliverySummaryRules;
import org.coproduction.notifications.delivery.summary.Rendering;
import org.coproduction.notifications.digest.link.PortalLinkService;
import org.coproduction.notifications.digest.link.PortalLinkService.Answer;
import org.coproduction.notifications.digest.news.DigestHistory;
import org.coproduction.notifications.digest.news.DigestNews;
import org.coproduction.notifications.digest.unsubscribe.Unsubscribes;
import org.coproduction.notifications.domain.DeliveryKind;
import org.coproduction.notifications.domain.EmailConfirmation;
import org.coproduction.notifications.domain.Notice;
import org.coproduction.notifications.domain.NoticeKind;
import org.coproduction.notifications.notice.NoticeMails;
import org.coproduction.notifications.notice.write.WrittenNotice;
import org.coproduction.notifications.reminder.ReminderMails;
import org.coproduction.notifications.render.DigestFormat;
import org.coproduction.notifications.render.DigestView;
import org.coproduction.notifications.render.DigestViewFactory;
import org.coproduction.notifications.render.MailRenderer;
import org.coproduction.notifications.render.MailRenderer.AnswerLinks;
import org.coproduction.notifications.render.RenderedMail;
import org.coproduction.notifications.render.Zones;
import org.coproduction.platform.problem.DependencyUnavailableException;

/**
 * Turns a claimed batch into mail: gathers what it needs (people, agendas, calendar files) in batched calls, asks
 * the skip rule, and renders. Writes nothing to the database and opens no transaction around those calls; the
 * pipeline records what it decided.
 */
@ApplicationScoped
public class DeliveryComposer {

    /** Names the delivery in every mail, so a message can be traced to its row in the log. */
    public static final String DELIVERY_HEADER = "X-Coproduction-Delivery";
    /** The most ids participants-service takes in one lookup (its contract's limit). */
    static final int LOOKUP_LIMIT = 1000;
    /** Its address and token were cleared (erasure or retention) before it could be sent. */
    static final String CONFIRMATION_GONE = "the address to confirm is no longer held";
    /** The person used a digest's one-click unsubscribe link. */
    static final String UNSUBSCRIBED = "participant unsubscribed from digests by their link";
    /** RFC 8058: mail programs offer a one-click unsubscribe that POSTs this body to the List-Unsubscribe address. */
    static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";

    static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";

    private final ParticipantsClient participants;
    private final SessionsClient sessions;
    private final NoticeReader notices;
    private final DigestViewFactory views;
    private final MailRenderer renderer;
    private final SkipRule skipRule;
    private final NotificationsConfig config;
    private final ConfirmationReader confirmations;
    private final PortalConfig portal;
    private final PortalLinkService links;
    private final Unsubscribes unsubscribes;
    private final NoticeMails noticeMails;
    private final CalendarParts calendarParts;
    private final ReminderMails reminderMails;
    private final PreferredNames preferredNames;
    private final DigestHistory history;
    private final PaperDesk paper;

    public DeliveryComposer(
            ParticipantsClient participants,
            SessionsClient sessions,
            NoticeReader notices,
            DigestViewFactory views,
            MailRenderer renderer,
            SkipRule skipRule,
            NotificationsConfig config,
            ConfirmationReader confirmations,
            PortalConfig portal,
            PortalLinkService links,
            Unsubscribes unsubscribes,
            NoticeMails noticeMails,
            CalendarParts calendarParts,
            ReminderMails reminderMails,
            PreferredNames preferredNames,
            DigestHistory history,
            PaperDesk paper) {
        this.participants = participants;
        this.sessions = sessions;
        this.notices = notices;
        this.views = views;
        this.renderer = renderer;
        this.skipRule = skipRule;
        this.config = config;
        this.confirmations = confirmations;
        this.portal = portal;
        this.links = links;
        this.unsubscribes = unsubscribes;
        this.noticeMails = noticeMails;
        this.calendarParts = calendarParts;
        this.reminderMails = reminderMails;
        this.preferredNames = preferredNames;
        this.history = history;
        this.paper = paper;
    }

    /** @param known people already fetched by the caller (saves a lookup); others are looked up in batches */
    public Composed compose(List<DeliveryWork> batch, Map<UUID, Participant> known) {
        Composed composed = new Composed(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        // A confirmation mail carries its own address and language: no other service is asked.
        List<DeliveryWork> confirmations = batch.stream()
                .filter(w -> w.kind() == DeliveryKind.EMAIL_CONFIRMATION)
                .toList();
        confirmations(confirmations, composed);
        batch = batch.stream()
                .filter(w -> w.kind() != DeliveryKind.EMAIL_CONFIRMATION)
                .toList();
        if (batch.isEmpty()) {
            return composed;
        }
        Map<UUID, Participant> people;
        try {
            people = people(batch, known);
        } catch (DependencyUnavailableException e) {
            batch.forEach(w -> composed.waiting().add(new Held(w, waitReason(e))));
            return composed;
        }
        List<DeliveryWork> digests = new ArrayList<>();
        List<DeliveryWork> notices = new ArrayList<>();
        List<DeliveryWork> signInLinks = new ArrayList<>();
        List<DeliveryWork> reminders = new ArrayList<>();
        // Someone may have used a digest's unsubscribe link since their digest was planned (or while it waited).
        Set<UUID> unsubscribed = unsubscribes.among(batch.stream()
                .filter(w -> w.kind() == DeliveryKind.DIGEST)
                .map(DeliveryWork::participantId)
                .collect(Collectors.toSet()));
        for (DeliveryWork w : batch) {
            Optional<String> skip = w.kind() == DeliveryKind.DIGEST && unsubscribed.contains(w.participantId())
                    ? Optional.of(UNSUBSCRIBED)
                    : skipRule.skip(w.kind(), people.get(w.participantId()));
            if (skip.isPresent()) {
                composed.skipped().add(new Held(w, skip.get()));
            } else {
                switch (w.kind()) {
                    case DIGEST -> digests.add(w);
                    case SIGN_IN_LINK -> signInLinks.add(w);
                    case REMINDER -> reminders.add(w);
                    default -> notices.add(w);
                }
            }
        }
        digests(digests, people, composed);
        notices(notices, people, composed);
        signInLinks(signInLinks, people, composed);
        reminderMails.compose(reminders, people, composed);
        return composed;
    }

    private Map<UUID, Participant> people(List<DeliveryWork> batch, Map<UUID, Participant> known) {
        Map<UUID, Participant> people = new HashMap<>();
        Set<UUID> unknown = new LinkedHashSet<>();
        for (DeliveryWork work : batch) {
            Participant p = known.get(work.participantId());
            if (p != null) {
                people.put(p.id(), p);
            } else {
                unknown.add(work.participantId());
            }
        }
        List<UUID> ids = List.copyOf(unknown);
        for (int i = 0; i < ids.size(); i += LOOKUP_LIMIT) {
            participants
                    .lookup(ids.subList(i, Math.min(ids.size(), i + LOOKUP_LIMIT)))
                    .itemsOrEmpty()
                    .forEach(p -> people.put(p.id(), p));
        }
        return people;
    }

    private void digests(List<DeliveryWork> work, Map<UUID, Participant> people, Composed composed) {
        // One POST /agendas per distinct "since" and batch: people due together share their period's start.
        Map<Instant, List<DeliveryWork>> bySince = work.stream()
                .collect(Collectors.groupingBy(DeliveryWork::contentSince, LinkedHashMap::new, Collectors.toList()));
        int batchSize = Math.max(1, Math.min(1000, config.digest().agendaBatchSize()));
        bySince.forEach((since, group) -> {
            for (int i = 0; i < group.size(); i += batchSize) {
                List<DeliveryWork> chunk = group.subList(i, Math.min(group.size(), i + batchSize));
                Map<UUID, Agenda> agendas;
                Map<UUID, String> names;
                try {
                    agendas =
                            sessions
                                    .agendas(
                                            chunk.stream()
                                                    .map(DeliveryWork::participantId)
                                                    .toList(),
                                            since)
                                    .itemsOrEmpty()
                                    .stream()
                                    .collect(Collectors.toMap(Agenda::participantId, a -> a, (a, b) -> a));
                    names = preferredNames.of(agendas.values(), people);
                } catch (DependencyUnavailableException e) {
                    chunk.forEach(w -> composed.waiting().add(new Held(w, waitReason(e))));
                    continue;
                }
                // What each person was given last: a digest with nothing new is not sent (DigestNews).
                Map<UUID, DigestNews.History> given;
                try {
                    given = history.of(
                            chunk.stream().map(DeliveryWork::participantId).toList());
                } catch (RuntimeException e) {
                    chunk.forEach(w -> composed.waiting().add(new Held(w, "the delivery log could not be read")));
                    continue;
                }
                Map<UUID, String> keys = new HashMap<>();
                Map<UUID, Rendering> renderings = new HashMap<>();
                for (DeliveryWork w : chunk) {
                    Participant person = people.get(w.participantId());
                    Agenda agenda = agendas.getOrDefault(w.participantId(), Agenda.empty(w.participantId()));
                    DigestView view = views.build(person, agenda, since, Instant.now(), names)
                            .withHearUrl(links.hearUrl(person.id()))
                            .withProposalLinks(proposal -> links.proposalUrl(person.id(), proposal));
                    String key = DigestNews.key(view);
                    Optional<String> skip = skipRule.skip(view)
                            .or(() -> DigestNews.skip(
                                    key,
                                    given.getOrDefault(w.participantId(), DigestNews.History.NONE),
                                    Instant.now(),
                                    Zones.of(
                                            person.timeZone(),
                                            ZoneId.of(config.digest().defaultZone()))));
                    if (skip.isPresent()) {
                        composed.skipped().add(new Held(w, skip.get()));
                    } else if (Channel.onPaper(w.kind(), person)) {
                        onPaper(w, composed, () -> paper.digest(w.id(), person, view));
                        keys.put(w.id(), key);
                        renderings.put(w.id(), rendering(person, view));
                    } else {
                        RenderedMail rendered = renderer.digest(view, DigestFormat.parse(person.format()));
                        Mail mail = mail(person, rendered, w);
                        mail.addHeader(LIST_UNSUBSCRIBE, "<" + links.unsubscribeUrl(person.id()) + ">");
                        mail.addHeader(LIST_UNSUBSCRIBE_POST, "List-Unsubscribe=One-Click");
                        composed.ready().add(new OutgoingMail(w.id(), mail));
                        keys.put(w.id(), key);
                        renderings.put(w.id(), rendering(person, view));
                    }
                }
                history.noted(keys, renderings);
            }
        });
    }

    private void notices(List<DeliveryWork> work, Map<UUID, Participant> people, Composed composed) {
        Map<UUID, List<DeliveryWork>> byNotice = work.stream()
                .collect(Collectors.groupingBy(DeliveryWork::noticeId, LinkedHashMap::new, Collectors.toList()));
        byNotice.forEach((noticeId, group) -> {
            Notice notice = notices.find(noticeId);
            Optional<String> calendar;
            Map<UUID, String> names;
            try {
                // A care notice (a follow-up after a session, say) carries no calendar entry: nothing to put in one.
                calendar = notice.sessionId == null || notice.kind.writtenForEachReader()
                        ? Optional.empty()
                        : sessions.calendar(notice.sessionId);
                names = preferredNames.ofPeople(NoticeMails.namedPeople(notice), people);
            } catch (DependencyUnavailableException e) {
                group.forEach(w -> composed.waiting().add(new Held(w, waitReason(e))));
                return;
            }
            for (DeliveryWork w : group) {
                Participant person = people.get(w.participantId());
                Optional<String> onABreak = switch (notice.kind) {
                    case SESSION_INVITATION -> skipRule.skipInvitation(person);
                    case CHECK_IN -> skipRule.skipCheckIn(person);
                    default -> Optional.empty();
                };
                if (onABreak.isPresent()) {
                    composed.skipped().add(new Held(w, onABreak.get()));
                    continue;
                }
                // A letter or call sheet has no calendar part (and the reader may have no email address).
                if (Channel.onPaper(w.kind(), person)) {
                    onPaper(w, composed, () -> {
                        WrittenNotice written = noticeMails.written(notice, person, names);
                        return written != null
                                ? paper.notice(w.id(), person, written)
                                : paper.notice(w.id(), person, notice.subject, notice.body);
                    });
                    continue;
                }
                // iTIP per reader: they are the attendee; cancellations remove the event, the rest update it.
                Optional<CalendarParts.Part> part = calendar.flatMap(
                        ics -> calendarParts.forReader(ics, CalendarParts.method(notice.kind), person));
                Mail mail = mail(
                        person,
                        noticeMails.render(
                                notice,
                                person,
                                part.isPresent(),
                                links.hearUrl(person.id()),
                                answers(notice, person),
                                names),
                        w);
                part.ifPresent(p -> mail.addAttachment(p.fileName(), p.content(), p.contentType()));
                composed.ready().add(new OutgoingMail(w.id(), mail));
            }
        });
    }

    /** How this digest is written for this reader: the language chosen for them and the format they asked for. */
    static Rendering rendering(Participant person, DigestView view) {
        DigestFormat format = DigestFormat.parse(person.format());
        String made = switch (java.util.Objects.requireNonNullElse(person.channel(), "EMAIL")) {
            case "POST" -> format == DigestFormat.LARGE_PRINT ? "LARGE_PRINT_LETTER" : "LETTER";
            case "PHONE" -> "CALL";
            default -> format.name();
        };
        return new Rendering(view.lang(), made, DeliverySummaryRules.asAsked(person.languageTag(), view.lang()));
    }

    /** A letter or call sheet instead of mail; one that cannot be made waits, like mail the server did not take. */
    private static void onPaper(
            DeliveryWork w, Composed composed, java.util.function.Supplier<PaperDocument> document) {
        try {
            composed.onPaper().add(document.get());
        } catch (RuntimeException e) {
            composed.waiting()
                    .add(new Held(
                            w,
                            "the letter or call sheet could not be made ("
                                    + e.getClass().getSimpleName() + ")"));
        }
    }

    /** A fresh sign-in link, to the address the person is registered with (never the one typed into the form). */
    private void signInLinks(List<DeliveryWork> work, Map<UUID, Participant> people, Composed composed) {
        for (DeliveryWork w : work) {
            Participant person = people.get(w.participantId());
            Mail mail = mail(person, renderer.signInLink(person, links.signInUrl(person.id())), w);
            composed.ready().add(new OutgoingMail(w.id(), mail));
        }
    }

    /** An invitation's "I'm coming" / "I can't come" links, signed for this person; none for other notices. */
    private AnswerLinks answers(Notice notice, Participant person) {
        if (notice.kind != NoticeKind.SESSION_INVITATION || notice.sessionId == null) {
            return null;
        }
        return new AnswerLinks(
                links.answerUrl(person.id(), notice.sessionId, Answer.COMING),
                links.answerUrl(person.id(), notice.sessionId, Answer.NOT_COMING));
    }

    private void confirmations(List<DeliveryWork> work, Composed composed) {
        if (work.isEmpty()) {
            return;
        }
        Map<UUID, EmailConfirmation> held =
                confirmations.find(work.stream().map(DeliveryWork::id).toList());
        for (DeliveryWork w : work) {
            EmailConfirmation confirmation = held.get(w.id());
            if (confirmation == null) {
                composed.skipped().add(new Held(w, CONFIRMATION_GONE));
                continue;
            }
            RenderedMail rendered = renderer.confirmation(confirmation.language, confirmationLink(confirmation.token));
            Mail mail = Mail.withText(confirmation.address, rendered.subject(), rendered.text());
            mail.addHeader(DELIVERY_HEADER, w.id().toString());
            composed.ready().add(new OutgoingMail(w.id(), mail));
        }
    }

    /** The page of the portal where the person confirms their new address. */
    String confirmationLink(String token) {
        String base = portal.baseUrl().strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/email/confirm?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** What the delivery log shows while the work waits: which service it waits for. */
    private static String waitReason(DependencyUnavailableException e) {
        return e.service() + " is unavailable";
    }

    private static Mail mail(Participant person, RenderedMail rendered, DeliveryWork w) {
        Mail mail = Mail.withText(person.email(), rendered.subject(), rendered.text());
        if (rendered.html() != null) {
            mail.setHtml(rendered.html());
        }
        mail.addHeader(DELIVERY_HEADER, w.id().toString());
        return mail;
    }
}
