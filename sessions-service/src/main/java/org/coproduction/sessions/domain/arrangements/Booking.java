package org.coproduction.sessions.domain.arrangements;

import java.math.BigDecimal;

/** An interpreter booking of the session, in the rules' terms. */
public record Booking(String language, boolean booked, BigDecimal cost, String reference) {}
