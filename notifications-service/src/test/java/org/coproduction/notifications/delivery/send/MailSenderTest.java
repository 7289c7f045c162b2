package org.coproduction.notifications.delivery.send;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.mail.SMTPException;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coproduction.notifications.delivery.compose.OutgoingMail;
import org.coproduction.notifications.support.TestConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The send step on its own: every mail gets an outcome, whatever the SMTP server does with it. */
class MailSenderTest {

    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
    private final TestConfig config = new TestConfig();
    private final List<String> handedOver = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        later.shutdownNow();
    }

    @Test
    void nothingToSendAsksNothingOfTheServer() {
        MailSender sender = new MailSender(
                mail -> {
                    throw new AssertionError("the SMTP server must not be asked");
                },
                config);

        assertThat(sender.send(List.of())).isEmpty();
    }

    @Test
    void eachMailGetsItsOwnOutcomeAndARefusalDoesNotStopTheOthers() {
        MailSender sender = new MailSender(
                mailer(to -> switch (to) {
                    case "refused@example.org" ->
                        Uni.createFrom()
                                .failure(new IllegalStateException(
                                        "send failed", new ConnectException("Connection refused")));
                    default -> Uni.createFrom().voidItem();
                }),
                config);
        OutgoingMail ok = outgoing("ok@example.org");
        OutgoingMail refused = outgoing("refused@example.org");
        OutgoingMail alsoOk = outgoing("also-ok@example.org");

        Map<UUID, SendOutcome> outcomes = byDelivery(sender.send(List.of(ok, refused, alsoOk)));

        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(ok.deliveryId()).sent()).isTrue();
        assertThat(outcomes.get(alsoOk.deliveryId()).error()).isNull();
        assertThat(outcomes.get(refused.deliveryId()).sent()).isFalse();
        // The root cause names what went wrong; the mail's content never appears.
        assertThat(outcomes.get(refused.deliveryId()).error()).isEqualTo("SMTP: ConnectException: Connection refused");
        assertThat(handedOver)
                .containsExactlyInAnyOrder("ok@example.org", "refused@example.org", "also-ok@example.org");
    }

    @Test
    void aMailTheServerNeverAnswersCountsAsAFailedAttemptAfterTheTimeout() {
        config.sendTimeout = Duration.ofMillis(200);
        MailSender sender = new MailSender(
                mailer(to -> "slow@example.org".equals(to)
                        ? Uni.createFrom().nothing()
                        : Uni.createFrom().voidItem()),
                config);
        OutgoingMail slow = outgoing("slow@example.org");
        OutgoingMail fast = outgoing("fast@example.org");

        Map<UUID, SendOutcome> outcomes = byDelivery(sender.send(List.of(slow, fast)));

        assertThat(outcomes.get(fast.deliveryId()).sent()).isTrue();
        assertThat(outcomes.get(slow.deliveryId()).sent()).isFalse();
        assertThat(outcomes.get(slow.deliveryId()).error()).startsWith("SMTP: TimeoutException");
    }

    @Test
    void noMoreThanTheConfiguredNumberOfMailsAreInFlightAtOnce() {
        config.sendConcurrency = 2;
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        MailSender sender = new MailSender(
                mailer(to -> Uni.createFrom().emitter(done -> {
                    most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    later.schedule(
                            () -> {
                                inFlight.decrementAndGet();
                                done.complete(null);
                            },
                            30,
                            TimeUnit.MILLISECONDS);
                })),
                config);
        List<OutgoingMail> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(outgoing("person" + i + "@example.org"));
        }

        List<SendOutcome> outcomes = sender.send(six);

        assertThat(outcomes).hasSize(6).allSatisfy(o -> assertThat(o.sent()).isTrue());
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aConcurrencyOfZeroStillSendsOneAtATime() {
        config.sendConcurrency = 0;
        MailSender sender = new MailSender(mailer(to -> Uni.createFrom().voidItem()), config);

        assertThat(sender.send(List.of(outgoing("a@example.org"), outgoing("b@example.org"))))
                .hasSize(2)
                .allSatisfy(o -> assertThat(o.sent()).isTrue());
    }

    @Test
    void aRefusalQuotingTheRecipientOrSubjectIsStoredWithoutThem() {
        MailSender sender = new MailSender(
                mailer(to -> Uni.createFrom()
                        .failure(new IllegalStateException(
                                "send failed",
                                new IOException("550 <" + to + ">: mailbox unavailable; rejected 'Subject'")))),
                config);
        OutgoingMail refused = outgoing("grace.hopper@example.org");

        SendOutcome outcome = sender.send(List.of(refused)).get(0);

        assertThat(outcome.error())
                .isEqualTo("SMTP: IOException: 550 <[redacted]>: mailbox unavailable; rejected '[redacted]'")
                .doesNotContain("grace", "hopper");
    }

    @Test
    void failuresAreDescribedByTheirRootCauseTypeAndMessage() {
        assertThat(MailSender.describe(null)).isNull();
        assertThat(MailSender.describe(new IOException("Broken pipe"))).isEqualTo("SMTP: IOException: Broken pipe");
        assertThat(MailSender.describe(new RuntimeException(new IllegalStateException())))
                .isEqualTo("SMTP: IllegalStateException");
        assertThat(MailSender.describe(new RuntimeException(
                        "outer", new RuntimeException("middle", new ConnectException("Connection refused")))))
                .isEqualTo("SMTP: ConnectException: Connection refused");
    }

    @Test
    void aPermanentRefusalIsToldApartFromOneWorthTryingAgain() {
        MailSender sender = new MailSender(
                mailer(to -> switch (to) {
                    case "gone@example.org" ->
                        Uni.createFrom()
                                .failure(new IllegalStateException(
                                        "send failed",
                                        smtp(
                                                "recipient address not accepted",
                                                550,
                                                "5.1.1 <gone@example.org>: "
                                                        + "Recipient address rejected: no such mailbox")));
                    case "busy@example.org" ->
                        Uni.createFrom().failure(smtp("recipient address not accepted", 450, "4.2.1 Mailbox busy"));
                    case "away@example.org" -> Uni.createFrom().failure(new ConnectException("Connection refused"));
                    default -> Uni.createFrom().voidItem();
                }),
                config);
        OutgoingMail gone = outgoing("gone@example.org");
        OutgoingMail busy = outgoing("busy@example.org");
        OutgoingMail away = outgoing("away@example.org");
        OutgoingMail fine = outgoing("fine@example.org");

        Map<UUID, SendOutcome> outcomes = byDelivery(sender.send(List.of(gone, busy, away, fine)));

        SendOutcome refused = outcomes.get(gone.deliveryId());
        assertThat(refused.rejected()).isTrue();
        assertThat(refused.error())
                .startsWith("SMTP 550, refused for good: ")
                .contains("5.1.1", "no such mailbox")
                .doesNotContain("gone@");
        assertThat(outcomes.get(busy.deliveryId()).rejected()).isFalse();
        assertThat(outcomes.get(busy.deliveryId()).error()).startsWith("SMTP 450, not accepted for now: ");
        assertThat(outcomes.get(away.deliveryId()).rejected()).isFalse();
        assertThat(outcomes.get(away.deliveryId()).error()).isEqualTo("SMTP: ConnectException: Connection refused");
        assertThat(outcomes.get(fine.deliveryId()).sent()).isTrue();
        assertThat(outcomes.get(fine.deliveryId()).rejected()).isFalse();
    }

    @Test
    void aMailTheClientRefusesOutrightIsAnOutcomeAndTheOthersStillGo() {
        MailSender sender = new MailSender(
                mails -> {
                    String to = mails[0].getTo().get(0);
                    handedOver.add(to);
                    if (to.startsWith("bad")) {
                        throw new IllegalArgumentException("header value has a line break");
                    }
                    return Uni.createFrom().voidItem();
                },
                config);
        OutgoingMail bad = outgoing("bad@example.org");
        OutgoingMail good = outgoing("good@example.org");

        Map<UUID, SendOutcome> outcomes = byDelivery(sender.send(List.of(bad, good)));

        assertThat(outcomes.get(bad.deliveryId()).error())
                .isEqualTo("SMTP: IllegalArgumentException: header value has a line break");
        assertThat(outcomes.get(bad.deliveryId()).rejected()).isFalse();
        assertThat(outcomes.get(good.deliveryId()).sent()).isTrue();
    }

    @Test
    void theSubjectGoesOutEncodedButTheMailKeepsItAsWritten() {
        List<Mail> seen = new ArrayList<>();
        MailSender sender = new MailSender(
                mails -> {
                    seen.add(mails[0]);
                    return Uni.createFrom().voidItem();
                },
                config);
        OutgoingMail mail = new OutgoingMail(UUID.randomUUID(), Mail.withText("a@example.org", "Hwyl 🎉", "Body"));

        assertThat(sender.send(List.of(mail)).get(0).sent()).isTrue();

        assertThat(seen.get(0).getSubject()).isEqualTo("Hwyl 🎉");
        assertThat(seen.get(0).getHeaders().get("Subject")).containsExactly(MailSubject.encode("Hwyl 🎉"));
    }

    private static SMTPException smtp(String message, int code, String text) {
        return new SMTPException(message, code, List.of(code + " " + text), false);
    }

    private ReactiveMailer mailer(Function<String, Uni<Void>> answerFor) {
        return mails -> {
            String to = mails[0].getTo().get(0);
            handedOver.add(to);
            return answerFor.apply(to);
        };
    }

    private static OutgoingMail outgoing(String to) {
        return new OutgoingMail(UUID.randomUUID(), Mail.withText(to, "Subject", "Body"));
    }

    private static Map<UUID, SendOutcome> byDelivery(List<SendOutcome> outcomes) {
        return outcomes.stream().collect(Collectors.toMap(SendOutcome::deliveryId, Function.identity()));
    }
}
