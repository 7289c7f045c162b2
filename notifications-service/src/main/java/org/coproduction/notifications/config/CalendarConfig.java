package org.coproduction.notifications.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Who calendar invitations come from (NOTIFICATIONS_CALENDAR_...): the ORGANIZER of every iTIP message. */
@ConfigMapping(prefix = "notifications.calendar")
public interface CalendarConfig {

    /** The organiser's mailbox; the mailer's from address when not set. */
    Optional<String> organizerEmail();

    /** The organiser's name as calendar apps show it. */
    @WithDefault("Co-production team")
    String organizerName();
}
