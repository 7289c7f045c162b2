package org.coproduction.notifications.digest.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.coproduction.notifications.render.DigestView;
import org.junit.jupiter.api.Test;

/** A proposal's link is signed afresh every time: only the proposals themselves are news (issue 15). */
class ProposalLinksNewsTest {
    static final UUID PROPOSAL = UUID.fromString("3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a9f");

    static DigestView view(List<DigestView.OpenProposalItem> open, List<DigestView.DecidedItem> decided) {
        return new DigestView(
                "en",
                "Subject",
                "Aisha",
                "1 March",
                "Europe/London",
                false,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "",
                List.of(),
                open.isEmpty() && decided.isEmpty(),
                "settings",
                null,
                null,
                null,
                decided,
                open);
    }

    @Test
    void aFreshLinkIsNotNewsButAnotherProposalIs() {
        var open = List.of(new DigestView.OpenProposalItem(PROPOSAL, "Meet on Mondays", "Crisis line", "soon", null));
        String first =
                DigestNews.key(view(open, List.of()).withProposalLinks(id -> "https://portal/p/" + id + "?link=a"));
        String again =
                DigestNews.key(view(open, List.of()).withProposalLinks(id -> "https://portal/p/" + id + "?link=b"));
        assertThat(first).isEqualTo(again).isNotEqualTo(DigestNews.NOTE);
        var decided = List.of(new DigestView.DecidedItem("Meet on Mondays", "Crisis line", "Agreed", "counts"));
        assertThat(DigestNews.key(view(List.of(), decided))).isNotEqualTo(first).isNotEqualTo(DigestNews.NOTE);
        assertThat(DigestNews.key(view(List.of(), List.of()))).isEqualTo(DigestNews.NOTE);
        assertThat(view(open, List.of())
                        .withProposalLinks(id -> "u/" + id)
                        .haveYourSay()
                        .get(0)
                        .url())
                .isEqualTo("u/" + PROPOSAL);
    }
}
