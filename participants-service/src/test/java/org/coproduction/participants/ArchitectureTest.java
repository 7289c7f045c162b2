package org.coproduction.participants;

import org.coproduction.platform.testing.LayerRules;
import org.junit.jupiter.api.Test;

/** The suite's layering rules (rest -> service -> domain, transactions only in service), kept by the build. */
class ArchitectureTest {

    @Test
    void layersPointOneWay() {
        LayerRules.check("org.coproduction.participants", "..participants.service..");
    }
}
