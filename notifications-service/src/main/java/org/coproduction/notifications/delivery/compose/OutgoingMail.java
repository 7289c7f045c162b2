package org.coproduction.notifications.delivery.compose;

import io.quarkus.mailer.Mail;
import java.util.UUID;

/** A rendered mail and the delivery it fulfils. */
public record OutgoingMail(UUID deliveryId, Mail mail) {}
