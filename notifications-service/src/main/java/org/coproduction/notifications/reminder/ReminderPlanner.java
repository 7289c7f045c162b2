package org.coproduction.notifications.reminder;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coproduction.notifications.client.SessionPage;
import org.coproduction.notifications.client.SessionsClient;
import org.coproduction.notifications.config.ReminderConfig;
import org.coproduction.notifications.delivery.DeliveryPipeline;
import org.coproduction.notifications.delivery.claim.ClaimScope;
import org.coproduction.notifications.privacy.ErasedParticipants;
import org.coproduction.platform.problem.DependencyUnavailableException;
import org.jboss.logging.Logger;

/**
 * The reminder job: finds SCHEDULED sessions starting within their type's lead and queues one reminder per invitee
 * who has not said "I can't come", then sends them. Whether each still applies (cancelled, moved, a new answer,
 * paused or withdrawn) is checked again when it is composed.
 */
@ApplicationScoped
public class ReminderPlanner {

    private static final Logger LOG = Logger.getLogger(ReminderPlanner.class);
    static final String NOT_COMING = "NOT_COMING";

    private final SessionsClient sessions;
    private final ReminderStore store;
    private final ReminderConfig config;
    private final DeliveryPipeline pipeline;
    private final ErasedParticipants erased;

    public ReminderPlanner(
            SessionsClient sessions,
            ReminderStore store,
            ReminderConfig config,
            DeliveryPipeline pipeline,
            ErasedParticipants erased) {
        this.sessions = sessions;
        this.store = store;
        this.config = config;
        this.pipeline = pipeline;
        this.erased = erased;
    }

    @Scheduled(
            identity = "session-reminders",
            every = "${notifications.reminder.every}",
            delayed = "40s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            run(Instant.now());
        } catch (DependencyUnavailableException e) {
            // The next pass tries again; reminders not yet planned are planned then (their lead has only begun).
            LOG.warnf("reminders not planned: %s is unavailable", e.service());
        }
    }

    /** One pass: plan what is due now and send it. Public so tests and ops tooling need not wait for the timer. */
    public List<UUID> run(Instant now) {
        List<UUID> created = plan(now);
        if (!created.isEmpty()) {
            pipeline.drain(ClaimScope.ids(created), Map.of());
        }
        return created;
    }

    /** Queues the reminders due at {@code now}; answers the ids of those this call created. */
    public List<UUID> plan(Instant now) {
        Instant to = now.plus(longestLead());
        int size = Math.max(1, Math.min(200, config.pageSize()));
        List<UUID> created = new ArrayList<>();
        for (int page = 0; ; page++) {
            SessionPage found = sessions.sessions(now, to, page, size);
            for (SessionPage.Session session : found.itemsOrEmpty()) {
                if (due(session, now)) {
                    created.addAll(queue(session, now));
                }
            }
            if (found.itemsOrEmpty().size() < size || (long) (page + 1) * size >= found.total()) {
                return created;
            }
        }
    }

    private List<UUID> queue(SessionPage.Session session, Instant now) {
        Set<UUID> leftOut = new HashSet<>();
        session.answersOrEmpty().stream()
                .filter(a -> NOT_COMING.equals(a.answer()))
                .forEach(a -> leftOut.add(a.participantId()));
        ReminderKey key = new ReminderKey(session.id(), session.start());
        // Someone erased just now may still be listed: no new delivery may name them.
        Set<UUID> invitees = new HashSet<>(session.inviteesOrEmpty());
        leftOut.addAll(erased.erasedAmong(invitees));
        List<UUID> created = new ArrayList<>();
        for (UUID invitee : invitees) {
            if (!leftOut.contains(invitee)) {
                UUID id = store.create(invitee, key, now);
                if (id != null) {
                    created.add(id);
                }
            }
        }
        return created;
    }

    /** SCHEDULED, not yet started, and within the lead of its type. */
    boolean due(SessionPage.Session session, Instant now) {
        return "SCHEDULED".equals(session.status())
                && session.id() != null
                && session.start() != null
                && session.start().isAfter(now)
                && !session.start().minus(lead(session.type())).isAfter(now);
    }

    Duration lead(String type) {
        Duration byType = type == null ? null : config.leadByType().get(type);
        return byType != null ? byType : config.lead();
    }

    Duration longestLead() {
        return config.leadByType().values().stream().reduce(config.lead(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }
}
