package org.coproduction.suite;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coproduction.platform.testing.TestTokens;

/**
 * The whole suite for the end-to-end tests, started once per test JVM: an SMTP server, the three real
 * service jars (prod profile, development keys) on free ports, against their own databases on the local
 * PostgreSQL (suite_participants, suite_sessions, suite_notifications), emptied at the start, and the participant
 * portal's jar (no database), whose address notifications-service writes into every email. {@code -Dsuite.db.prefix}
 * (default {@code suite_}) names other databases, so two clones can run the suite at once without emptying each
 * other's.
 */
final class SuiteEnvironment {

    static final String DB_URL = System.getProperty("suite.db.url", "jdbc:postgresql://127.0.0.1:5432/");
    static final String DB_USER = System.getProperty("suite.db.user", "coproduction");
    static final String DB_PASSWORD = System.getProperty("suite.db.password", "coproduction");
    static final String DB_PREFIX = System.getProperty("suite.db.prefix", "suite_");
    static final String PARTICIPANTS_DB = DB_PREFIX + "participants";
    static final String SESSIONS_DB = DB_PREFIX + "sessions";
    static final String NOTIFICATIONS_DB = DB_PREFIX + "notifications";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final String SIGN_KEY_PROPERTY = "smallrye.jwt.sign.key.location";

    private static SuiteEnvironment instance;

    final SmtpServer smtp;
    /** Where the four jars export their spans (OTLP/HTTP), for the tests that follow one trace across them. */
    final TraceReceiver traces;

    final ServiceProcess participants;
    final ServiceProcess sessions;
    final ServiceProcess notifications;
    final ServiceProcess portal;
    /** The portal as a browser reaches it: "localhost" is a secure context, so its Secure cookie is kept. */
    final String portalUrl;

    private final Path logDir;
    private final Map<String, String> common;

    private SuiteEnvironment() throws IOException {
        Path root = root();
        logDir = root.resolve("suite-tests/target/suite-logs");
        Files.createDirectories(logDir);
        smtp = new SmtpServer(freePort());
        traces = new TraceReceiver(freePort());
        int participantsPort = freePort();
        int sessionsPort = freePort();
        int notificationsPort = freePort();
        int portalPort = freePort();
        portalUrl = "http://localhost:" + portalPort;
        common = new HashMap<>();
        common.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + root.resolve("dev-keys/publicKey.pem"));
        common.put("MP_JWT_VERIFY_ISSUER", TestTokens.ISSUER);
        common.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", "file:" + root.resolve("dev-keys/privateKey.pem"));
        common.put("COPRODUCTION_ALLOW_DEVELOPMENT_KEY", "true");
        // Every test here acts as the same coordinator, far faster than a person would: the per-subject limits
        // would refuse the story's own digest runs. The limits themselves are tested in platform-http.
        common.put("COPRODUCTION_RATE_LIMITS_ENABLED", "false");
        // Spans to the receiver in this JVM, in small batches sent a fifth of a second after they end (the default
        // waits 5 s), so a test sees a trace soon after the work is done.
        common.put("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", traces.endpoint());
        common.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "0.2S");
        common.put("QUARKUS_DATASOURCE_USERNAME", DB_USER);
        common.put("QUARKUS_DATASOURCE_PASSWORD", DB_PASSWORD);
        common.put("PARTICIPANTS_URL", "http://127.0.0.1:" + participantsPort);
        common.put("SESSIONS_URL", "http://127.0.0.1:" + sessionsPort);
        common.put("NOTIFICATIONS_URL", "http://127.0.0.1:" + notificationsPort);
        common.put("PORTAL_URL", portalUrl);
        participants = service("participants-service", participantsPort, SuiteSettings.participants());
        sessions = service("sessions-service", sessionsPort, SuiteSettings.sessions());
        notifications = notificationsInstance(notificationsPort);
        portal = new ServiceProcess(
                "participant-portal",
                portalPort,
                root.resolve("participant-portal/target/quarkus-app/quarkus-run.jar"),
                common,
                logDir);
    }

    static synchronized SuiteEnvironment get() throws Exception {
        if (instance == null) {
            signTokensWithTheDevelopmentKey();
            SuiteEnvironment suite = new SuiteEnvironment();
            suite.start();
            Runtime.getRuntime().addShutdownHook(new Thread(suite::stopQuietly));
            instance = suite;
        }
        return instance;
    }

    /**
     * TestTokens signs with smallrye-jwt-build, which reads the key's location from MicroProfile Config: the same
     * development key the services are started with below, so they accept what the tests send. Set before the first
     * token is made (the configuration is read once); a location given on the command line wins.
     */
    private static void signTokensWithTheDevelopmentKey() {
        if (System.getProperty(SIGN_KEY_PROPERTY) == null) {
            System.setProperty(SIGN_KEY_PROPERTY, "file:" + root().resolve("dev-keys/privateKey.pem"));
        }
    }

    static Path root() {
        return Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    }

    /** Another notifications-service on its own port against the same database, for the two-instances test. */
    ServiceProcess notificationsInstance(int port) {
        return notificationsInstance(port, Map.of());
    }

    /** As {@link #notificationsInstance(int)}, with some settings of its own. */
    ServiceProcess notificationsInstance(int port, Map<String, String> settings) {
        Map<String, String> extra = new HashMap<>(SuiteSettings.notifications());
        extra.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        extra.put("QUARKUS_MAILER_PORT", Integer.toString(smtp.port()));
        extra.put("QUARKUS_MAILER_MOCK", "false");
        extra.put("QUARKUS_MAILER_FROM", "Co-production team <team@coproduction.test>");
        // The one-click unsubscribe address in List-Unsubscribe: this instance itself.
        extra.put("COPRODUCTION_PUBLIC_URL", "http://127.0.0.1:" + port);
        extra.putAll(settings);
        return service("notifications-service", port, extra);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void awaitAllReady(List<ServiceProcess> services) {
        for (ServiceProcess service : services) {
            service.awaitReady(START_TIMEOUT);
        }
    }

    private ServiceProcess service(String name, int port, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(common);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", DB_URL + DB_PREFIX + name.replace("-service", ""));
        env.putAll(extra);
        Path jar = root().resolve(name + "/target/quarkus-app/quarkus-run.jar");
        return new ServiceProcess(name, port, jar, env, logDir);
    }

    private void start() throws Exception {
        for (String db : List.of(PARTICIPANTS_DB, SESSIONS_DB, NOTIFICATIONS_DB)) {
            emptyDatabase(db);
        }
        smtp.start();
        traces.start();
        participants.start();
        sessions.start();
        notifications.start();
        portal.start();
        awaitAllReady(List.of(participants, sessions, notifications, portal));
    }

    private static void emptyDatabase(String database) throws Exception {
        try (Connection c = DriverManager.getConnection(DB_URL + database, DB_USER, DB_PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
    }

    private void stopQuietly() {
        try {
            portal.stop();
            notifications.stop();
            sessions.stop();
            participants.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        smtp.stop();
        traces.stop();
    }
}
