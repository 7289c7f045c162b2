package org.coproduction.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, on the real jars: a forced digest run counts as the period's digest, so the run the schedule makes next
 * sends nobody a second one (as the demo does: a forced run, then the schedule); with nothing new, the "work goes on"
 * note goes once a month and no digest after it.
 */
class DigestPeriodIT {

    static Coordinator coordinator;
    final String unique = UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    static void start() throws Exception {
        coordinator = new Coordinator(SuiteEnvironment.get());
    }

    @Test
    void aForcedRunThenThePeriodsRunGiveEachPersonOneDigest() throws Exception {
        List<People.Person> readers = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            People.Person reader = new People.Person("once" + i, "Once Reader " + i, "Reader " + i, "LIVED_EXPERIENCE");
            readers.add(reader);
            ids.add(coordinator.register(reader));
        }
        UUID projectId = coordinator.project("One digest " + unique, ids);
        coordinator.postUpdate(projectId, Updates.spring());

        coordinator.forcedRun(ids);
        for (People.Person reader : readers) {
            coordinator.awaitMailsTo(reader.email(), 1);
        }
        // What the schedule does next (a run that is not forced): the forced digest was this period's.
        Map<String, Object> scheduled =
                coordinator.settled(coordinator.startRun(Map.of("participantIds", ids, "force", false)));
        assertThat(((Number) scheduled.get("sent")).intValue())
                .as("digests sent by the period's run")
                .isZero();
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (People.Person reader : readers) {
                assertThat(coordinator.mailsTo(reader.email()))
                        .as("digests for " + reader.key)
                        .hasSize(1);
            }
        });

        // Forced again with nothing new since: the "work goes on" note, which goes at most once a month...
        coordinator.forcedRun(List.of(ids.get(0)));
        List<Mailbox.Mail> mails = coordinator.awaitMailsTo(readers.get(0).email(), 2);
        assertThat(Mailbox.words(mails.get(1).html())).contains("the work goes on");
        // ...so once more, with nothing new and the note given this month, nothing is sent, and the log says why.
        coordinator.forcedRun(List.of(ids.get(0)));
        assertThat(coordinator.deliveries(ids.get(0), "DIGEST")).anySatisfy(d -> {
            assertThat(d.get("status")).isEqualTo("SKIPPED");
            assertThat(String.valueOf(d.get("lastError"))).contains("nothing new since the last digest");
        });
        assertThat(coordinator.mailsTo(readers.get(0).email())).hasSize(2);
    }
}
