package org.coproduction.notifications.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny SMTP server for tests of refusals: it answers RCPT for an address starting with "refused-" with a permanent
 * {@code 550 5.1.1} (no such mailbox), for one starting with "busy-" with a temporary {@code 450 4.2.1}, and accepts
 * every other mail, keeping who it was for. GreenMail cannot refuse a recipient, so this stands in for it in the
 * classes that need one (the mailer points here while they run).
 */
public class RefusingSmtp implements QuarkusTestResourceLifecycleManager {

    /** One RCPT command as the server saw it, and whether it was accepted. */
    public record Rcpt(String address, boolean accepted) {}

    public static final List<Rcpt> RCPTS = new CopyOnWriteArrayList<>();
    /** The recipients of every mail accepted, one entry per mail. */
    public static final List<String> DELIVERED = new CopyOnWriteArrayList<>();

    private static final Pattern RCPT = Pattern.compile("RCPT TO:\\s?<([^>]*)>.*", Pattern.CASE_INSENSITIVE);

    private ServerSocket server;
    private ExecutorService connections;

    public static void clear() {
        RCPTS.clear();
        DELIVERED.clear();
    }

    /** How many times the server was asked to take mail for this address. */
    public static long asked(String address) {
        return RCPTS.stream().filter(r -> r.address().equalsIgnoreCase(address)).count();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        connections = Executors.newCachedThreadPool();
        connections.submit(this::accept);
        // A fresh connection per mail, as a refusal may leave a pooled one in a state this small server does not
        // model; the point here is each mail's outcome, not connection reuse.
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(server.getLocalPort()),
                "quarkus.mailer.keep-alive", "false");
    }

    @Override
    public void stop() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        connections.shutdownNow();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.submit(() -> converse(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (socket;
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = socket.getOutputStream()) {
            reply(out, "220 refusing-smtp ESMTP");
            List<String> recipients = new CopyOnWriteArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                Matcher rcpt = RCPT.matcher(line);
                if (command.startsWith("EHLO")) {
                    reply(out, "250-refusing-smtp\r\n250 8BITMIME");
                } else if (command.startsWith("HELO") || command.startsWith("NOOP")) {
                    reply(out, "250 OK");
                } else if (command.startsWith("MAIL FROM")) {
                    recipients.clear();
                    reply(out, "250 2.1.0 OK");
                } else if (rcpt.matches()) {
                    String address = rcpt.group(1);
                    String local = address.toLowerCase(Locale.ROOT);
                    if (local.startsWith("refused-")) {
                        RCPTS.add(new Rcpt(address, false));
                        reply(out, "550 5.1.1 <" + address + ">: Recipient address rejected: no such mailbox");
                    } else if (local.startsWith("busy-")) {
                        RCPTS.add(new Rcpt(address, false));
                        reply(out, "450 4.2.1 <" + address + ">: Mailbox busy, try again later");
                    } else {
                        RCPTS.add(new Rcpt(address, true));
                        recipients.add(address);
                        reply(out, "250 2.1.5 OK");
                    }
                } else if (command.equals("DATA")) {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    String data;
                    while ((data = in.readLine()) != null && !data.equals(".")) {
                        // the content is not needed, only that it arrived
                    }
                    DELIVERED.addAll(recipients);
                    recipients.clear();
                    reply(out, "250 2.0.0 OK queued");
                } else if (command.startsWith("RSET")) {
                    recipients.clear();
                    reply(out, "250 2.0.0 OK");
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 2.0.0 Bye");
                    return;
                } else {
                    reply(out, "502 5.5.2 Command not recognised");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
