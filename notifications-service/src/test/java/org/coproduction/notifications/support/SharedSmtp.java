package org.coproduction.notifications.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real SMTP server (GreenMail on the test profile's port) for every test class, emptied before each test.
 * Restarting it per test or per class left the mailer holding connections to a server that had gone, so the next
 * send could hang until its timeout and be retried: a flaky count. Tests that stop it on purpose (an SMTP outage)
 * start it again; if one fails before it does, the next test starts it.
 */
public final class SharedSmtp extends GreenMailExtension {

    /**
     * The test profile's SMTP port: {@code -Dnotifications-test-smtp-port=N} moves both this server and the mailer,
     * so two builds of this module can run side by side on one machine.
     */
    public static final int PORT = Integer.getInteger("notifications-test-smtp-port", 3925);

    public static final SharedSmtp SERVER = new SharedSmtp();

    private SharedSmtp() {
        super(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        withPerMethodLifecycle(false);
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (getGreenMail() == null) {
            super.beforeAll(context);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // Kept running for the next class; it ends with the test JVM.
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!isRunning()) {
            start();
        }
        try {
            purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
    }
}
