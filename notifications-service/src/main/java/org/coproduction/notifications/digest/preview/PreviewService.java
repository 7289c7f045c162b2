package org.coproduction.notifications.digest.preview;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.client.Agenda;
import org.coproduction.notifications.client.Participant;
import org.coproduction.notifications.client.ParticipantsClient;
import org.coproduction.notifications.client.PreferredNames;
import org.coproduction.notifications.client.SessionsClient;
import org.coproduction.notifications.digest.due.DigestPlanner;
import org.coproduction.notifications.digest.due.DuePeriods;
import org.coproduction.notifications.digest.due.LastDigest;
import org.coproduction.notifications.digest.link.PortalLinkService;
import org.coproduction.notifications.render.DigestView;
import org.coproduction.notifications.render.DigestViewFactory;
import org.coproduction.notifications.render.MailRenderer;
import org.coproduction.platform.problem.UnknownResourceException;

/**
 * The digest a person would get if it were sent now (nothing is claimed or sent). Each call to another service is
 * made with no transaction open; only the read of their last digest is one.
 */
@ApplicationScoped
public class PreviewService {

    private final ParticipantsClient participants;
    private final SessionsClient sessions;
    private final DuePeriods periods;
    private final DigestPlanner planner;
    private final DigestViewFactory views;
    private final MailRenderer renderer;
    private final PortalLinkService links;
    private final PreferredNames names;

    public PreviewService(
            ParticipantsClient participants,
            SessionsClient sessions,
            DuePeriods periods,
            DigestPlanner planner,
            DigestViewFactory views,
            MailRenderer renderer,
            PortalLinkService links,
            PreferredNames names) {
        this.participants = participants;
        this.sessions = sessions;
        this.periods = periods;
        this.planner = planner;
        this.views = views;
        this.renderer = renderer;
        this.links = links;
        this.names = names;
    }

    public String preview(UUID participantId, boolean html) {
        Participant person = participants.lookup(List.of(participantId)).itemsOrEmpty().stream()
                .filter(p -> participantId.equals(p.id()))
                .findFirst()
                .orElseThrow(() -> new UnknownResourceException("No participant with this id."));
        Instant now = Instant.now();
        LastDigest last = periods.lastDigests(List.of(participantId)).getOrDefault(participantId, LastDigest.NONE);
        Instant since = planner.since(last, now);
        Agenda agenda = sessions.agendas(List.of(participantId), since).itemsOrEmpty().stream()
                .filter(a -> participantId.equals(a.participantId()))
                .findFirst()
                .orElse(Agenda.empty(participantId));
        // The page without a personal link: whoever reads a preview must not be signed in as the person by it.
        DigestView view = views.build(
                        person, agenda, since, now, names.of(List.of(agenda), Map.of(person.id(), person)))
                .withHearUrl(links.hearUrlWithoutLink())
                .withProposalLinks(links::proposalUrlWithoutLink);
        return html ? renderer.digestHtml(view) : renderer.digestText(view);
    }
}
