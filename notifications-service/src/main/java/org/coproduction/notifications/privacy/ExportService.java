package org.coproduction.notifications.privacy;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.coproduction.notifications.digest.unsubscribe.Unsubscribes;
import org.coproduction.notifications.domain.Delivery;

/** A person's part of their export: every delivery to them, oldest first (an unknown id has none), and when they unsubscribed from digests. */
@ApplicationScoped
public class ExportService {

    private final Unsubscribes unsubscribes;

    public ExportService(Unsubscribes unsubscribes) {
        this.unsubscribes = unsubscribes;
    }

    @Transactional
    public NotificationsExport export(UUID participantId) {
        return new NotificationsExport(
                Delivery.<Delivery>list("participantId", Sort.ascending("createdAt", "id"), participantId).stream()
                        .map(ExportedDelivery::of)
                        .toList(),
                unsubscribes.since(participantId).orElse(null));
    }
}
