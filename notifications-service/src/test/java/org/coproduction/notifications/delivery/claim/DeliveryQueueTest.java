package org.coproduction.notifications.delivery.claim;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coproduction.notifications.digest.due.DuePeriods;
import org.coproduction.notifications.digest.due.NewDigest;
import org.coproduction.notifications.domain.Delivery;
import org.coproduction.notifications.domain.DeliveryStatus;
import org.coproduction.notifications.retry.DeliveryRetryService;
import org.coproduction.notifications.run.DigestRunStore;
import org.coproduction.notifications.support.InjectWireMock;
import org.coproduction.notifications.support.OtherServicesWireMock;
import org.coproduction.notifications.support.People;
import org.coproduction.notifications.support.SharedSmtp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The claim itself: exclusive under concurrency, and what happens to work left behind by a crash. */
@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class DeliveryQueueTest {

    @RegisterExtension
    static GreenMailExtension smtp = SharedSmtp.SERVER;

    @InjectWireMock
    WireMockServer others;

    @Inject
    DeliveryQueue queue;

    @Inject
    DuePeriods periods;

    @Inject
    DigestRunStore runs;

    @Inject
    DeliveryRetryService jobs;

    @BeforeEach
    void reset() {
        others.resetAll();
    }

    @Test
    void twoClaimersNeverTakeTheSameDelivery() throws Exception {
        UUID run = runs.create(false, "OPS");
        periods.claim(run, newDigests(60), Instant.now());

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Future<List<UUID>>> claimers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            claimers.add(two.submit(() -> {
                go.await();
                List<UUID> mine = new ArrayList<>();
                List<DeliveryWork> batch;
                while (!(batch = queue.claim(ClaimScope.run(run), 7, Instant.now(), Instant.now())).isEmpty()) {
                    batch.forEach(w -> mine.add(w.id()));
                }
                return mine;
            }));
        }
        go.countDown();
        List<UUID> first = claimers.get(0).get();
        List<UUID> second = claimers.get(1).get();
        two.shutdown();

        Set<UUID> overlap = new HashSet<>(first);
        overlap.retainAll(second);
        assertThat(overlap).isEmpty();
        assertThat(first.size() + second.size()).isEqualTo(60);
    }

    @Test
    void afterACrashPreparedWorkIsSentAndInterruptedSendsAreFailedNotRepeated() throws Exception {
        var prepared = People.active(UUID.randomUUID(), "Ada");
        var midSend = People.active(UUID.randomUUID(), "Bo");
        others.stubFor(
                post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(prepared, midSend)))));
        others.stubFor(
                post(urlEqualTo("/agendas")).willReturn(okJson(People.emptyAgendas(List.of(prepared, midSend)))));
        UUID run = runs.create(false, "OPS");
        Instant longAgo = Instant.now().minus(Duration.ofHours(1));
        periods.claim(run, List.of(digestFor(prepared), digestFor(midSend)), longAgo);

        // An instance claimed both an hour ago, got as far as handing Bo's to SMTP, then died.
        List<DeliveryWork> claimed = queue.claim(ClaimScope.run(run), 10, longAgo, longAgo);
        assertThat(claimed).hasSize(2);
        UUID boDelivery = claimed.stream()
                .filter(w -> w.participantId().toString().equals(midSend.get("id")))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(queue.markSending(List.of(boDelivery), claimed.get(0).claimToken(), longAgo))
                .containsExactly(boDelivery);

        Map<String, Delivery> byPerson = new java.util.HashMap<>();
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    jobs.retryWaiting();
                    QuarkusTransaction.requiringNew()
                            .run(() -> Delivery.<Delivery>list("runId", run)
                                    .forEach(d -> byPerson.put(d.participantId.toString(), d)));
                    assertThat(byPerson.get((String) prepared.get("id")).status).isEqualTo(DeliveryStatus.SENT);
                });
        Delivery bo = byPerson.get((String) midSend.get("id"));
        assertThat(bo.status).isEqualTo(DeliveryStatus.UNKNOWN);
        assertThat(bo.lastError).contains("the service stopped while sending it");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getHeader("X-Coproduction-Delivery", null))
                .isNotEqualTo(boDelivery.toString());
        // One Message-ID per delivery, so a receiving system can drop a repeat.
        String adaDelivery = smtp.getReceivedMessages()[0].getHeader("X-Coproduction-Delivery", null);
        assertThat(smtp.getReceivedMessages()[0].getMessageID()).startsWith("<" + adaDelivery + "@");

        // The run's instance died before finishing it: once its sign of life lapses, the retry job closes it, and it
        // reads COMPLETED (Ada's sent, Bo's unknown, nothing waits).
        QuarkusTransaction.requiringNew()
                .run(() -> org.coproduction.notifications.domain.DigestRun.update(
                        "aliveUntil = ?1 where id = ?2", longAgo, run));
        jobs.retryWaiting();
        var counts = runs.counts(run).orElseThrow();
        assertThat(counts.status()).isEqualTo("COMPLETED");
        assertThat(counts.sent()).isEqualTo(1);
        assertThat(counts.error()).contains("its instance stopped");
    }

    @Test
    void aClaimWhoseLeaseLapsedCanNoLongerSendWhatAnotherInstanceTookBack() {
        UUID run = runs.create(false, "OPS");
        Instant longAgo = Instant.now().minus(Duration.ofHours(1));
        periods.claim(run, newDigests(1), longAgo);
        List<DeliveryWork> slow = queue.claim(ClaimScope.run(run), 10, longAgo, longAgo);
        // The slow instance's lease ran out; another instance takes the work back.
        List<DeliveryWork> fresh = queue.claim(ClaimScope.run(run), 10, Instant.now(), Instant.now());
        assertThat(fresh)
                .extracting(DeliveryWork::id)
                .containsExactlyElementsOf(slow.stream().map(DeliveryWork::id).toList());

        UUID id = slow.get(0).id();
        assertThat(queue.markSending(List.of(id), slow.get(0).claimToken(), Instant.now()))
                .isEmpty();
        assertThat(queue.markSending(List.of(id), fresh.get(0).claimToken(), Instant.now()))
                .containsExactly(id);
    }

    private static NewDigest digestFor(Map<String, Object> person) {
        Instant dueAt = Instant.now().minus(Duration.ofHours(2));
        return new NewDigest(
                UUID.fromString((String) person.get("id")),
                "WEEKLY:" + LocalDate.now(),
                LocalDate.now(),
                dueAt.minus(Duration.ofDays(14)),
                dueAt);
    }

    private static List<NewDigest> newDigests(int n) {
        List<NewDigest> digests = new ArrayList<>();
        Instant dueAt = Instant.now().minus(Duration.ofHours(1));
        for (int i = 0; i < n; i++) {
            digests.add(new NewDigest(
                    UUID.randomUUID(),
                    "WEEKLY:2027-03-29",
                    LocalDate.of(2027, 3, 29),
                    dueAt.minus(Duration.ofDays(14)),
                    dueAt));
        }
        return digests;
    }
}
