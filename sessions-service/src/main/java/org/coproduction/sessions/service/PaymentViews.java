package org.coproduction.sessions.service;

import java.time.Instant;
import java.time.ZoneId;
import org.coproduction.sessions.api.PaymentLineDto;
import org.coproduction.sessions.domain.payments.OwedRules;
import org.coproduction.sessions.domain.payments.PaymentEvent;
import org.coproduction.sessions.domain.payments.PaymentLine;

/** A payment line as the API shows it. */
final class PaymentViews {
    /** Days owed are counted in the suite's home zone: finance works UK days. */
    static final ZoneId ZONE = ZoneId.of("Europe/London");

    static final OwedRules OWED = new OwedRules(ZONE);

    private PaymentViews() {}

    static PaymentLineDto view(PaymentLine l, Instant now) {
        Instant owedSince = OWED.owedSince(l.status, l.claimedAt);
        return new PaymentLineDto(
                l.id,
                l.sessionId,
                l.projectId,
                l.participantId,
                l.payee,
                l.item,
                l.description,
                l.status,
                l.currency,
                l.estimated,
                l.claimed,
                l.receiptReference,
                l.paidAs,
                l.paidOn,
                l.paymentReference,
                l.declineReason,
                l.benefitsWarning,
                owedSince,
                OWED.owedDays(owedSince, now),
                l.history.stream().map(PaymentViews::step).toList(),
                l.createdAt,
                l.version);
    }

    private static PaymentLineDto.Step step(PaymentEvent e) {
        String by = e.byParticipantId != null ? e.byParticipantId.toString() : e.byService ? "service" : null;
        return new PaymentLineDto.Step(e.status, e.at, by);
    }
}
