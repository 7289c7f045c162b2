package org.coproduction.notifications.signin;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coproduction.notifications.client.Participant;
import org.coproduction.notifications.client.ParticipantsClient;
import org.coproduction.notifications.delivery.DeliveryPipeline;
import org.coproduction.notifications.delivery.Workers;
import org.coproduction.notifications.delivery.claim.ClaimScope;
import org.coproduction.notifications.privacy.ErasedParticipants;
import org.coproduction.platform.problem.DependencyUnavailableException;
import org.jboss.logging.Logger;

/**
 * A fresh sign-in link by email address: the caller is answered at once, the same whatever the address, and the
 * person is looked up and mailed in the background, so neither the answer nor its timing tells whether the address is
 * known. The mail goes only to a registered person who has not withdrawn and was not erased, at the address they are
 * registered with. The address is never logged or stored.
 */
@ApplicationScoped
public class SignInLinkService {

    private static final Logger LOG = Logger.getLogger(SignInLinkService.class);

    private final ParticipantsClient participants;
    private final ErasedParticipants erased;
    private final SignInLinkStore store;
    private final DeliveryPipeline pipeline;
    private final Workers workers;

    public SignInLinkService(
            ParticipantsClient participants,
            ErasedParticipants erased,
            SignInLinkStore store,
            DeliveryPipeline pipeline,
            Workers workers) {
        this.participants = participants;
        this.erased = erased;
        this.store = store;
        this.pipeline = pipeline;
        this.workers = workers;
    }

    /** Accepts the request; the work happens in the background. */
    public void request(String email) {
        String address = email.strip();
        workers.submit("sign-in link request", () -> send(address));
    }

    /**
     * Looks the person up and sends them a link. When participants-service cannot be reached the request is not
     * queued (that would keep the address): it is logged, without the address, and the person can ask again.
     *
     * @return the delivery that sends the link, if one was made
     */
    Optional<UUID> send(String address) {
        Optional<Participant> found;
        try {
            found = participants.byEmail(address);
        } catch (DependencyUnavailableException e) {
            LOG.warnf(
                    "A sign-in link was asked for but %s is unavailable: nothing was sent (the person may ask again)",
                    e.service());
            return Optional.empty();
        }
        Optional<Participant> person = found.filter(p -> p.id() != null)
                .filter(p -> !p.isWithdrawn())
                .filter(Participant::hasEmail)
                .filter(p -> !erased.isErased(p.id()));
        if (person.isEmpty()) {
            return Optional.empty();
        }
        UUID delivery = store.create(person.get().id(), Instant.now());
        pipeline.drain(ClaimScope.ids(List.of(delivery)), Map.of(person.get().id(), person.get()));
        return Optional.of(delivery);
    }
}
