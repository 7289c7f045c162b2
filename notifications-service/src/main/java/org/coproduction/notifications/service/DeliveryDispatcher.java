package org.coproduction.notifications.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.coproduction.notifications.client.Agenda;
import org.coproduction.notifications.client.DependencyUnavailableException;
import org.coproduction.notifications.client.Participant;
import org.coproduction.notifications.client.ParticipantsGateway;
import org.coproduction.notifications.client.SessionsGateway;
import org.coproduction.notifications.config.NotificationsConfig;
import org.coproduction.notifications.domain.DeliveryKind;
import org.coproduction.notifications.domain.DigestFrequency;
import org.coproduction.notifications.domain.Notice;
import org.coproduction.notifications.render.DigestFormat;
import org.coproduction.notifications.render.DigestView;
import org.coproduction.notifications.render.DigestViewFactory;
import org.coproduction.notifications.render.MailRenderer;
import org.coproduction.notifications.render.RenderedMail;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Claims waiting deliveries, gathers what they need (people, agendas, calendar files) in batched calls,
 * renders and sends them, and records each outcome. A dependency that is down hands the work back to wait;
 * nothing is recorded as sent unless the SMTP server accepted it.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);
    static final String DELIVERY_HEADER = "X-Coproduction-Delivery";

    @Inject
    DeliveryQueue queue;

    @Inject
    NoticeStore notices;

    @Inject
    ParticipantsGateway participants;

    @Inject
    SessionsGateway sessions;

    @Inject
    DigestViewFactory views;

    @Inject
    MailRenderer renderer;

    @Inject
    MailSender sender;

    @Inject
    NotificationsConfig config;

    @Inject
    MeterRegistry metrics;

    /**
     * Sends everything in scope that was waiting when this call began. Work that fails now waits for its
     * backoff and is left to the retry job, so one call never spins on a broken server.
     *
     * @param known people already fetched by the caller (saves a lookup); others are looked up in batches
     */
    public void drain(ClaimScope scope, Map<UUID, Participant> known) {
        Instant began = Instant.now();
        while (true) {
            List<DeliveryWork> batch = queue.claim(scope, config.delivery().claimBatchSize(), began, Instant.now());
            if (batch.isEmpty()) {
                return;
            }
            process(batch, known);
        }
    }

    void process(List<DeliveryWork> batch, Map<UUID, Participant> known) {
        Map<UUID, Participant> people;
        try {
            people = people(batch, known);
        } catch (DependencyUnavailableException e) {
            release(batch, e.getMessage());
            return;
        }
        List<OutgoingMail> outgoing = new ArrayList<>();
        outgoing.addAll(digests(batch.stream().filter(w -> w.kind() == DeliveryKind.DIGEST).toList(), people));
        outgoing.addAll(notices(batch.stream().filter(w -> w.kind() == DeliveryKind.NOTICE).toList(), people));
        // Every delivery of one claim carries the same token.
        send(outgoing, batch.get(0).claimToken());
    }

    private Map<UUID, Participant> people(List<DeliveryWork> batch, Map<UUID, Participant> known) {
        Map<UUID, Participant> people = new HashMap<>();
        List<UUID> unknown = new ArrayList<>();
        for (DeliveryWork work : batch) {
            Participant p = known.get(work.participantId());
            if (p != null) {
                people.put(p.id(), p);
            } else if (!unknown.contains(work.participantId())) {
                unknown.add(work.participantId());
            }
        }
        for (int i = 0; i < unknown.size(); i += 1000) {
            participants.lookup(unknown.subList(i, Math.min(unknown.size(), i + 1000)))
                    .itemsOrEmpty().forEach(p -> people.put(p.id(), p));
        }
        return people;
    }

    private List<OutgoingMail> digests(List<DeliveryWork> work, Map<UUID, Participant> people) {
        List<OutgoingMail> out = new ArrayList<>();
        Map<Instant, List<DeliveryWork>> bySince = new LinkedHashMap<>();
        for (DeliveryWork w : work) {
            String reason = digestSkipReason(people.get(w.participantId()));
            if (reason != null) {
                skip(w, reason);
            } else {
                bySince.computeIfAbsent(w.contentSince(), since -> new ArrayList<>()).add(w);
            }
        }
        int batchSize = Math.max(1, Math.min(1000, config.digest().agendaBatchSize()));
        // One POST /agendas per distinct "since" and batch: people due together share their period's start.
        bySince.forEach((since, group) -> {
            for (int i = 0; i < group.size(); i += batchSize) {
                List<DeliveryWork> chunk = group.subList(i, Math.min(group.size(), i + batchSize));
                Map<UUID, Agenda> agendas;
                try {
                    agendas = sessions.agendas(chunk.stream().map(DeliveryWork::participantId).toList(), since)
                            .itemsOrEmpty().stream()
                            .collect(Collectors.toMap(Agenda::participantId, a -> a, (a, b) -> a));
                } catch (DependencyUnavailableException e) {
                    release(chunk, e.getMessage());
                    continue;
                }
                for (DeliveryWork w : chunk) {
                    Participant person = people.get(w.participantId());
                    Agenda agenda = agendas.getOrDefault(w.participantId(), Agenda.empty(w.participantId()));
                    DigestView view = views.build(person, agenda, since, Instant.now());
                    if (view.nothingHappened() && config.digest().skipEmpty()) {
                        skip(w, "nothing happened since the last digest, and empty digests are skipped");
                        continue;
                    }
                    RenderedMail rendered = renderer.digest(view, DigestFormat.parse(person.format()));
                    out.add(new OutgoingMail(w.id(), mail(person, rendered, w)));
                }
            }
        });
        return out;
    }

    private List<OutgoingMail> notices(List<DeliveryWork> work, Map<UUID, Participant> people) {
        List<OutgoingMail> out = new ArrayList<>();
        Map<UUID, List<DeliveryWork>> byNotice = work.stream()
                .collect(Collectors.groupingBy(DeliveryWork::noticeId, LinkedHashMap::new, Collectors.toList()));
        byNotice.forEach((noticeId, group) -> {
            Notice notice = notices.find(noticeId);
            Optional<String> calendar;
            try {
                calendar = notice.sessionId == null ? Optional.empty() : sessions.calendar(notice.sessionId);
            } catch (DependencyUnavailableException e) {
                release(group, e.getMessage());
                return;
            }
            for (DeliveryWork w : group) {
                Participant person = people.get(w.participantId());
                String reason = person == null ? "participant not found (erased or unknown)"
                        : person.isWithdrawn() ? "participant has withdrawn"
                        : !person.hasEmail() ? "participant has no email address" : null;
                if (reason != null) {
                    skip(w, reason);
                    continue;
                }
                Mail mail = mail(person, renderer.notice(notice, person, calendar.isPresent()), w);
                calendar.ifPresent(ics -> mail.addAttachment("session.ics", ics.getBytes(StandardCharsets.UTF_8),
                        "text/calendar; charset=UTF-8; method=PUBLISH"));
                out.add(new OutgoingMail(w.id(), mail));
            }
        });
        return out;
    }

    /**
     * Sends in small chunks, each marked SENDING just before it goes, so the time a delivery spends with an uncertain
     * outcome stays far below the lease even when the SMTP server is slow.
     */
    private void send(List<OutgoingMail> outgoing, UUID claimToken) {
        int chunkSize = Math.max(1, config.delivery().sendConcurrency() * 5);
        for (int i = 0; i < outgoing.size(); i += chunkSize) {
            List<OutgoingMail> chunk = outgoing.subList(i, Math.min(outgoing.size(), i + chunkSize));
            List<UUID> ours = queue.markSending(chunk.stream().map(OutgoingMail::deliveryId).toList(), claimToken,
                    Instant.now());
            List<OutgoingMail> mine = chunk.stream().filter(m -> ours.contains(m.deliveryId())).toList();
            List<SendOutcome> outcomes = sender.send(mine);
            List<UUID> sent = outcomes.stream().filter(SendOutcome::sent).map(SendOutcome::deliveryId).toList();
            queue.recordSent(sent, claimToken, Instant.now());
            metrics.counter("notifications.deliveries", "outcome", "sent").increment(sent.size());
            for (SendOutcome failed : outcomes) {
                if (!failed.sent()) {
                    var status = queue.recordFailure(failed.deliveryId(), claimToken, failed.error(), Instant.now());
                    metrics.counter("notifications.deliveries", "outcome", "send-failed").increment();
                    LOG.warnf("Delivery %s not accepted (%s), now %s", failed.deliveryId(), failed.error(), status);
                }
            }
        }
    }

    private void release(List<DeliveryWork> work, String reason) {
        queue.release(work.stream().map(DeliveryWork::id).toList(), work.get(0).claimToken(), reason, Instant.now());
    }

    private void skip(DeliveryWork w, String reason) {
        queue.skip(w.id(), w.claimToken(), reason, Instant.now());
        metrics.counter("notifications.deliveries", "outcome", "skipped").increment();
    }

    /** Checked again at send time: someone may have paused or opted out since the run found them due. */
    static String digestSkipReason(Participant person) {
        if (person == null) {
            return "participant not found (erased or unknown)";
        }
        if (!person.isActive()) {
            return "participant is " + person.status();
        }
        if (DigestFrequency.parse(person.frequency()) == DigestFrequency.NEVER) {
            return "participant asked for no digests";
        }
        if (!person.hasEmail()) {
            return "participant has no email address";
        }
        return null;
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
