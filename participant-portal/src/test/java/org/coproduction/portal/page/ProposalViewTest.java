package org.coproduction.portal.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.coproduction.portal.client.sessions.model.ProposalObjection;
import org.coproduction.portal.page.ProposalView.Objection;
import org.junit.jupiter.api.Test;

class ProposalViewTest {

    private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-11-23T10:00:00Z");

    @Test
    void anObjectionWaitsUntilTheCoordinatorAnswersAndThenMayBeWithdrawn() {
        assertThat(ProposalView.objectionState("AGREE", null)).isEqualTo(Objection.NONE);
        assertThat(ProposalView.objectionState("OBJECT", null)).isEqualTo(Objection.WAITING);
        assertThat(ProposalView.objectionState("OBJECT", new ProposalObjection().standing(true)))
                .isEqualTo(Objection.WAITING);
        assertThat(ProposalView.objectionState(
                        "OBJECT",
                        new ProposalObjection()
                                .standing(true)
                                .response("We have cover.")
                                .respondedAt(MONDAY)))
                .isEqualTo(Objection.ANSWERED);
        assertThat(ProposalView.objectionState(
                        "OBJECT",
                        new ProposalObjection()
                                .standing(false)
                                .response("We have cover.")
                                .respondedAt(MONDAY)
                                .withdrawnAt(MONDAY.plusDays(1))))
                .isEqualTo(Objection.WITHDRAWN);
    }

    @Test
    void aBlankLineStartsANewParagraphAndASingleLineBreakStaysInside() {
        assertThat(ProposalView.paragraphs("First line\nsame paragraph\r\n\r\n  Second  \n\n\n"))
                .containsExactly("First line\nsame paragraph", "Second");
        assertThat(ProposalView.paragraphs("  ")).isEmpty();
        assertThat(ProposalView.paragraphs(null)).isEmpty();
    }
}
