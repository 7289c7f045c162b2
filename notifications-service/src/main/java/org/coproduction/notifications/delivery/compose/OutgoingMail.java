package org.coproduction.notifications.delivery.compose;

import java.util.UUID;

import io.quarkus.mailer.Mail;

/** A rendered mail and the delivery it fulfils. */
public record OutgoingMail(UUID deliveryId, Mail mail) {
}
