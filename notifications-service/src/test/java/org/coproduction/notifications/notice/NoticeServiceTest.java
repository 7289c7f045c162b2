package org.coproduction.notifications.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.coproduction.notifications.client.Participant;
import org.coproduction.notifications.delivery.DeliveryPipeline;
import org.coproduction.notifications.delivery.Workers;
import org.coproduction.notifications.delivery.claim.ClaimScope;
import org.coproduction.notifications.domain.NoticeKind;
import org.junit.jupiter.api.Test;

/** Accepting a notice once per key, including when two calls with the same key race; the store is stood in for. */
class NoticeServiceTest {

    private final List<ClaimScope> drained = new CopyOnWriteArrayList<>();
    private final List<String> created = new CopyOnWriteArrayList<>();
    private final Workers workers = new Workers();
    private final io.micrometer.core.instrument.MeterRegistry registry =
            new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
    private final org.coproduction.notifications.delivery.record.DeliveryMetrics metrics =
            new org.coproduction.notifications.delivery.record.DeliveryMetrics(registry);
    private final DeliveryPipeline pipeline = new DeliveryPipeline(null, null, null, null, null, null, null, null) {
        @Override
        public void drain(ClaimScope scope, Map<UUID, Participant> known) {
            drained.add(scope);
        }
    };

