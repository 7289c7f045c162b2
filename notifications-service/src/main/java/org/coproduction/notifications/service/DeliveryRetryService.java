package org.coproduction.notifications.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Ops asked to try a delivery again: requeue it (committed), then send it in the background. */
@ApplicationScoped
public class DeliveryRetryService {

    @Inject
    DeliveryLog log;

    @Inject
    DeliveryDispatcher dispatcher;

    @Inject
    Workers workers;

    public DeliveryView retry(UUID id) {
        DeliveryView view = log.requeue(id);
        workers.submit("retry " + id, () -> dispatcher.drain(ClaimScope.ids(List.of(id)), Map.of()));
        return view;
    }
}
