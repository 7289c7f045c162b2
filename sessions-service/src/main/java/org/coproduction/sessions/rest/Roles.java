package org.coproduction.sessions.rest;

/** The roles of the suite (the "groups" claim of the bearer token). */
public final class Roles {
    public static final String COORDINATOR = "coordinator";
    public static final String PARTICIPANT = "participant";
    public static final String SERVICE = "service";

    private Roles() {
    }
}