    @Test
    void aNewNoticeIsStoredAndSentInTheBackgroundForItsOwnDeliveriesOnly() {
        UUID id = UUID.randomUUID();
        NoticeService service = new NoticeService(
                store(Optional.empty(), new NoticeStore.Accepted(id, 2), null), pipeline, workers, metrics);

        NoticeStore.Accepted accepted = service.accept(
                "outbox-1",
                NoticeKind.GENERAL,
                "Room change",
                "Upstairs.",
                null,
                List.of(UUID.randomUUID(), UUID.randomUUID()));

        assertThat(accepted).isEqualTo(new NoticeStore.Accepted(id, 2));
        assertThat(created).containsExactly("outbox-1");
        assertThat(registry.counter("coproduction.notices.queued").count())
                .as("one queued notice delivery per recipient")
                .isEqualTo(2.0);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(drained).containsExactly(ClaimScope.notice(id)));
    }

    @Test
    void theSameKeyAgainAnswersWithTheFirstNoticeAndSendsNothing() {
        NoticeStore.Accepted first = new NoticeStore.Accepted(UUID.randomUUID(), 3);
        NoticeService service = new NoticeService(store(Optional.of(first), null, null), pipeline, workers, metrics);

        assertThat(service.accept(
                        "outbox-1",
                        NoticeKind.SESSION_CANCELLED,
                        "s",
                        "b",
                        UUID.randomUUID(),
                        List.of(UUID.randomUUID())))
                .isEqualTo(first);
        assertThat(created).isEmpty();
        assertThat(drained).isEmpty();
        assertThat(registry.counter("coproduction.notices.queued").count())
                .as("a repeat queues nothing")
                .isZero();
    }

    @Test
    void whenTwoCallsWithOneKeyRaceTheLoserAnswersWithTheWinnersNotice() {
        NoticeStore.Accepted winner = new NoticeStore.Accepted(UUID.randomUUID(), 1);
        // Not there when first asked; the insert then clashes on the key because the other call just stored it.
        NoticeStore store = new NoticeStore() {
            private int asked;

            @Override
            public Optional<Accepted> findByKey(String idempotencyKey) {
                return asked++ == 0 ? Optional.empty() : Optional.of(winner);
            }

            @Override
            public Accepted create(
                    String key,
                    NoticeKind kind,
                    String subject,
                    String body,
                    UUID sessionId,
                    List<UUID> participantIds,
                    String requestHash) {
                throw new PersistenceException("duplicate key value violates unique constraint");
            }
        };
        NoticeService service = new NoticeService(store, pipeline, workers, metrics);

        assertThat(service.accept("outbox-2", NoticeKind.GENERAL, "s", "b", null, List.of(UUID.randomUUID())))
                .isEqualTo(winner);
        assertThat(drained).isEmpty();
    }

    @Test
    void theSameKeyWithADifferentNoticeIsRefusedAndSendsNothing() {
        UUID person = UUID.randomUUID();
        String hash = NoticeService.requestHash(NoticeKind.GENERAL, "Room change", "Upstairs.", null, List.of(person));
        NoticeStore.Accepted first = new NoticeStore.Accepted(UUID.randomUUID(), 1, hash);
        NoticeService service = new NoticeService(store(Optional.of(first), null, null), pipeline, workers, metrics);

        assertThat(service.accept("k", NoticeKind.GENERAL, "Room change", "Upstairs.", null, List.of(person, person)))
                .isEqualTo(first);
        assertThatThrownBy(() ->
                        service.accept("k", NoticeKind.GENERAL, "Room change", "Downstairs.", null, List.of(person)))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        assertThatThrownBy(() -> service.accept(
                        "k", NoticeKind.GENERAL, "Room change", "Upstairs.", UUID.randomUUID(), List.of(person)))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(created).isEmpty();
        assertThat(drained).isEmpty();
    }

    @Test
    void aNoticeStoredBeforeHashesWereKeptAnswersAsBefore() {
        NoticeStore.Accepted old = new NoticeStore.Accepted(UUID.randomUUID(), 2);
        NoticeService service = new NoticeService(store(Optional.of(old), null, null), pipeline, workers, metrics);

        assertThat(service.accept("k", NoticeKind.GENERAL, "Anything", "at all", null, List.of(UUID.randomUUID())))
                .isEqualTo(old);
    }

    @Test
    void theHashTellsApartEveryPartAndIgnoresTheOrderOfPeople() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        String hash = NoticeService.requestHash(NoticeKind.GENERAL, "s", "b", null, List.of(a, b));
        assertThat(hash).hasSize(64).matches("[0-9a-f]+");
        assertThat(NoticeService.requestHash(NoticeKind.GENERAL, "s", "b", null, List.of(b, a, b)))
                .isEqualTo(hash);
        assertThat(List.of(
                        NoticeService.requestHash(NoticeKind.SESSION_CANCELLED, "s", "b", null, List.of(a, b)),
                        NoticeService.requestHash(NoticeKind.GENERAL, "sb", "", null, List.of(a, b)),
                        NoticeService.requestHash(NoticeKind.GENERAL, "s", "b", a, List.of(a, b)),
                        NoticeService.requestHash(NoticeKind.GENERAL, "s", "b", null, List.of(a))))
                .doesNotContain(hash)
                .doesNotHaveDuplicates();
    }

    @Test
    void aStorageFailureWithoutAKeyIsNotHidden() {
        PersistenceException failure = new PersistenceException("database is gone");
        NoticeService service = new NoticeService(store(Optional.empty(), null, failure), pipeline, workers, metrics);

        assertThatThrownBy(() -> service.accept(null, NoticeKind.GENERAL, "s", "b", null, List.of(UUID.randomUUID())))
                .isSameAs(failure);
        assertThat(drained).isEmpty();
    }

    @Test
    void aClashWhoseWinnerCannotBeFoundIsNotHiddenEither() {
        PersistenceException failure = new PersistenceException("duplicate key");
        NoticeService service = new NoticeService(store(Optional.empty(), null, failure), pipeline, workers, metrics);

        assertThatThrownBy(() ->
                        service.accept("outbox-3", NoticeKind.GENERAL, "s", "b", null, List.of(UUID.randomUUID())))
                .isSameAs(failure);
    }

    private NoticeStore store(
            Optional<NoticeStore.Accepted> earlier, NoticeStore.Accepted stored, RuntimeException fails) {
        return new NoticeStore() {
            @Override
            public Optional<Accepted> findByKey(String idempotencyKey) {
                return earlier;
            }

            @Override
            public Accepted create(
                    String key,
                    NoticeKind kind,
                    String subject,
                    String body,
                    UUID sessionId,
                    List<UUID> participantIds,
                    String requestHash) {
                if (fails != null) {
                    throw fails;
                }
                created.add(key);
                return stored;
            }
        };
    }
}
