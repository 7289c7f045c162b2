package org.coproduction.sessions.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coproduction.sessions.domain.NoticeKind;
import org.coproduction.sessions.domain.OutboxNotice;
import org.coproduction.sessions.service.OutboxDispatcher;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.Sessions;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: someone invited to a session is sent one SESSION_INVITATION notice (notifications-service adds their
 * answer links and the calendar file): everyone on a new session, only the newcomers when invitees change, and
 * nobody for a session that is cancelled or already started.
 */
@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class InvitationNoticeFlowsTest extends ApiTest {
    static final String START = "2027-03-29T17:00:00Z";
    static final String END = "2027-03-29T18:30:00Z";

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    ObjectMapper json;

    @Test
    void aNewSessionInvitesEveryoneOnceAndAddingSomeoneLaterInvitesOnlyThem() throws Exception {
        UUID aisha = People.person("Aisha").register();
        UUID ben = People.person("Ben").register();
        UUID carys = People.person("Carys").register();
        String project = createProject(aisha, ben, carys);
        String id = create(Sessions.body(project, null, "ONLINE", START, END, aisha, ben));

        List<JsonNode> sent = sendAndRead(id);
        assertThat(sent).hasSize(1);
        JsonNode invitation = sent.get(0);
        assertThat(invitation.path("kind").asText()).isEqualTo("SESSION_INVITATION");
        assertThat(invitation.path("sessionId").asText()).isEqualTo(id);
        assertThat(ids(invitation)).containsExactlyInAnyOrder(aisha.toString(), ben.toString());
        // Facts only: notifications-service writes the subject and message in each reader's language.
        assertThat(invitation.has("subject")).isFalse();
        assertThat(invitation.has("body")).isFalse();
        assertThat(invitation.has("previous")).isFalse();
        JsonNode session = invitation.path("session");
        assertThat(session.path("title").asText()).isEqualTo("Planning the spring workshops");
        assertThat(session.path("projectName").asText()).isEqualTo("Crisis line redesign");
        assertThat(session.path("purpose").asText()).isEqualTo("Agree dates and topics");
        assertThat(session.path("type").asText()).isEqualTo("MEETING");
        assertThat(session.path("format").asText()).isEqualTo("ONLINE");
        assertThat(session.path("start").asText()).isEqualTo(START);
        assertThat(session.path("end").asText()).isEqualTo(END);
        assertThat(session.path("timeZone").asText()).isEqualTo("Europe/London");
        assertThat(session.path("venue").isNull()).isTrue();
        assertThat(session.path("joiningLink").isNull()).isTrue();
        assertThat(session.path("sequence").asLong()).isZero();

        asCoordinator()
                .body(Map.of("invitees", List.of(aisha, ben, carys)))
                .patch("/sessions/" + id)
                .then()
                .statusCode(200);

        sent = sendAndRead(id);
        assertThat(sent).hasSize(2);
        assertThat(sent).allSatisfy(n -> {
            assertThat(n.path("kind").asText()).isEqualTo("SESSION_INVITATION");
            assertThat(n.path("sessionId").asText()).isEqualTo(id);
        });
        // Carys alone gets the new one; Aisha and Ben hear nothing new, as only who is invited changed.
        assertThat(sent)
                .extracting(n -> Set.copyOf(ids(n)))
                .containsExactlyInAnyOrder(Set.of(aisha.toString(), ben.toString()), Set.of(carys.toString()));
        assertThat(kinds(id)).containsExactly(NoticeKind.SESSION_INVITATION, NoticeKind.SESSION_INVITATION);
    }

    @Test
    void aMoveThatAlsoAddsSomeoneTellsTheOldInviteesOfTheChangeAndInvitesTheNewcomer() {
        UUID aisha = People.person("Aisha").register();
        UUID ben = People.person("Ben").register();
        UUID carys = People.person("Carys").register();
        String id = create(Sessions.body(createProject(aisha, ben, carys), null, "ONLINE", START, END, aisha, ben));

        asCoordinator()
                .body(Map.of(
                        "invitees",
                        List.of(aisha, carys),
                        "start",
                        "2027-04-05T17:00:00Z",
                        "end",
                        "2027-04-05T18:30:00Z"))
                .patch("/sessions/" + id)
                .then()
                .statusCode(200);

        List<OutboxNotice> notices = notices(id);
        assertThat(notices)
                .extracting(n -> n.kind)
                .containsExactlyInAnyOrder(
                        NoticeKind.SESSION_INVITATION, NoticeKind.SESSION_CHANGED, NoticeKind.SESSION_INVITATION);
        // Ben was taken off the list and still hears of the change; Carys is invited to the session as it now is.
        OutboxNotice change = only(notices, NoticeKind.SESSION_CHANGED);
        assertThat(change.recipients).containsExactlyInAnyOrder(aisha, ben);
        OutboxNotice invitation = notices.stream()
                .filter(n -> n.kind == NoticeKind.SESSION_INVITATION && n.recipients.contains(carys))
                .findFirst()
                .orElseThrow();
        assertThat(invitation.recipients).containsExactly(carys);
        assertThat(invitation.subject).isNull();
        assertThat(invitation.sessionFacts).contains("\"start\":\"2027-04-05T17:00:00Z\"");
        assertThat(invitation.previousFacts).isNull();
    }

    @Test
    void aCancelledSessionInvitesNobody() throws Exception {
        UUID aisha = People.person("Aisha").register();
        UUID ben = People.person("Ben").register();
        String id = create(Sessions.body(createProject(aisha, ben), null, "ONLINE", START, END, aisha));
        asCoordinator()
                .body(Map.of("reason", "Snow"))
                .post("/sessions/" + id + "/cancel")
                .then()
                .statusCode(200);

        asCoordinator()
                .body(Map.of("invitees", List.of(aisha, ben)))
                .patch("/sessions/" + id)
                .then()
                .statusCode(409);

        // The invitation from when it was created, the cancellation, and nothing for Ben.
        assertThat(kinds(id)).containsExactly(NoticeKind.SESSION_INVITATION, NoticeKind.SESSION_CANCELLED);
        List<JsonNode> sent = sendAndRead(id);
        assertThat(sent)
                .extracting(n -> n.path("kind").asText())
                .containsExactlyInAnyOrder("SESSION_INVITATION", "SESSION_CANCELLED");
        assertThat(sent).allSatisfy(n -> assertThat(ids(n)).containsExactly(aisha.toString()));
    }

    @Test
    void aSessionThatHasAlreadyStartedInvitesNobody() {
        UUID aisha = People.person("Aisha").register();
        UUID ben = People.person("Ben").register();
        Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        Instant end = start.plus(1, ChronoUnit.HOURS);
        String id = create(
                Sessions.body(createProject(aisha, ben), null, "ONLINE", start.toString(), end.toString(), aisha));

        asCoordinator()
                .body(Map.of("invitees", List.of(aisha, ben)))
                .patch("/sessions/" + id)
                .then()
                .statusCode(200);

        assertThat(notices(id)).isEmpty();
    }

    static String create(Map<String, Object> body) {
        return asCoordinator()
                .body(body)
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The session's notices in the order they were queued. */
    static List<OutboxNotice> notices(String sessionId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> OutboxNotice.<OutboxNotice>list(
                        "sessionId = ?1 order by createdAt", UUID.fromString(sessionId)));
    }

    static OutboxNotice only(List<OutboxNotice> notices, NoticeKind kind) {
        List<OutboxNotice> ofKind = notices.stream().filter(n -> n.kind == kind).toList();
        assertThat(ofKind).hasSize(1);
        return ofKind.get(0);
    }

    static List<NoticeKind> kinds(String sessionId) {
        return notices(sessionId).stream().map(n -> n.kind).toList();
    }

    /** Sends everything due, then reads the bodies notifications-service got for this session, oldest first. */
    List<JsonNode> sendAndRead(String sessionId) throws Exception {
        for (int batches = 0; batches < 100 && dispatcher.dispatchDue() > 0; batches++) {
            // Other tests' notices may be due too; each batch is capped, so keep going until none is left.
        }
        List<JsonNode> bodies = new ArrayList<>();
        for (var request : WireMockServers.notifications()
                .findAll(postRequestedFor(urlEqualTo("/notices"))
                        .withRequestBody(matchingJsonPath("$.sessionId", equalTo(sessionId))))) {
            bodies.add(json.readTree(request.getBodyAsString()));
        }
        return bodies;
    }

    static List<String> ids(JsonNode notice) {
        List<String> ids = new ArrayList<>();
        notice.path("participantIds").forEach(p -> ids.add(p.asText()));
        return ids;
    }
}
