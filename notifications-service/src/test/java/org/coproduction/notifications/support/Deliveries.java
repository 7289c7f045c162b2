package org.coproduction.notifications.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coproduction.notifications.domain.Delivery;
import org.coproduction.notifications.domain.DeliveryKind;
import org.coproduction.notifications.domain.DeliveryStatus;
import org.coproduction.notifications.domain.Notice;
import org.coproduction.notifications.domain.NoticeKind;

/** Delivery rows written straight into the table, in any state, for tests of what reads and changes them. */
public final class Deliveries {

    private Deliveries() {}

    /** A digest delivery for a past period, in the given state, created {@code age} ago. */
    public static Delivery digest(UUID participantId, DeliveryStatus status, Duration age) {
        Instant created = Instant.now().minus(age);
        Delivery d = new Delivery();
        d.id = UUID.randomUUID();
        d.participantId = participantId;
        d.kind = DeliveryKind.DIGEST;
        d.periodKey = "FORCED:" + d.id;
        d.periodDate = LocalDate.now();
        d.status = status;
        d.attempts = status == DeliveryStatus.FAILED ? 3 : 0;
        d.nextAttemptAt = Instant.now().plus(Duration.ofDays(1));
        d.contentSince = created.minus(Duration.ofDays(14));
        d.contentUntil = created;
        d.claimToken = status == DeliveryStatus.CLAIMED || status == DeliveryStatus.SENDING ? UUID.randomUUID() : null;
        // Held for a day: no other test's retry job takes it back or fails it while this test looks at it.
        d.leaseUntil = d.claimToken == null ? null : Instant.now().plus(Duration.ofDays(1));
        d.sentAt = status == DeliveryStatus.SENT ? created : null;
        d.lastError = status == DeliveryStatus.FAILED ? "SMTP: ConnectException: Connection refused" : null;
        d.createdAt = created;
        d.updatedAt = created;
        return d;
    }

    public static Delivery asNotice(Delivery d, UUID noticeId) {
        d.kind = DeliveryKind.NOTICE;
        d.periodKey = "NOTICE:" + noticeId;
        d.noticeId = noticeId;
        d.periodDate = null;
        d.contentSince = null;
        d.contentUntil = null;
        return d;
    }

    /** A GENERAL notice with no session, stored as POST /notices would store it (without its deliveries). */
    public static UUID storedNotice(String subject, String body) {
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.kind = NoticeKind.GENERAL;
        notice.subject = subject;
        notice.body = body;
        notice.createdAt = Instant.now();
        QuarkusTransaction.requiringNew().run(notice::persist);
        return notice.id;
    }

    /** A notice of issue 14 with its care facts (JSON) and session facts, as POST /notices would store it. */
    public static UUID storedCareNotice(NoticeKind kind, String careFacts, String sessionDetails) {
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.kind = kind;
        notice.careFacts = careFacts;
        notice.sessionDetails = sessionDetails;
        notice.createdAt = Instant.now();
        QuarkusTransaction.requiringNew().run(notice::persist);
        return notice.id;
    }

    public static void store(Delivery... deliveries) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (Delivery d : deliveries) {
                d.persist();
            }
        });
    }

    public static Delivery find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>findById(id));
    }

    public static List<Delivery> of(UUID participantId) {
        return QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>list("participantId", participantId));
    }
}
