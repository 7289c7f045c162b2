package org.coproduction.suite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.coproduction.platform.testing.Problems;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 8's "Done when", checked on the three real jars: an unknown query parameter, a NUL byte in a text field or a
 * malformed If-Match is a 400 problem in every service (and nothing is stored), and no hostile body or query makes
 * any service answer 5xx. The requests are written out as raw text, since most of them cannot be built from a map.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HttpContractIT {

    private static final String JSON = "application/json";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    /** The last instant java.time can hold: far outside any calendar the services plan in. */
    private static final String FAR = "+999999999-12-31T23:59:59Z";

    private static final String FAR_DATE = "+999999999-12-31";
    /** A NUL byte as JSON writes it; PostgreSQL refuses it in text, so it must never get that far. */
    private static final String NUL = "\\u0000";

    /** Each hostile request's status, written out after the run so a person can see what each one got. */
    private static final List<String> ANSWERS = new CopyOnWriteArrayList<>();

    static SuiteEnvironment suite;
    /** Two people of our own: A is invited to the session, B is not and is the "someone else" of the checks. */
    static UUID personA;

    static UUID personB;
    static UUID projectId;
    static UUID sessionId;
    static Map<String, Object> before;

    @BeforeAll
    static void startSuiteAndCreateFixtures() throws Exception {
        suite = SuiteEnvironment.get();
        personA = register(new People.Person("contract-a", "Contract Person A", "A", "LIVED_EXPERIENCE"));
        // B is made from the template the hostile bodies vary, and the slot search below from its own: both
        // templates are valid, so each hostile request differs from a good one in exactly what it names.
        personB = created(send(
                suite.participants,
                coordinator(),
                "POST",
                "/participants",
                JSON,
                participant("name", "\"Contract Person B\"")));
        projectId = created(send(
                suite.sessions,
                coordinator(),
                "POST",
                "/projects",
                JSON,
                "{\"name\": \"HTTP contract checks\", \"purpose\": \"Hostile requests\", \"memberIds\": [\"" + personA
                        + "\", \"" + personB + "\"]}"));
        send(
                        suite.sessions,
                        coordinator(),
                        "POST",
                        "/projects/" + projectId + "/updates",
                        JSON,
                        "{\"title\": \"Contract update\", \"body\": \"Nothing to see.\"}")
                .then()
                .statusCode(201);
        created(
                send(
                        suite.sessions,
                        coordinator(),
                        "POST",
                        "/venues",
                        JSON,
                        "{\"name\": \"Contract Room\", \"address\": \"1 Test Street\", \"format\": \"IN_PERSON\", \"features\": []}"));
        sessionId = created(send(suite.sessions, coordinator(), "POST", "/sessions", JSON, session()));
        send(suite.sessions, coordinator(), "POST", "/slot-search", JSON, slotSearch())
                .then()
                .statusCode(200);
        before = storedState();
    }

    // ---------------------------------------------------------------------------------------------- (a) unknown query

    @ParameterizedTest(name = "{0} GET {1} with ?{2}=")
    @CsvSource({
        "participants-service, /participants, trainingInterest",
        "sessions-service, /projects, bogus",
        "sessions-service, /venues, bogus",
        "sessions-service, /sessions, invitee",
        "sessions-service, /projects/{project}/updates, bogus",
        "sessions-service, /contributions?from=2027-01-01T00:00:00Z&to=2027-02-01T00:00:00Z, bogus",
        "notifications-service, /deliveries, bogus"
    })
    @Order(1)
    void anUnknownQueryParameterOnAListIsA400NamingIt(String service, String path, String parameter) {
        String target = path.replace("{project}", projectId.toString());
        Response response = send(
                service(service),
                coordinator(),
                "GET",
                target + (target.contains("?") ? "&" : "?") + parameter + "=FACILITATION",
                null,
                null);
        Problems.assertInvalidFields(response, parameter);
    }

    // ------------------------------------------------------------------------------------- (b) NUL byte, nothing kept

    @Test
    @Order(2)
    void aNulByteInAParticipantIsA400NamingTheFieldAndNothingIsStored() {
        int total = total(suite.participants, "/participants?size=1");
        String marker = "Nulcheck" + UUID.randomUUID().toString().substring(0, 8);

        Problems.assertInvalidFields(
                send(
                        suite.participants,
                        coordinator(),
                        "POST",
                        "/participants",
                        JSON,
                        participant("name", "\"" + marker + NUL + "\"")),
                "name");
        Problems.assertInvalidFields(
                send(
                        suite.participants,
                        coordinator(),
                        "POST",
                        "/participants",
                        JSON,
                        participant("name", "\"" + marker + "\"", "notes", "\"Seat near the door." + NUL + "\"")),
                "accessNeeds.notes");

        assertThat(total(suite.participants, "/participants?size=1"))
                .as("participants after refused creates")
                .isEqualTo(total);
        assertThat(total(suite.participants, query("/participants", "q", marker)))
                .as("participants named " + marker)
                .isZero();
    }

    @Test
    @Order(2)
    void aNulByteInASessionsServiceRecordIsA400NamingTheFieldAndNothingIsStored() {
        int projects = total(suite.sessions, "/projects?size=1");
        int venues = total(suite.sessions, "/venues?size=1");
        int sessions = total(suite.sessions, "/sessions?size=1&projectId=" + projectId);
        int updates = total(suite.sessions, "/projects/" + projectId + "/updates?size=1");

        Problems.assertInvalidFields(
                send(
                        suite.sessions,
                        coordinator(),
                        "POST",
                        "/projects",
                        JSON,
                        "{\"name\": \"Nul" + NUL + "project\", \"memberIds\": [\"" + personA + "\"]}"),
                "name");
        Problems.assertInvalidFields(
                send(
                        suite.sessions,
                        coordinator(),
                        "POST",
                        "/projects/" + projectId + "/updates",
                        JSON,
                        "{\"title\": \"Nul update\", \"body\": \"A body" + NUL + " with a NUL.\"}"),
                "body");
        Problems.assertInvalidFields(
                send(
                        suite.sessions,
                        coordinator(),
                        "POST",
                        "/venues",
                        JSON,
                        "{\"name\": \"Nul" + NUL + "room\", \"format\": \"ONLINE\"}"),
                "name");
        Problems.assertInvalidFields(
                send(
                        suite.sessions,
                        coordinator(),
                        "POST",
                        "/sessions",
                        JSON,
                        session("title", "\"Nul" + NUL + "session\"")),
                "title");

        assertThat(total(suite.sessions, "/projects?size=1")).as("projects").isEqualTo(projects);
        assertThat(total(suite.sessions, "/venues?size=1")).as("venues").isEqualTo(venues);
        assertThat(total(suite.sessions, "/sessions?size=1&projectId=" + projectId))
                .as("sessions")
                .isEqualTo(sessions);
        assertThat(total(suite.sessions, "/projects/" + projectId + "/updates?size=1"))
                .as("updates")
                .isEqualTo(updates);
    }

    @Test
    @Order(2)
    void aNulByteInANoticeIsA400NamingTheFieldAndNothingIsSent() {
        String deliveries = "/deliveries?size=1&participantId=" + personB;
        int total = total(suite.notifications, deliveries);

        Problems.assertInvalidFields(
                send(
                        suite.notifications,
                        coordinator(),
                        "POST",
                        "/notices",
                        JSON,
                        notice("subject", "\"Nul" + NUL + "subject\"")),
                "subject");
        Problems.assertInvalidFields(
                send(
                        suite.notifications,
                        coordinator(),
                        "POST",
                        "/notices",
                        JSON,
                        notice("body", "\"A body" + NUL + " with a NUL.\"")),
                "body");

        assertThat(total(suite.notifications, deliveries))
                .as("deliveries to B after refused notices")
                .isEqualTo(total);
    }

    // ---------------------------------------------------------------------------------------- (c) malformed If-Match

    @Test
    @Order(3)
    void aMalformedIfMatchOnAParticipantIsA400AndChangesNothing() {
        Response read = send(suite.participants, coordinator(), "GET", "/participants/" + personA, null, null);
        read.then().statusCode(200);
        String etag = read.header("ETag");

        Problems.assertInvalidFields(
                send(
                        suite.participants,
                        coordinator(),
                        "PUT",
                        "/participants/" + personA,
                        JSON,
                        read.asString()
                                .replaceFirst("\"preferredName\"\\s*:\\s*\"A\"", "\"preferredName\": \"Changed\""),
                        "If-Match",
                        "abc"),
                "If-Match");
        Problems.assertInvalidFields(
                send(
                        suite.participants,
                        coordinator(),
                        "PATCH",
                        "/participants/" + personA,
                        MERGE_PATCH,
                        "{\"preferredName\": \"Changed\"}",
                        "If-Match",
                        "abc"),
                "If-Match");

        Response after = send(suite.participants, coordinator(), "GET", "/participants/" + personA, null, null);
        assertThat(after.header("ETag")).isEqualTo(etag);
        assertThat(after.jsonPath().getString("preferredName")).isEqualTo("A");
    }

    @Test
    @Order(3)
    void aMalformedIfMatchOnASessionIsA400AndChangesNothing() {
        Response read = send(suite.sessions, coordinator(), "GET", "/sessions/" + sessionId, null, null);
        read.then().statusCode(200);
        String etag = read.header("ETag");

        Problems.assertInvalidFields(
                send(
                        suite.sessions,
                        coordinator(),
                        "PATCH",
                        "/sessions/" + sessionId,
                        MERGE_PATCH,
                        "{\"title\": \"Changed\"}",
                        "If-Match",
                        "abc"),
                "If-Match");

        Response after = send(suite.sessions, coordinator(), "GET", "/sessions/" + sessionId, null, null);
        assertThat(after.header("ETag")).isEqualTo(etag);
        assertThat(after.jsonPath().getString("title")).isEqualTo("Contract session");
    }

    // -------------------------------------------------------------------------------------------- (d) hostile requests

    @TestFactory
    @Order(4)
    Stream<DynamicTest> participantsServiceNeverAnswers5xxToHostileRequests() {
        Fuzz f = new Fuzz(suite.participants);
        String a = "/participants/" + personA;
        String b = "/participants/" + personB;
        f.get("offset that overflows", "/participants?page=10737419&size=200");
        f.get("page far past the end", "/participants?page=2147483647");
        f.get("size not a number", "/participants?size=abc");
        f.get("size beyond a long", "/participants?size=99999999999999999999");
        f.get("negative page", "/participants?page=-1");
        f.get("size repeated", "/participants?size=10&size=20");
        f.get("unknown role", "/participants?role=ASTRONAUT");
        f.get("unknown need", "/participants?need=TELEPORTER");
        f.get("NUL in q", query("/participants", "q", "ab\u0000c"));
        f.get("very long q", query("/participants", "q", "x".repeat(3000)));
        f.get("id that is not a UUID", "/participants/not-a-uuid");
        f.post(
                "consent written by the client",
                "/participants",
                participant("unavailable", "[]").replace("}}", "}, \"consent\": {\"version\": \"2026-11\"}}"));
        f.post(
                "far-off absence",
                "/participants",
                participant("unavailable", "[{\"from\": \"2027-01-01T00:00:00Z\", \"to\": \"" + FAR + "\"}]"));
        f.post(
                "number for an instant",
                "/participants",
                participant("unavailable", "[{\"from\": 1700000000, \"to\": \"2027-01-01T00:00:00Z\"}]"));
        f.post("null in a list", "/participants", participant("needs", "[null]"));
        f.post("unknown need", "/participants", participant("needs", "[\"TELEPORTER\"]"));
        f.post("unknown role", "/participants", participant("role", "\"ASTRONAUT\""));
        f.post("\"7\" for a whole number", "/participants", participant("maxSessions", "\"7\""));
        f.post("1.5 for a whole number", "/participants", participant("maxSessions", "1.5"));
        f.post("1e999999 for a name", "/participants", participant("name", "1e999999"));
        f.post("huge name", "/participants", participant("name", "\"" + "N".repeat(10_000) + "\""));
        f.post("body over the limit", "/participants", participant("notes", "\"" + "n".repeat(300_000) + "\""));
        f.post("line feed in a name", "/participants", participant("name", "\"Two\\nLines\""));
        f.post("offset zone", "/participants", participant("timeZone", "\"+01:00\""));
        f.post("zone that does not exist", "/participants", participant("timeZone", "\"Mars/Olympus_Mons\""));
        f.post("trailing junk", "/participants", participant() + " }{ junk");
        f.post("duplicate keys", "/participants", participant().replaceFirst("\\{", "{\"name\": \"Twice\", "));
        f.post("unknown field", "/participants", participant().replaceFirst("\\{", "{\"trainingInterest\": \"X\", "));
        f.post("JSON null", "/participants", "null");
        f.post("a list", "/participants", "[]");
        f.post("not JSON", "/participants", "{\"name\": ");
        f.send("empty body", coordinator(), "POST", "/participants", JSON, "");
        f.send("text/plain body", coordinator(), "POST", "/participants", "text/plain", participant());
        f.post("lookup with null", "/participants/lookup", "{\"ids\": [null]}");
        f.post("lookup with a non-UUID", "/participants/lookup", "{\"ids\": [\"not-a-uuid\"]}");
        f.post("lookup of 1001 ids", "/participants/lookup", "{\"ids\": " + ids(1001) + "}");
        f.send("patch that is a list", coordinator(), "PATCH", a, MERGE_PATCH, "[1, 2]");
        f.send("patch nested 5000 deep", coordinator(), "PATCH", a, MERGE_PATCH, deep(5000));
        f.send(
                "patch with a far-off absence",
                coordinator(),
                "PATCH",
                a,
                MERGE_PATCH,
                "{\"availability\": {\"unavailable\": [{\"from\": \"" + FAR + "\", \"to\": \"" + FAR + "\"}]}}");
        f.send(
                "If-Match of 19 digits",
                coordinator(),
                "PATCH",
                a,
                MERGE_PATCH,
                "{\"preferredName\": \"X\"}",
                "If-Match",
                "\"9999999999999999999\"");
        f.send(
                "If-Match without quotes",
                coordinator(),
                "PATCH",
                a,
                MERGE_PATCH,
                "{\"preferredName\": \"X\"}",
                "If-Match",
                "3");
        f.send("someone else's record", participantToken(personA), "GET", b, null, null);
        f.send(
                "changing someone else",
                participantToken(personA),
                "PATCH",
                b,
                MERGE_PATCH,
                "{\"preferredName\": \"Hijacked\"}");
        f.send("replacing someone else", participantToken(personA), "PUT", b, JSON, participant());
        f.send("the whole list as a participant", participantToken(personA), "GET", "/participants", null, null);
        f.send("a token from another issuer", TestTokens::wrongIssuer, "GET", a, null, null);
        return f.tests();
    }

    @TestFactory
    @Order(4)
    Stream<DynamicTest> sessionsServiceNeverAnswers5xxToHostileRequests() {
        Fuzz f = new Fuzz(suite.sessions);
        String s = "/sessions/" + sessionId;
        String updates = "/projects/" + projectId + "/updates";
        f.get("far-off from", query("/sessions", "from", FAR));
        f.get("far-off to", query("/sessions", "to", FAR));
        f.get("far-past from", query("/sessions", "from", "-999999999-01-01T00:00:00Z"));
        f.get("from that is no date", query("/sessions", "from", "2027-13-45T25:61:00Z"));
        f.get("projectId not a UUID", "/sessions?projectId=abc");
        f.get("offset that overflows", "/sessions?page=10737419&size=200");
        f.get("offset that overflows", "/projects?page=10737419&size=200");
        f.get("offset that overflows", "/venues?page=10737419&size=200");
        f.get("size not a number", "/projects?size=abc");
        f.get("far-off since", query(updates, "since", FAR));
        f.get("far-off to", query("/contributions", "from", "2027-01-01T00:00:00Z", "to", FAR));
        f.get("far-off from and to", query("/contributions", "from", FAR, "to", FAR));
        f.get("NUL in a query value", query("/sessions", "projectId", "\u0000"));
        f.post("far-off slot search", "/slot-search", slotSearch("from", "\"" + FAR + "\"", "to", "\"" + FAR + "\""));
        f.post("far-off end of slot search", "/slot-search", slotSearch("to", "\"" + FAR + "\""));
        f.post("number for an instant", "/slot-search", slotSearch("from", "1700000000"));
        f.post("null in a list", "/slot-search", slotSearch("ids", "[null]"));
        f.post("\"7\" for a whole number", "/slot-search", slotSearch("duration", "\"90\""));
        f.post("1.5 for a whole number", "/slot-search", slotSearch("duration", "1.5"));
        f.post("1e999999 for a whole number", "/slot-search", slotSearch("duration", "1e999999"));
        f.post("1001 people", "/slot-search", slotSearch("ids", ids(1001)));
        f.post("far-off session", "/sessions", session("start", "\"" + FAR + "\"", "end", "\"" + FAR + "\""));
        f.post("offset zone", "/sessions", session("timeZone", "\"+01:00\""));
        f.post("unknown session type", "/sessions", session("type", "\"PARTY\""));
        f.post("null invitee", "/sessions", session("invitees", "[null]"));
        f.post("1e999999 for a name", "/projects", "{\"name\": 1e999999, \"memberIds\": []}");
        f.post("null member", "/projects", "{\"name\": \"Null member\", \"memberIds\": [null]}");
        f.post("duplicate keys", "/projects", "{\"name\": \"One\", \"name\": \"Two\", \"memberIds\": []}");
        f.post("trailing junk", "/projects", "{\"name\": \"Junk\", \"memberIds\": []} trailing");
        f.post("huge update body", updates, "{\"title\": \"Huge\", \"body\": \"" + "word ".repeat(10_000) + "\"}");
        f.post("body over the limit", updates, "{\"title\": \"Huge\", \"body\": \"" + "b".repeat(300_000) + "\"}");
        f.post("unknown venue format", "/venues", "{\"name\": \"Boat\", \"format\": \"FLOATING\"}");
        f.post(
                "unknown feature",
                "/venues",
                "{\"name\": \"Lab\", \"format\": \"IN_PERSON\", \"features\": [\"TELEPORTER\"]}");
        f.post("far-off agenda", "/agendas", "{\"participantIds\": [\"" + personA + "\"], \"since\": \"" + FAR + "\"}");
        f.send(
                "far-off move",
                coordinator(),
                "PATCH",
                s,
                MERGE_PATCH,
                "{\"start\": \"" + FAR + "\", \"end\": \"" + FAR + "\"}");
        f.send(
                "null interpretation",
                coordinator(),
                "PATCH",
                s,
                MERGE_PATCH,
                "{\"arrangements\": {\"interpretation\": [null]}}");
        f.send("patch that is JSON null", coordinator(), "PATCH", s, MERGE_PATCH, "null");
        f.send("patch nested 5000 deep", coordinator(), "PATCH", s, MERGE_PATCH, deep(5000));
        f.send(
                "If-Match without quotes",
                coordinator(),
                "PATCH",
                s,
                MERGE_PATCH,
                "{\"title\": \"X\"}",
                "If-Match",
                "3");
        f.send(
                "malformed If-Match on cancel",
                coordinator(),
                "POST",
                s + "/cancel",
                JSON,
                "{\"reason\": \"No.\"}",
                "If-Match",
                "abc");
        f.send(
                "far-off action due",
                coordinator(),
                "PUT",
                s + "/summary",
                JSON,
                "{\"summary\": \"S\", \"actions\": [{\"description\": \"D\", \"ownerId\": \"" + personA
                        + "\", \"due\": \"" + FAR_DATE + "\"}]}");
        f.send("null attendee", coordinator(), "PUT", s + "/attendance", JSON, "{\"attended\": [null]}");
        f.send(
                "someone else's sessions",
                participantToken(personA),
                "GET",
                "/sessions?participantId=" + personB,
                null,
                null);
        f.send("a session one is not invited to", participantToken(personB), "GET", s, null, null);
        f.send(
                "the calendar of a session one is not invited to",
                participantToken(personB),
                "GET",
                s + "/calendar.ics",
                null,
                null);
        f.send(
                "someone else's agenda",
                participantToken(personA),
                "POST",
                "/agendas",
                JSON,
                "{\"participantIds\": [\"" + personB + "\"], \"since\": \"2026-11-01T00:00:00Z\"}");
        f.send(
                "someone else's contributions",
                participantToken(personA),
                "GET",
                "/contributions?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z&participantId=" + personB,
                null,
                null);
        f.send(
                "a participant moving a session",
                participantToken(personA),
                "PATCH",
                s,
                MERGE_PATCH,
                "{\"title\": \"Mine now\"}");
        return f.tests();
    }

    @TestFactory
    @Order(4)
    Stream<DynamicTest> notificationsServiceNeverAnswers5xxToHostileRequests() {
        Fuzz f = new Fuzz(suite.notifications);
        String a = "\"" + personA + "\"";
        f.get("offset that overflows", "/deliveries?page=10737419&size=200");
        f.get("size not a number", "/deliveries?size=abc");
        f.get("size too large", "/deliveries?size=201");
        f.get("unknown status", "/deliveries?status=LOST");
        f.get("unknown kind", "/deliveries?kind=BIRTHDAY");
        f.get("participantId not a UUID", "/deliveries?participantId=abc");
        f.get("NUL in a query value", query("/deliveries", "status", "\u0000"));
        f.get("run id not a UUID", "/digests/runs/not-a-uuid");
        f.get("run that does not exist", "/digests/runs/" + UUID.randomUUID());
        f.get("unknown preview format", "/digests/preview/" + personA + "?format=pdf");
        f.get("preview of someone unknown", "/digests/preview/" + UUID.randomUUID() + "?format=html");
        f.get("preview id not a UUID", "/digests/preview/not-a-uuid");
        f.post("retry of a delivery id that is not a UUID", "/deliveries/not-a-uuid/retry", null);
        f.post("retry of a delivery that does not exist", "/deliveries/" + UUID.randomUUID() + "/retry", null);
        f.post("null in a list", "/digests/runs", "{\"participantIds\": [" + a + ", null]}");
        f.post("\"true\" for a boolean", "/digests/runs", "{\"participantIds\": [" + a + "], \"force\": \"true\"}");
        f.post("1 for a boolean", "/digests/runs", "{\"participantIds\": [" + a + "], \"force\": 1}");
        f.post("one id where a list goes", "/digests/runs", "{\"participantIds\": " + a + "}");
        f.post("trailing junk", "/digests/runs", "{\"participantIds\": [" + a + "]} ]");
        f.post("duplicate keys", "/digests/runs", "{\"participantIds\": [" + a + "], \"participantIds\": [" + a + "]}");
        f.post("unknown field", "/digests/runs", "{\"participantIds\": [" + a + "], \"everyone\": true}");
        f.post("a run body that is a list", "/digests/runs", "[" + a + "]");
        f.send(
                "text/plain run",
                coordinator(),
                "POST",
                "/digests/runs",
                "text/plain",
                "{\"participantIds\": [" + a + "]}");
        f.post("unknown kind", "/notices", notice("kind", "\"BIRTHDAY\""));
        f.post("null in a list", "/notices", notice("ids", "[null]"));
        f.post("1e999999 for a subject", "/notices", notice("subject", "1e999999"));
        f.post("\"7\"-style session id", "/notices", notice("sessionId", "\"abc\""));
        f.post("number for a session id", "/notices", notice("sessionId", "7"));
        f.post("line feed in a subject", "/notices", notice("subject", "\"Two\\nLines\""));
        f.post("lone surrogate in a subject", "/notices", notice("subject", "\"\\ud800\""));
        f.post("huge subject", "/notices", notice("subject", "\"" + "S".repeat(10_000) + "\""));
        f.post("body over the limit", "/notices", notice("body", "\"" + "b".repeat(300_000) + "\""));
        f.post("trailing junk", "/notices", notice() + "x");
        f.post("duplicate keys", "/notices", notice().replaceFirst("\\{", "{\"kind\": \"GENERAL\", "));
        f.send(
                "very long Idempotency-Key",
                coordinator(),
                "POST",
                "/notices",
                JSON,
                notice(),
                "Idempotency-Key",
                "k".repeat(5000));
        f.send(
                "someone else's digest",
                participantToken(personA),
                "GET",
                "/digests/preview/" + personB + "?format=text",
                null,
                null);
        f.send(
                "someone else's deliveries",
                participantToken(personA),
                "GET",
                "/deliveries?participantId=" + personB,
                null,
                null);
        f.send("a participant sending notices", participantToken(personA), "POST", "/notices", JSON, notice());
        f.send(
                "a participant starting a run",
                participantToken(personA),
                "POST",
                "/digests/runs",
                JSON,
                "{\"participantIds\": [" + a + "], \"force\": true}");
        f.send("no token", () -> null, "GET", "/deliveries", null, null);
        return f.tests();
    }

    // ----------------------------------------------------------------------------------------- nothing was changed

    @Test
    @Order(5)
    void noRefusedRequestChangedWhatIsStored() {
        assertThat(storedState()).isEqualTo(before);
    }

    @AfterAll
    static void saveTheAnswers() throws IOException {
        Path file = SuiteEnvironment.root().resolve("suite-tests/target/http-contract/hostile-answers.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, ANSWERS, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    /** Counts and versions that a refused request must leave as they were. */
    static Map<String, Object> storedState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("participants", total(suite.participants, "/participants?size=1"));
        state.put("participant A version", etag(suite.participants, "/participants/" + personA));
        state.put("participant B version", etag(suite.participants, "/participants/" + personB));
        state.put("projects", total(suite.sessions, "/projects?size=1"));
        state.put("venues", total(suite.sessions, "/venues?size=1"));
        state.put("sessions of the project", total(suite.sessions, "/sessions?size=1&projectId=" + projectId));
        state.put("updates of the project", total(suite.sessions, "/projects/" + projectId + "/updates?size=1"));
        state.put("session version", etag(suite.sessions, "/sessions/" + sessionId));
        state.put("deliveries to A", total(suite.notifications, "/deliveries?size=1&participantId=" + personA));
        state.put("deliveries to B", total(suite.notifications, "/deliveries?size=1&participantId=" + personB));
        return state;
    }

    /** Hostile requests to one service, each its own test so a report names every one that failed. */
    private static final class Fuzz {
        private final ServiceProcess service;
        private final List<DynamicTest> tests = new ArrayList<>();

        Fuzz(ServiceProcess service) {
            this.service = service;
        }

        void get(String what, String pathAndQuery) {
            send(what, HttpContractIT::coordinator, "GET", pathAndQuery, null, null);
        }

        void post(String what, String path, String body) {
            send(what, HttpContractIT::coordinator, "POST", path, body == null ? null : JSON, body);
        }

        void send(
                String what,
                String token,
                String method,
                String path,
                String contentType,
                String body,
                String... headers) {
            send(what, () -> token, method, path, contentType, body, headers);
        }

        void send(
                String what,
                Supplier<String> token,
                String method,
                String path,
                String contentType,
                String body,
                String... headers) {
            String name = method + " " + abbreviate(path, 90) + ": " + what;
            tests.add(DynamicTest.dynamicTest(service.name + " " + name, () -> {
                Response response = HttpContractIT.send(service, token.get(), method, path, contentType, body, headers);
                ANSWERS.add(response.statusCode() + "  " + service.name + " " + name);
                assertThat(response.statusCode())
                        .as("%s answered %d: %s", name, response.statusCode(), abbreviate(response.asString(), 500))
                        .isLessThan(500);
                if (response.statusCode() >= 400) {
                    assertThat(response.contentType())
                            .as("%s answered %d as %s", name, response.statusCode(), response.contentType())
                            .startsWith("application/problem+json");
                }
            }));
        }

        Stream<DynamicTest> tests() {
            return tests.stream();
        }
    }

    static Response send(
            ServiceProcess service,
            String token,
            String method,
            String pathAndQuery,
            String contentType,
            String body,
            String... headers) {
        // Query strings are sent exactly as written here (already encoded where they need to be).
        RequestSpecification request = given().baseUri(service.url()).urlEncodingEnabled(false);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (contentType != null) {
            request = request.contentType(contentType);
        }
        if (body != null) {
            request = request.body(body);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request = request.header(headers[i], headers[i + 1]);
        }
        return request.request(method, pathAndQuery);
    }

    static String coordinator() {
        return TestTokens.coordinator();
    }

    static String participantToken(UUID id) {
        return TestTokens.participant(id);
    }

    static ServiceProcess service(String name) {
        return switch (name) {
            case "participants-service" -> suite.participants;
            case "sessions-service" -> suite.sessions;
            case "notifications-service" -> suite.notifications;
            default -> throw new IllegalArgumentException(name);
        };
    }

    static String query(String path, String... pairs) {
        StringBuilder out = new StringBuilder(path);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            out.append(i == 0 ? '?' : '&')
                    .append(pairs[i])
                    .append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    static int total(ServiceProcess service, String pathAndQuery) {
        Response response = send(service, coordinator(), "GET", pathAndQuery, null, null);
        response.then().statusCode(200);
        return response.jsonPath().getInt("total");
    }

    static String etag(ServiceProcess service, String path) {
        Response response = send(service, coordinator(), "GET", path, null, null);
        response.then().statusCode(200);
        return response.header("ETag");
    }

    static UUID register(People.Person person) {
        Response response = given().baseUri(suite.participants.url())
                .auth()
                .oauth2(coordinator())
                .contentType(JSON)
                .body(person.body)
                .post("/participants");
        return created(response);
    }

    static UUID created(Response response) {
        response.then().statusCode(201);
        return UUID.fromString(response.path("id"));
    }

    static String ids(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> "\"" + UUID.randomUUID() + "\"")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** An object whose one member holds lists nested this deep: read as a tree, it must stop at a depth limit. */
    static String deep(int depth) {
        return "{\"arrangements\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "...(" + text.length() + " chars)";
    }

    /**
     * Fills a JSON template: each {@code ${key}} takes its raw JSON value from the overrides (key, value, ...) or the
     * defaults, so a test changes exactly one field and keeps everything else valid.
     */
    static String fill(String template, Map<String, String> defaults, String... overrides) {
        Map<String, String> values = new LinkedHashMap<>(defaults);
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            if (!values.containsKey(overrides[i])) {
                throw new IllegalArgumentException("no ${" + overrides[i] + "} in " + template);
            }
            values.put(overrides[i], overrides[i + 1]);
        }
        String out = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            out = out.replace("${" + value.getKey() + "}", value.getValue());
        }
        return out;
    }

    /** A valid participant with a fresh email (so a body wrongly accepted never clashes with another). */
    static String participant(String... overrides) {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("name", "\"Contract Fuzz\"");
        defaults.put("email", "\"fuzz." + UUID.randomUUID().toString().substring(0, 8) + "@suite.example.org\"");
        defaults.put("role", "\"LIVED_EXPERIENCE\"");
        defaults.put("timeZone", "\"Europe/London\"");
        defaults.put("needs", "[]");
        defaults.put("notes", "null");
        defaults.put("unavailable", "[]");
        defaults.put("maxSessions", "null");
        return fill("""
                {"name": ${name}, "preferredName": "Fuzz", "email": ${email}, "role": ${role}, "timeZone": ${timeZone},
                 "accessNeeds": {"needs": ${needs}, "notes": ${notes}},
                 "availability": {"weekly": [{"day": "MONDAY", "start": "18:00", "end": "20:00"}],
                                  "unavailable": ${unavailable}, "maxSessionsPerMonth": ${maxSessions}}}""", defaults, overrides);
    }

    /** A valid online session of the contract project with person A invited. */
    static String session(String... overrides) {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("title", "\"Contract session\"");
        defaults.put("type", "\"MEETING\"");
        defaults.put("start", "\"2027-06-07T17:00:00Z\"");
        defaults.put("end", "\"2027-06-07T18:00:00Z\"");
        defaults.put("timeZone", "\"Europe/London\"");
        defaults.put("invitees", "[\"" + personA + "\"]");
        return fill("""
                {"projectId": "%s", "title": ${title}, "purpose": "Hostile requests", "type": ${type},
                 "format": "ONLINE", "start": ${start}, "end": ${end}, "timeZone": ${timeZone},
                 "invitees": ${invitees}}""".formatted(projectId), defaults, overrides);
    }

    static String slotSearch(String... overrides) {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("ids", "[\"" + personA + "\", \"" + personB + "\"]");
        defaults.put("from", "\"2027-06-07T00:00:00Z\"");
        defaults.put("to", "\"2027-06-08T00:00:00Z\"");
        defaults.put("duration", "60");
        return fill("""
                {"participantIds": ${ids}, "from": ${from}, "to": ${to}, "durationMinutes": ${duration}}""", defaults, overrides);
    }

    /** A notice to person B only, who is invited to nothing, so anything wrongly sent shows in B's deliveries. */
    static String notice(String... overrides) {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("ids", "[\"" + personB + "\"]");
        defaults.put("kind", "\"GENERAL\"");
        defaults.put("subject", "\"Contract notice\"");
        defaults.put("body", "\"Nothing to see.\"");
        defaults.put("sessionId", "null");
        return fill("""
                {"participantIds": ${ids}, "kind": ${kind}, "subject": ${subject}, "body": ${body},
                 "sessionId": ${sessionId}}""", defaults, overrides);
    }
}
