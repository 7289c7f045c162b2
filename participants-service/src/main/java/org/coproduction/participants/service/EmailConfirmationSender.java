package org.coproduction.participants.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.coproduction.participants.client.NotificationsClient;
import org.coproduction.platform.problem.DependencyUnavailableException;
import org.jboss.logging.Logger;

/**
 * Asks notifications-service to mail a confirmation link, after the change's transaction committed. If it is down
 * the change still stands; the participant gets a new link by giving the address again. Never logs the address.
 */
@ApplicationScoped
public class EmailConfirmationSender {

    private static final Logger LOG = Logger.getLogger(EmailConfirmationSender.class);

    private final NotificationsClient notifications;

    public EmailConfirmationSender(NotificationsClient notifications) {
        this.notifications = notifications;
    }

    public void send(Optional<EmailConfirmation> confirmation) {
        confirmation.ifPresent(c -> {
            try {
                notifications.confirmEmail(c.participantId(), c.address(), c.token(), c.language());
            } catch (DependencyUnavailableException e) {
                LOG.warn("A confirmation link could not be sent: notifications-service is not answering");
            }
        });
    }
}
