package org.coproduction.sessions.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.coproduction.sessions.client.ParticipantDirectory;
import org.coproduction.sessions.client.ParticipantView;
import org.coproduction.sessions.client.ParticipantsClient;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.Sessions;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * participants-service is asked before a transaction opens, never inside one: a slow answer must not hold a
 * database connection and locks. The stand-in client notes, at each lookup, whether a transaction was open.
 */
@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class ParticipantsAskedOutsideTransactionTest extends ApiTest {
    static final List<Boolean> TRANSACTION_OPEN = new CopyOnWriteArrayList<>();

    @BeforeEach
    void noteTransactionsAtEachLookup() {
        TRANSACTION_OPEN.clear();
        QuarkusMock.installMockForType(
                new ParticipantsClient(null, null) {
                    @Override
                    public ParticipantDirectory lookup(Collection<UUID> ids) {
                        TRANSACTION_OPEN.add(transactionOpen());
                        Map<UUID, ParticipantView> found = new LinkedHashMap<>();
                        ids.forEach(id -> found.put(
                                id,
                                new ParticipantView(
                                        id,
                                        "Someone",
                                        null,
                                        "Europe/London",
                                        "ACTIVE",
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null)));
                        return new ParticipantDirectory(found, List.of());
                    }
                },
                ParticipantsClient.class);
    }

    static boolean transactionOpen() {
        try {
            return Arc.container().instance(TransactionManager.class).get().getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void creatingAndChangingProjectsAndSessionsAsksWithNoTransactionOpen() {
        UUID aisha = UUID.randomUUID();
        UUID ben = UUID.randomUUID();
        String project = createProject(aisha);
        asCoordinator().put("/projects/" + project + "/members/" + ben).then().statusCode(200);
        String id = asCoordinator()
                .body(Sessions.body(
                        project, null, "ONLINE", "2027-03-29T17:00:00Z", "2027-03-29T18:30:00Z", aisha, ben))
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asCoordinator()
                .header("If-Match", "\"0\"")
                .body(Map.of("start", "2027-04-05T17:00:00Z", "end", "2027-04-05T18:30:00Z"))
                .patch("/sessions/" + id)
                .then()
                .statusCode(200);

        assertThat(TRANSACTION_OPEN).containsExactly(false, false, false, false);
    }
}
