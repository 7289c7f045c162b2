package org.coproduction.notifications.delivery.paper;

import org.coproduction.notifications.client.Participant;
import org.coproduction.notifications.domain.DeliveryKind;

/** How a person asked to hear from us (participants-service's communication.channel). */
public enum Channel {
    EMAIL,
    POST,
    PHONE;

    /** Unknown or missing values mean email, as before channels were honoured. */
    public static Channel of(Participant person) {
        if (person == null) {
            return EMAIL;
        }
        try {
            return valueOf(person.channel());
        } catch (IllegalArgumentException e) {
            return EMAIL;
        }
    }

    /**
     * Whether this delivery goes on paper (a letter or a call sheet) rather than by email: digests, notices and
     * reminders do for people who asked for post or a phone call; sign-in links and address confirmations are
     * always email (they need an address).
     */
    public static boolean onPaper(DeliveryKind kind, Participant person) {
        boolean paperKind = kind == DeliveryKind.DIGEST
                || kind == DeliveryKind.NOTICE
                // By name: reminders are another change's kind.
                || "REMINDER".equals(kind.name());
        return paperKind && of(person) != EMAIL;
    }
}
