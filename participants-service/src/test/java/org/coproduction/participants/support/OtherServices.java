package org.coproduction.participants.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the stand-ins for sessions- and notifications-service for every test of this module. */
@QuarkusTestResource(OtherServicesWireMock.class)
public final class OtherServices {

    private OtherServices() {}
}
