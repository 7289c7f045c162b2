package org.coproduction.platform.security;

/** The roles of the suite, as the bearer token's {@code groups} claim names them. */
public final class Roles {

    public static final String COORDINATOR = "coordinator";
    public static final String PARTICIPANT = "participant";
    /** Another service of the suite acting for nobody in particular (a scheduled job). */
    public static final String SERVICE = "service";

    private Roles() {}
}
