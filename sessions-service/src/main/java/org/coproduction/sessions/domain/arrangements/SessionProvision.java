package org.coproduction.sessions.domain.arrangements;

import org.coproduction.sessions.domain.SessionFormat;

/**
 * What the session already provides for copies and space: its format, large-print and easy-read materials (arranged,
 * or large print offered by the venue), a quiet space (arranged or offered by the venue), and whether it is on a
 * sensitive topic.
 */
public record SessionProvision(
        SessionFormat format, boolean largePrint, boolean easyRead, boolean quietSpace, boolean sensitive) {}
