package org.coproduction.suite;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real SMTP server (GreenMail) on a fixed port that can be stopped and started again, to show that mail
 * sent while it is down is delivered once it is back. Messages received before a stop are kept.
 */
final class SmtpServer {

    private final int port;
    private final List<MimeMessage> earlier = new ArrayList<>();
    private GreenMail greenMail;
    private MessageDeliveryHandler normal;

    SmtpServer(int port) {
        this.port = port;
    }

    int port() {
        return port;
    }

    synchronized void start() {
        normal = null;
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
    }

    synchronized void stop() {
        if (greenMail != null) {
            earlier.addAll(List.of(greenMail.getReceivedMessages()));
            greenMail.stop();
            greenMail = null;
        }
    }

    /**
     * Makes the server take {@code perMessage} to accept each message (as a busy or distant server does), so a test can
     * stop a sender while mails are in flight; {@link Duration#ZERO} restores its speed.
     */
    synchronized void slowDown(Duration perMessage) {
        var users = greenMail.getUserManager();
        if (normal == null) {
            normal = users.getMessageDeliveryHandler();
        }
        MessageDeliveryHandler original = normal;
        users.setMessageDeliveryHandler(
                perMessage.isZero()
                        ? original
                        : (message, address) -> {
                            try {
                                Thread.sleep(perMessage.toMillis());
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return original.handle(message, address);
                        });
    }

    /** Every message received since the suite started, across restarts. */
    synchronized List<MimeMessage> received() {
        List<MimeMessage> all = new ArrayList<>(earlier);
        if (greenMail != null) {
            all.addAll(List.of(greenMail.getReceivedMessages()));
        }
        return all;
    }
}
