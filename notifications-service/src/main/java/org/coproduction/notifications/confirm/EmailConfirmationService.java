package org.coproduction.notifications.confirm;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.delivery.DeliveryPipeline;
import org.coproduction.notifications.delivery.Workers;
import org.coproduction.notifications.delivery.claim.ClaimScope;
import org.coproduction.notifications.privacy.ErasedParticipants;

/**
 * Sends the link that confirms a participant's new email address (participants-service asks when a participant
 * changes their own). Accepted at once and sent in the background; a failed send is retried like any delivery.
 */
@ApplicationScoped
public class EmailConfirmationService {

    private final EmailConfirmationStore store;
    private final ErasedParticipants erased;
    private final DeliveryPipeline pipeline;
    private final Workers workers;

    public EmailConfirmationService(
            EmailConfirmationStore store, ErasedParticipants erased, DeliveryPipeline pipeline, Workers workers) {
        this.store = store;
        this.erased = erased;
        this.pipeline = pipeline;
        this.workers = workers;
    }

    /** Nothing is sent, or kept, for a person who has been erased. */
    public void request(UUID participantId, String address, String token, String language) {
        if (erased.isErased(participantId)) {
            return;
        }
        UUID delivery = store.create(participantId, address.strip(), token, language, Instant.now());
        workers.submit(
                "email confirmation " + delivery, () -> pipeline.drain(ClaimScope.ids(List.of(delivery)), Map.of()));
    }
}
