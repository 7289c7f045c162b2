package org.coproduction.sessions;

import org.coproduction.platform.testing.LayerRules;
import org.junit.jupiter.api.Test;

/** The suite's conventions, checked on this service's classes: layers point one way (rest -> service -> domain). */
class ArchitectureTest {

    @Test
    void layersPointOneWayAndTransactionsLiveInTheServiceLayer() {
        LayerRules.check("org.coproduction.sessions", "..sessions.service..");
    }
}
