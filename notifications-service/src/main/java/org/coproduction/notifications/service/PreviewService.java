package org.coproduction.notifications.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.coproduction.notifications.client.Agenda;
import org.coproduction.notifications.client.Participant;
import org.coproduction.notifications.client.ParticipantsGateway;
import org.coproduction.notifications.client.SessionsGateway;
import org.coproduction.notifications.config.NotificationsConfig;
import org.coproduction.notifications.render.DigestView;
import org.coproduction.notifications.render.DigestViewFactory;
import org.coproduction.notifications.render.MailRenderer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The digest a person would get if it were sent now (nothing is claimed or sent). */
@ApplicationScoped
public class PreviewService {

    @Inject
    ParticipantsGateway participants;

    @Inject
    SessionsGateway sessions;

    @Inject
    DeliveryQueue queue;

    @Inject
    DigestViewFactory views;

    @Inject
    MailRenderer renderer;

    @Inject
    NotificationsConfig config;

    public String preview(UUID participantId, boolean html) {
        Participant person = participants.lookup(List.of(participantId)).itemsOrEmpty().stream()
                .filter(p -> participantId.equals(p.id())).findFirst()
                .orElseThrow(() -> new UnknownIdException("no participant " + participantId));
        Instant now = Instant.now();
        LastDigest last = queue.lastDigests(List.of(participantId)).getOrDefault(participantId, LastDigest.NONE);
        Instant since = last.lastSentContentUntil() != null ? last.lastSentContentUntil()
                : now.minus(config.digest().firstLookBack());
        Agenda agenda = sessions.agendas(List.of(participantId), since).itemsOrEmpty().stream()
                .filter(a -> participantId.equals(a.participantId())).findFirst().orElse(Agenda.empty(participantId));
        DigestView view = views.build(person, agenda, since, now);
        return html ? renderer.digestHtml(view) : renderer.digestText(view);
    }
}
