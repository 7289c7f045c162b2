package org.coproduction.notifications.delivery.compose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coproduction.notifications.domain.EmailConfirmation;

/** Reads the address, token and language of confirmation mails about to be composed, in one short transaction. */
@ApplicationScoped
public class ConfirmationReader {

    @Transactional
    public Map<UUID, EmailConfirmation> find(Collection<UUID> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Map.of();
        }
        List<EmailConfirmation> found = EmailConfirmation.list("deliveryId in ?1", deliveryIds);
        return found.stream().collect(Collectors.toMap(c -> c.deliveryId, Function.identity()));
    }
}
