package org.coproduction.notifications.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coproduction.notifications.delivery.DeliveryPipeline;
import org.coproduction.notifications.delivery.Workers;
import org.coproduction.notifications.delivery.claim.ClaimScope;
import org.coproduction.notifications.delivery.record.DeliveryMetrics;
import org.coproduction.notifications.domain.NoticeKind;
import org.coproduction.notifications.notice.write.CareFacts;
import org.coproduction.notifications.notice.write.SessionDetails;

/**
 * Accepts an immediate notice once per idempotency key and sends it in the background. The key is kept with a hash of
 * what was asked: the same notice again answers with the first one; a different notice under a used key is refused
 * ({@link IdempotencyKeyReusedException}, 422), as payment APIs do, rather than silently answering with the first.
 */
@ApplicationScoped
public class NoticeService {

    private final NoticeStore store;
    private final DeliveryPipeline pipeline;
    private final Workers workers;
    private final DeliveryMetrics metrics;

    public NoticeService(NoticeStore store, DeliveryPipeline pipeline, Workers workers, DeliveryMetrics metrics) {
        this.store = store;
        this.pipeline = pipeline;
        this.workers = workers;
        this.metrics = metrics;
    }

    /**
     * The facts a notice is written from, per reader (issue 13); all null for a notice whose subject and body the
     * caller wrote.
     */
    public record SessionFacts(SessionDetails session, SessionDetails previous, String reason, CareFacts care) {

        public static final SessionFacts NONE = new SessionFacts(null, null, null, CareFacts.NONE);

        /** A session notice's facts, without care facts. */
        public SessionFacts(SessionDetails session, SessionDetails previous, String reason) {
            this(session, previous, reason, CareFacts.NONE);
        }

        public SessionFacts {
            care = care == null ? CareFacts.NONE : care;
        }

        boolean none() {
            return session == null && previous == null && reason == null && care.none();
        }
    }

    public NoticeStore.Accepted accept(
            String idempotencyKey,
            NoticeKind kind,
            String subject,
            String body,
            UUID sessionId,
            List<UUID> participantIds) {
        return accept(idempotencyKey, kind, subject, body, sessionId, participantIds, SessionFacts.NONE);
    }

    public NoticeStore.Accepted accept(
            String idempotencyKey,
            NoticeKind kind,
            String subject,
            String body,
            UUID sessionId,
            List<UUID> participantIds,
            SessionFacts facts) {
        String hash = requestHash(kind, subject, body, sessionId, participantIds, facts);
        if (idempotencyKey != null) {
            var earlier = store.findByKey(idempotencyKey);
            if (earlier.isPresent()) {
                return sameRequest(earlier.get(), hash);
            }
        }
        NoticeStore.Accepted accepted;
        try {
            accepted = facts.none()
                    ? store.create(idempotencyKey, kind, subject, body, sessionId, participantIds, hash)
                    : store.create(idempotencyKey, kind, subject, body, sessionId, participantIds, facts, hash);
        } catch (PersistenceException e) {
            // Two calls with the same key at the same moment: the other one won; answer with its notice.
            if (idempotencyKey == null) {
                throw e;
            }
            Optional<NoticeStore.Accepted> winner = store.findByKey(idempotencyKey);
            return sameRequest(winner.orElseThrow(() -> e), hash);
        }
        metrics.noticesQueued((int) accepted.deliveries());
        workers.submit("notice " + accepted.id(), () -> pipeline.drain(ClaimScope.notice(accepted.id()), Map.of()));
        return accepted;
    }

    /** The notice first accepted with the key, if this request asks for the same thing; 422 otherwise. */
    private static NoticeStore.Accepted sameRequest(NoticeStore.Accepted earlier, String hash) {
        // A notice stored before hashes were kept has none: it answers as before.
        if (earlier.requestHash() != null && !earlier.requestHash().equals(hash)) {
            throw new IdempotencyKeyReusedException();
        }
        return earlier;
    }

    /**
     * SHA-256 (hex) of what a notice asks for: the same kind, subject, body, session and people (in any order, each
     * once, as they are sent) give the same hash, however the JSON was written.
     */
    static String requestHash(NoticeKind kind, String subject, String body, UUID sessionId, List<UUID> participantIds) {
        return requestHash(kind, subject, body, sessionId, participantIds, SessionFacts.NONE);
    }

    /**
     * The session facts join the hash only when given, so a notice of the old shape keeps the hash it was stored
     * with (a retry across the upgrade still answers with the first notice).
     */
    static String requestHash(
            NoticeKind kind,
            String subject,
            String body,
            UUID sessionId,
            List<UUID> participantIds,
            SessionFacts facts) {
        List<String> parts = new ArrayList<>(List.of(
                String.valueOf(kind),
                String.valueOf(subject),
                String.valueOf(body),
                String.valueOf(sessionId),
                String.join(
                        ",",
                        participantIds.stream()
                                .map(UUID::toString)
                                .distinct()
                                .sorted()
                                .toList())));
        if (!facts.none()) {
            parts.add(String.valueOf(SessionDetailsJson.write(facts.session())));
            parts.add(String.valueOf(SessionDetailsJson.write(facts.previous())));
            parts.add(String.valueOf(facts.reason()));
            // Only when given, so a session notice keeps the hash it had before issue 14.
            if (!facts.care().none()) {
                parts.add(CareFactsJson.write(facts.care()));
            }
        }
        StringBuilder canonical = new StringBuilder();
        for (String part : parts) {
            // Length-prefixed, so no two different requests run together into the same text.
            canonical.append(part.length()).append(':').append(part).append(';');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
