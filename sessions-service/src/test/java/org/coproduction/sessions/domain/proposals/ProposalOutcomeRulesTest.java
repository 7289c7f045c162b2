package org.coproduction.sessions.domain.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduction.sessions.domain.proposals.ProposalAnswerChoice.AGREE;
import static org.coproduction.sessions.domain.proposals.ProposalAnswerChoice.CONCERNS;
import static org.coproduction.sessions.domain.proposals.ProposalAnswerChoice.OBJECT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProposalOutcomeRulesTest {
    static AnswerFact lived(ProposalAnswerChoice a) {
        return new AnswerFact(a, true, false);
    }

    static AnswerFact practitioner(ProposalAnswerChoice a) {
        return new AnswerFact(a, false, false);
    }

    static AnswerFact withdrawnObjection() {
        return new AnswerFact(OBJECT, true, true);
    }

    static List<AnswerFact> answers(ProposalAnswerChoice... choices) {
        List<AnswerFact> list = new ArrayList<>();
        for (ProposalAnswerChoice c : choices) {
            list.add(lived(c));
        }
        return list;
    }

    @Test
    void moreAgreementThanConcernsWithHalfAnsweredIsAgreed() {
        assertThat(ProposalOutcomeRules.result(ProposalOutcomeRules.count(answers(AGREE, AGREE, CONCERNS)), 6))
                .isEqualTo(ProposalResult.AGREED);
    }

    @Test
    void exactlyHalfAnsweredIsEnoughButOneFewerIsNot() {
        assertThat(ProposalOutcomeRules.result(ProposalOutcomeRules.count(answers(AGREE, AGREE)), 4))
                .isEqualTo(ProposalResult.AGREED);
        // 2 of 5 is under half.
        assertThat(ProposalOutcomeRules.result(ProposalOutcomeRules.count(answers(AGREE, AGREE)), 5))
                .isEqualTo(ProposalResult.NOT_AGREED);
        assertThat(ProposalOutcomeRules.result(ProposalOutcomeRules.count(answers(AGREE, AGREE, AGREE)), 5))
                .isEqualTo(ProposalResult.AGREED);
    }

    @Test
    void aTieBetweenAgreementAndConcernsIsNotAgreedButMoreConcernsAreAgreedWithConcernsNoted() {
        // The issue: agreed when more agreed than had concerns, with concerns noted when concerns outnumber agreement,
        // otherwise not agreed; a tie is neither.
        assertThat(ProposalOutcomeRules.result(ProposalOutcomeRules.count(answers(AGREE, CONCERNS)), 2))
                .isEqualTo(ProposalResult.NOT_AGREED);
        assertThat(ProposalOutcomeRules.result(ProposalOutcomeRules.count(answers(CONCERNS, CONCERNS, AGREE)), 4))
                .isEqualTo(ProposalResult.AGREED_WITH_CONCERNS);
    }

    @Test
    void aStandingObjectionMeansNotAgreedWhateverElseWasSaid() {
        AnswerCounts counts = ProposalOutcomeRules.count(answers(AGREE, AGREE, AGREE, AGREE, OBJECT));
        assertThat(counts).isEqualTo(new AnswerCounts(4, 0, 1, 1, 5));
        assertThat(ProposalOutcomeRules.result(counts, 5)).isEqualTo(ProposalResult.NOT_AGREED);
    }

    @Test
    void aWithdrawnObjectionCountsAsAConcern() {
        List<AnswerFact> list = new ArrayList<>(answers(AGREE));
        list.add(withdrawnObjection());
        AnswerCounts counts = ProposalOutcomeRules.count(list);
        assertThat(counts).isEqualTo(new AnswerCounts(1, 0, 1, 0, 2));
        assertThat(counts.concernsWithWithdrawnObjections()).isEqualTo(1);
        // 1 agree against 1 concern: a tie, so not agreed.
        assertThat(ProposalOutcomeRules.result(counts, 2)).isEqualTo(ProposalResult.NOT_AGREED);
        list.add(lived(AGREE));
        assertThat(ProposalOutcomeRules.result(ProposalOutcomeRules.count(list), 3))
                .isEqualTo(ProposalResult.AGREED);
    }

    @Test
    void nobodyAnsweringAndNoMembersAreNotAgreed() {
        assertThat(ProposalOutcomeRules.result(AnswerCounts.NONE, 3)).isEqualTo(ProposalResult.NOT_AGREED);
        assertThat(ProposalOutcomeRules.result(AnswerCounts.NONE, 0)).isEqualTo(ProposalResult.NOT_AGREED);
        Outcome none = ProposalOutcomeRules.decide(List.of(), 0);
        assertThat(none.result()).isEqualTo(ProposalResult.NOT_AGREED);
        assertThat(none.livedExperienceShare()).isNull();
        assertThat(none.professionalShare()).isNull();
        assertThat(ProposalOutcomeRules.mayCloseNow(AnswerCounts.NONE, 0)).isFalse();
    }

    @Test
    void allConcernsWithHalfAnsweredIsAgreedWithConcerns() {
        assertThat(ProposalOutcomeRules.result(ProposalOutcomeRules.count(answers(CONCERNS)), 2))
                .isEqualTo(ProposalResult.AGREED_WITH_CONCERNS);
    }

    @Test
    void sharesAreOfThoseWhoAnsweredByTheRoleTheyHadThen() {
        Outcome o = ProposalOutcomeRules.decide(List.of(lived(AGREE), lived(CONCERNS), practitioner(AGREE)), 5);
        assertThat(o.result()).isEqualTo(ProposalResult.AGREED);
        assertThat(o.members()).isEqualTo(5);
        assertThat(o.counts()).isEqualTo(new AnswerCounts(2, 1, 0, 0, 3));
        assertThat(o.livedExperienceShare()).isEqualByComparingTo(new BigDecimal("0.67"));
        assertThat(o.professionalShare()).isEqualByComparingTo(new BigDecimal("0.33"));
        assertThat(o.livedExperienceShare().scale()).isEqualTo(2);
    }

    @Test
    void mayCloseOnlyWhenEveryMemberAnsweredAndNoObjectionStands() {
        assertThat(ProposalOutcomeRules.mayCloseNow(ProposalOutcomeRules.count(answers(AGREE, AGREE)), 2))
                .isTrue();
        assertThat(ProposalOutcomeRules.mayCloseNow(ProposalOutcomeRules.count(answers(AGREE)), 2))
                .isFalse();
        assertThat(ProposalOutcomeRules.mayCloseNow(ProposalOutcomeRules.count(answers(AGREE, OBJECT)), 2))
                .isFalse();
        List<AnswerFact> withdrawn = new ArrayList<>(answers(AGREE));
        withdrawn.add(withdrawnObjection());
        assertThat(ProposalOutcomeRules.mayCloseNow(ProposalOutcomeRules.count(withdrawn), 2))
                .isTrue();
    }

    @Test
    void anObjectionIsWithdrawnOnlyAfterAWrittenResponseAndOnce() {
        java.time.Instant at = java.time.Instant.parse("2027-03-01T10:00:00Z");
        assertThat(ObjectionRules.withdrawal(null, null)).isEqualTo(ObjectionRules.Withdrawal.NOT_YET_ANSWERED);
        assertThat(ObjectionRules.withdrawal(at, null)).isEqualTo(ObjectionRules.Withdrawal.WITHDRAW);
        assertThat(ObjectionRules.withdrawal(at, at.plusSeconds(60)))
                .isEqualTo(ObjectionRules.Withdrawal.ALREADY_WITHDRAWN);
        assertThat(ObjectionRules.mayRespond(null)).isTrue();
        assertThat(ObjectionRules.mayRespond(at)).isFalse();
        assertThat(new AnswerFact(OBJECT, false, false).objectionStanding()).isTrue();
        assertThat(new AnswerFact(OBJECT, false, true).objectionStanding()).isFalse();
        assertThat(new AnswerFact(CONCERNS, false, false).objectionStanding()).isFalse();
    }
}
