package org.coproduction.sessions.domain;

/** A venue is a physical place or an online space (a video-call room). */
public enum VenueFormat {
    IN_PERSON,
    ONLINE
}
