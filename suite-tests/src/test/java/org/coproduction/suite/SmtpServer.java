package org.coproduction.suite;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
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

    SmtpServer(int port) {
        this.port = port;
    }

    int port() {
        return port;
    }

    synchronized void start() {
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

    /** Every message received since the suite started, across restarts. */
    synchronized List<MimeMessage> received() {
        List<MimeMessage> all = new ArrayList<>(earlier);
        if (greenMail != null) {
            all.addAll(List.of(greenMail.getReceivedMessages()));
        }
        return all;
    }
}
