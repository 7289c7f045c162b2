package org.coproduction.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.sessions.api.CostLineDto;
import org.coproduction.sessions.api.CostsResponse;
import org.coproduction.sessions.client.ParticipantView;
import org.coproduction.sessions.client.ParticipantsClient;
import org.coproduction.sessions.config.CostsConfig;
import org.coproduction.sessions.domain.Session;
import org.coproduction.sessions.domain.SessionType;
import org.coproduction.sessions.domain.costs.Allowance;
import org.coproduction.sessions.domain.costs.Claimant;
import org.coproduction.sessions.domain.costs.CostEstimate;
import org.coproduction.sessions.domain.costs.CostLine;
import org.coproduction.sessions.domain.costs.CostRates;
import org.coproduction.sessions.domain.costs.CostRules;
import org.coproduction.sessions.domain.costs.PaymentForTime;

/** A session's estimated cost from the configured rates and what each invitee claims. */
@ApplicationScoped
public class CostService {
    private final ParticipantsClient participants;
    private final CostsConfig config;
    private final CostRules rules = new CostRules();

    public CostService(ParticipantsClient participants, CostsConfig config) {
        this.participants = participants;
        this.config = config;
    }

    public CostsResponse costs(UUID sessionId) {
        Session s = SessionService.find(sessionId);
        List<Claimant> claimants = new ArrayList<>();
        // Someone who said they cannot come is paid nothing and claims no expenses.
        List<UUID> expected = s.invitees.stream().filter(i -> !s.notComing(i)).toList();
        for (ParticipantView p : participants.lookup(expected).found().values()) {
            claimants.add(claimant(p));
        }
        CostEstimate e = rules.estimate(s.type, s.format, s.length(), claimants, rates());
        return new CostsResponse(
                config.currency(),
                e.lines().stream()
                        .map(l -> new CostLineDto(l.participantId(), l.item(), l.amount(), l.paidAs()))
                        .toList(),
                e.total(),
                e.vouchersTotal());
    }

    /**
     * What these people (attendees, with their preferences as participants-service has them) are owed for the
     * session: the same rules and rates as the session's estimate.
     */
    public List<CostLine> estimateFor(Session s, Collection<ParticipantView> people) {
        List<Claimant> claimants = people.stream().map(CostService::claimant).toList();
        return rules.estimate(s.type, s.format, s.length(), claimants, rates()).lines();
    }

    CostRates rates() {
        CostsConfig.HourlyRates h = config.hourlyRate();
        Map<SessionType, BigDecimal> hourly = Map.of(
                SessionType.MEETING,
                h.meeting(),
                SessionType.WORKSHOP,
                h.workshop(),
                SessionType.TRAINING,
                h.training(),
                SessionType.MENTORING,
                h.mentoring());
        return new CostRates(
                hourly,
                new Allowance(config.travelAmount(), config.travelBasis()),
                new Allowance(config.childcareAmount(), config.childcareBasis()),
                new Allowance(config.careCoverAmount(), config.careCoverBasis()),
                new Allowance(config.mealsAmount(), config.mealsBasis()));
    }

    static Claimant claimant(ParticipantView p) {
        ParticipantView.FinancialSupport f = p.financialSupport();
        if (f == null) {
            return new Claimant(p.id(), null, false, false, false, false);
        }
        PaymentForTime payment = null;
        try {
            payment = f.paymentForTime() == null ? null : PaymentForTime.valueOf(f.paymentForTime());
        } catch (IllegalArgumentException e) {
            // a value this version does not know: no time line rather than a guess
        }
        return new Claimant(
                p.id(),
                payment,
                Boolean.TRUE.equals(f.travel()),
                Boolean.TRUE.equals(f.childcare()),
                Boolean.TRUE.equals(f.careCover()),
                Boolean.TRUE.equals(f.meals()));
    }
}
