package org.coproduction.sessions.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** When someone counts as drifting away from a project, and how the weekly engagement job tells people. */
@ConfigMapping(prefix = "sessions.engagement")
public interface EngagementConfig {
    /** How often the engagement job runs (a Quarkus "every" value; "off" disables it). */
    @WithDefault("7d")
    String every();

    /** Sessions missed in a row from which someone is drifting. */
    @WithDefault("3")
    int missedSessions();

    /** Whole weeks without attending a session from which someone is drifting. */
    @WithDefault("8")
    int quietWeeks();

    /** Invitations declined in a row from which someone is drifting. */
    @WithDefault("2")
    int declinedInvitations();

    /** Invitations left unanswered in a row from which someone is drifting. */
    @WithDefault("2")
    int unansweredInvitations();

    /** Whether the job sends a check-in to each drifting person (not on a break). */
    @WithDefault("true")
    boolean checkIns();

    /** At most one check-in per person within this period, whatever their projects. */
    @WithDefault("P8W")
    Period checkInEvery();
}
