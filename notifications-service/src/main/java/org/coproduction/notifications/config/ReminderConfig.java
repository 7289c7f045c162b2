package org.coproduction.notifications.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Reminders before each session (NOTIFICATIONS_REMINDER_...). */
@ConfigMapping(prefix = "notifications.reminder")
public interface ReminderConfig {

    /** How often the job looks for sessions to remind people of ("off" disables it). */
    @WithDefault("5m")
    String every();

    /** How long before a session its reminder goes. */
    @WithDefault("PT48H")
    Duration lead();

    /** Per session type (MEETING, WORKSHOP, TRAINING, MENTORING): a lead that replaces the default. */
    Map<String, Duration> leadByType();

    /** Sessions per page of GET /sessions. */
    @WithDefault("200")
    int pageSize();
}
