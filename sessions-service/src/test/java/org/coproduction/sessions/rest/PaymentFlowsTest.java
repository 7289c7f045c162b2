package org.coproduction.sessions.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.coproduction.platform.testing.Problems;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.Sessions;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.Test;

/** The payments ledger over HTTP: lines from attendance, the steps, the benefits check, reports and strict input. */
@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class PaymentFlowsTest extends ApiTest {
    static final String TODAY = LocalDate.now(ZoneId.of("Europe/London")).toString();

    // 1.5 hours: TIME 37.50 (25.00 an hour), CHILDCARE 18.00 (12.00 an hour).
    final UUID aisha = People.person("Aisha Khan")
            .payment("WANTS_PAYMENT")
            .claims(false, true, false, false)
            .register();
    final UUID ben = People.person("Ben").payment("VOUCHERS").register();
    final UUID cara = People.person("Cara").register();

    String project;

    String session(String start, String end) {
        project = createProject(aisha, ben, cara);
        return asCoordinator()
                .body(Sessions.body(project, null, "ONLINE", start, end, aisha, ben, cara))
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    String heldSession() {
        return session("2026-02-02T18:00:00Z", "2026-02-02T19:30:00Z");
    }

    static void attended(String session, UUID... people) {
        asCoordinator()
                .body(Map.of("attended", List.of(people)))
                .put("/sessions/" + session + "/attendance")
                .then()
                .statusCode(200);
    }

    static List<Map<String, Object>> lines(String session) {
        List<Map<String, Object>> items = asCoordinator()
                .queryParam("sessionId", session)
                .get("/payments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .sorted(Comparator.comparing((Map<String, Object> l) -> (String) l.get("participantId"))
                        .thenComparing(l -> (String) l.get("item")))
                .toList();
    }

    String line(String session, UUID person, String item) {
        return lines(session).stream()
                .filter(l -> person.toString().equals(l.get("participantId")) && item.equals(l.get("item")))
                .map(l -> (String) l.get("id"))
                .findFirst()
                .orElseThrow();
    }

    static Response claim(UUID as, String line, String body) {
        return asParticipant(as).body(body).post("/payments/" + line + "/claim");
    }

    static Response approve(String line, String body) {
        return asCoordinator().body(body).post("/payments/" + line + "/approve");
    }

    @Test
    void attendanceMakesEstimatedLinesOncePerPersonAndItem() {
        String s = heldSession();
        attended(s, aisha, ben, cara);
        List<Map<String, Object>> lines = lines(s);
        // Cara declines payment and claims nothing: no line.
        assertThat(lines).hasSize(3);
        Map<String, Object> byAisha = lines.stream()
                .filter(l -> l.get("participantId").equals(aisha.toString()))
                .findFirst()
                .orElseThrow();
        String raw = asCoordinator()
                .get("/payments/" + line(s, aisha, "TIME"))
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("status", equalTo("ESTIMATED"))
                .body("currency", equalTo("GBP"))
                .body("paidAs", equalTo("MONEY"))
                .body("sessionId", equalTo(s))
                .body("projectId", equalTo(project))
                .body("payee", matchesPattern("^P-[0-9a-f]{8}$"))
                .body("claimed", nullValue())
                .body("owedSince", nullValue())
                .body("owedDays", nullValue())
                .body("history", hasSize(1))
                .body("history[0].status", equalTo("ESTIMATED"))
                // The test coordinator's token names no participant.
                .body("history[0].by", nullValue())
                .extract()
                .asString();
        assertThat(raw).contains("\"estimated\":37.50");
        assertThat(lines)
                .extracting(l ->
                        l.get("participantId") + " " + l.get("item") + " " + l.get("estimated") + " " + l.get("paidAs"))
                .containsExactlyInAnyOrder(
                        aisha + " TIME 37.5 MONEY", aisha + " CHILDCARE 18.0 MONEY", ben + " TIME 37.5 VOUCHERS");
        // One pseudonym per person.
        assertThat(lines.stream()
                        .filter(l -> l.get("participantId").equals(aisha.toString()))
                        .map(l -> l.get("payee"))
                        .distinct())
                .containsExactly(byAisha.get("payee"));
        String bensPayee = (String) lines.stream()
                .filter(l -> l.get("participantId").equals(ben.toString()))
                .findFirst()
                .orElseThrow()
                .get("payee");
        assertThat(bensPayee).isNotEqualTo(byAisha.get("payee"));

        // Aisha claims her time; attendance is corrected to Ben alone: her claimed line stays, her estimate goes.
        String time = line(s, aisha, "TIME");
        String bensLine = line(s, ben, "TIME");
        claim(aisha, time, "{\"amount\": 37.50}").then().statusCode(200);
        attended(s, ben);
        assertThat(lines(s))
                .extracting(l -> l.get("id") + " " + l.get("status"))
                .containsExactlyInAnyOrder(time + " CLAIMED", bensLine + " ESTIMATED");
        // Back again: her childcare is estimated anew, nothing is doubled.
        attended(s, aisha, ben);
        assertThat(lines(s))
                .extracting(l -> l.get("item") + " " + l.get("status"))
                .containsExactlyInAnyOrder("TIME CLAIMED", "CHILDCARE ESTIMATED", "TIME ESTIMATED");
        assertThat(lines(s)).extracting(l -> l.get("id")).contains(time, bensLine);
    }

    @Test
    void aLineIsClaimedApprovedAndPaidAndRepeatsChangeNothing() {
        String s = heldSession();
        attended(s, aisha, ben);
        String time = line(s, aisha, "TIME");

        String claimed = claim(aisha, time, "{\"amount\": 37.50, \"receiptReference\": \"R-1\"}")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("CLAIMED"))
                .body("receiptReference", equalTo("R-1"))
                .body("owedSince", org.hamcrest.Matchers.notNullValue())
                .body("owedDays", equalTo(0))
                .body("history.status", equalTo(List.of("ESTIMATED", "CLAIMED")))
                .body("history[1].by", equalTo(aisha.toString()))
                .extract()
                .asString();
        assertThat(claimed).contains("\"claimed\":37.50");
        // The same claim again: answered, nothing changed.
        claim(aisha, time, "{\"amount\": 37.5, \"receiptReference\": \"R-1\"}")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("history", hasSize(2));
        Problems.assertProblem(
                        claim(aisha, time, "{\"amount\": 30.00, \"receiptReference\": \"R-1\"}"), 409, "conflict")
                .body("detail", equalTo("This line is already CLAIMED with different details; nothing was changed."));
        Problems.assertProblem(
                        asCoordinator()
                                .body("{\"paidOn\": \"" + TODAY + "\", \"method\": \"MONEY\"}")
                                .post("/payments/" + time + "/pay"),
                        409,
                        "conflict")
                .body("detail", equalTo("You cannot pay what was not approved: this line is CLAIMED."));
        Problems.assertProblem(
                asCoordinator().header("If-Match", "\"0\"").body("{}").post("/payments/" + time + "/approve"),
                412,
                "precondition-failed");

        approve(time, "{\"paidAs\": null, \"acknowledgeBenefitsWarning\": false}")
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("APPROVED"))
                .body("paidAs", equalTo("MONEY"))
                .body("benefitsWarning", nullValue());
        WireMockServers.participants()
                .verify(
                        1,
                        postRequestedFor(urlEqualTo("/participants/" + aisha + "/benefits-check"))
                                .withRequestBody(equalToJson("{\"proposed\": {\"amount\": 37.50, \"on\": \"" + TODAY
                                        + "\"}, \"earlier\": []}")));
        approve(time, "{}").then().statusCode(200).header("ETag", "\"2\"");

        Problems.assertInvalidFields(
                asCoordinator()
                        .body("{\"paidOn\": \"" + LocalDate.parse(TODAY).plusDays(1) + "\", \"method\": \"MONEY\"}")
                        .post("/payments/" + time + "/pay"),
                "paidOn");
        Problems.assertInvalidFields(
                asCoordinator()
                        .body("{\"paidOn\": \"2026-02-01\", \"method\": \"MONEY\"}")
                        .post("/payments/" + time + "/pay"),
                "paidOn");
        Problems.assertProblem(
                        asCoordinator()
                                .body("{\"paidOn\": \"2026-02-10\", \"method\": \"VOUCHERS\"}")
                                .post("/payments/" + time + "/pay"),
                        409,
                        "conflict")
                .body(
                        "detail",
                        equalTo("This line was approved to be paid as MONEY, not VOUCHERS; pay it as MONEY, or "
                                + "decline it and add it again."));
        String pay = "{\"paidOn\": \"2026-02-02\", \"method\": \"MONEY\", \"reference\": \"BACS 14\"}";
        asCoordinator()
                .body(pay)
                .post("/payments/" + time + "/pay")
                .then()
                .statusCode(200)
                .header("ETag", "\"3\"")
                .body("status", equalTo("PAID"))
                .body("paidOn", equalTo("2026-02-02"))
                .body("paymentReference", equalTo("BACS 14"))
                .body("owedSince", nullValue())
                .body("history.status", equalTo(List.of("ESTIMATED", "CLAIMED", "APPROVED", "PAID")));
        asCoordinator()
                .body(pay)
                .post("/payments/" + time + "/pay")
                .then()
                .statusCode(200)
                .header("ETag", "\"3\"");
        Problems.assertProblem(asParticipant(aisha).body("{}").post("/payments/" + time + "/decline"), 409, "conflict")
                .body(
                        "detail",
                        equalTo("You cannot decline this line: it is PAID, and only an ESTIMATED or CLAIMED line can "
                                + "be declined."));

        // Aisha says no thanks to her childcare; saying it again changes nothing.
        String childcare = line(s, aisha, "CHILDCARE");
        for (int i = 0; i < 2; i++) {
            asParticipant(aisha)
                    .body("{\"reason\": \"I don't want this\"}")
                    .post("/payments/" + childcare + "/decline")
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("status", equalTo("DECLINED"))
                    .body("declineReason", equalTo("I don't want this"));
        }
    }

    @Test
    void aPaymentThatCouldCrossTheBenefitsLimitWaitsForVouchersOrAnAcknowledgement() {
        String s = heldSession();
        attended(s, aisha, ben);
        String time = line(s, aisha, "TIME");
        claim(aisha, time, "{\"amount\": 37.50}").then().statusCode(200);
        WireMockServers.participants()
                .stubFor(post(urlEqualTo("/participants/" + aisha + "/benefits-check"))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"crossesLimit\": true}")));

        Problems.assertProblem(approve(time, "{}"), 409, "benefits-limit")
                .body("suggestedPaidAs", equalTo("VOUCHERS"))
                .body("title", equalTo("Benefits limit"))
                .body(
                        "detail",
                        equalTo("Paying this in money could take this person over the limit they asked us to keep "
                                + "to, which could affect their benefits. Pay it in vouchers, or approve again with "
                                + "acknowledgeBenefitsWarning if they have agreed."));
        asCoordinator().get("/payments/" + time).then().body("status", equalTo("CLAIMED"));

        approve(time, "{\"acknowledgeBenefitsWarning\": true}")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("paidAs", equalTo("MONEY"))
                .body("benefitsWarning", equalTo("ACKNOWLEDGED"));

        // Another of her sessions: the approved one goes with the check as an earlier payment of today. In vouchers it
        // needs no check at all.
        String other = session("2026-02-09T18:00:00Z", "2026-02-09T19:30:00Z");
        attended(other, aisha);
        String second = line(other, aisha, "TIME");
        claim(aisha, second, "{\"amount\": 37.50}").then().statusCode(200);
        Problems.assertProblem(approve(second, "{}"), 409, "benefits-limit");
        WireMockServers.participants()
                .verify(postRequestedFor(urlEqualTo("/participants/" + aisha + "/benefits-check"))
                        .withRequestBody(equalToJson("{\"proposed\": {\"amount\": 37.50, \"on\": \"" + TODAY
                                + "\"}, \"earlier\": [{\"amount\": 37.50, \"on\": \"" + TODAY + "\"}]}")));
        WireMockServers.participants().resetRequests();
        approve(second, "{\"paidAs\": \"VOUCHERS\"}")
                .then()
                .statusCode(200)
                .body("paidAs", equalTo("VOUCHERS"))
                .body("benefitsWarning", nullValue());
        String bens = line(s, ben, "TIME");
        asParticipant(ben)
                .body("{\"amount\": 37.50}")
                .post("/payments/" + bens + "/claim")
                .then()
                .statusCode(200);
        approve(bens, "{}").then().statusCode(200).body("paidAs", equalTo("VOUCHERS"));
        WireMockServers.participants()
                .verify(
                        0,
                        postRequestedFor(
                                com.github.tomakehurst.wiremock.client.WireMock.urlMatching(".*/benefits-check")));
    }

    @Test
    void withParticipantsServiceDownNothingIsApproved() {
        String s = heldSession();
        attended(s, aisha);
        String time = line(s, aisha, "TIME");
        claim(aisha, time, "{\"amount\": 37.50}").then().statusCode(200);
        WireMockServers.participants()
                .stubFor(post(urlEqualTo("/participants/" + aisha + "/benefits-check"))
                        .willReturn(aResponse().withStatus(503)));
        Problems.assertProblem(approve(time, "{}"), 503, "dependency-unavailable")
                .header("Retry-After", "30");
        asCoordinator()
                .get("/payments/" + time)
                .then()
                .body("status", equalTo("CLAIMED"))
                .body("history", hasSize(2));
    }

    @Test
    void twoCoordinatorsApprovingAtOnceApproveItOnce() {
        String s = heldSession();
        attended(s, aisha);
        String time = line(s, aisha, "TIME");
        claim(aisha, time, "{\"amount\": 37.50}").then().statusCode(200);
        List<CompletableFuture<Integer>> both = List.of(
                CompletableFuture.supplyAsync(() -> approve(time, "{}").statusCode()),
                CompletableFuture.supplyAsync(() -> approve(time, "{}").statusCode()));
        assertThat(both.stream().map(CompletableFuture::join)).containsExactly(200, 200);
        asCoordinator()
                .get("/payments/" + time)
                .then()
                .header("ETag", "\"2\"")
                .body("history.status", equalTo(List.of("ESTIMATED", "CLAIMED", "APPROVED")));
    }

    @Test
    void aParticipantSeesAndStepsOnlyTheirOwnLines() {
        String s = heldSession();
        attended(s, aisha, ben);
        String time = line(s, aisha, "TIME");
        Problems.assertProblem(asParticipant(ben).get("/payments/" + time), 403, "forbidden");
        Problems.assertProblem(claim(ben, time, "{\"amount\": 37.50}"), 403, "forbidden");
        Problems.assertProblem(asParticipant(ben).body("{}").post("/payments/" + time + "/decline"), 403, "forbidden");
        Problems.assertProblem(
                asParticipant(aisha).body("{}").post("/payments/" + time + "/approve"), 403, "forbidden");
        Problems.assertProblem(
                asParticipant(aisha)
                        .body("{\"paidOn\": \"2026-02-02\", \"method\": \"MONEY\"}")
                        .post("/payments/" + time + "/pay"),
                403,
                "forbidden");
        Problems.assertProblem(
                asParticipant(ben).queryParam("participantId", aisha.toString()).get("/payments"), 403, "forbidden");
        Problems.assertProblem(
                asParticipant(ben)
                        .queryParam("participantId", aisha.toString())
                        .queryParam("year", "2026")
                        .get("/payments/totals"),
                403,
                "forbidden");
        for (String path : List.of("/payments/owed", "/payments/export.csv")) {
            Problems.assertProblem(asParticipant(aisha).get(path), 403, "forbidden");
        }
        asParticipant(ben)
                .queryParam("sessionId", s)
                .get("/payments")
                .then()
                .statusCode(200)
                .body("items.participantId", equalTo(List.of(ben.toString())));
        asParticipant(aisha).get("/payments/" + time).then().statusCode(200);
        Problems.assertProblem(asCoordinator().get("/payments/" + UUID.randomUUID()), 404, "not-found");
    }

    @Test
    void moneyAndTextAreCheckedAtTheDoor() {
        String s = heldSession();
        attended(s, aisha);
        String time = line(s, aisha, "TIME");
        Problems.assertProblem(claim(aisha, time, "{\"amount\": \"37.50\"}"), 400, "malformed-request");
        Problems.assertProblem(claim(aisha, time, "{\"amount\": 37.5, \"tip\": 1}"), 400, "malformed-request");
        for (String amount : List.of("37.505", "0", "-1", "100000.01")) {
            Problems.assertInvalidFields(claim(aisha, time, "{\"amount\": " + amount + "}"), "amount");
        }
        Problems.assertInvalidFields(claim(aisha, time, "{}"), "amount");
        // In plain words, not the validator's "<6 digits>.<2 digits> expected".
        claim(aisha, time, "{\"amount\": 12.345}")
                .then()
                .body("errors[0].message", org.hamcrest.Matchers.equalTo("must have at most 2 decimal places"));
        Problems.assertInvalidFields(
                claim(aisha, time, "{\"amount\": 1, \"receiptReference\": \"" + "r".repeat(101) + "\"}"),
                "receiptReference");
        Problems.assertProblem(
                claim(aisha, time, "{\"amount\": 1, \"receiptReference\": \"a\\u0000b\"}"), 400, "validation");
        Problems.assertProblem(
                claim(aisha, time, "{\"amount\": 1, \"receiptReference\": \"two\\nlines\"}"), 400, "validation");
        Problems.assertInvalidFields(
                asCoordinator()
                        .body("{\"paidOn\": \"3000-01-01\", \"method\": \"MONEY\"}")
                        .post("/payments/" + time + "/pay"),
                "paidOn");
        Problems.assertProblem(approve(time, "{\"paidAs\": \"CASH\"}"), 400, "malformed-request");
        Problems.assertInvalidFields(asCoordinator().queryParam("size", "1000").get("/payments"), "size");
        Problems.assertInvalidFields(
                asCoordinator().queryParam("status", "OWED").get("/payments"), "status");
        Problems.assertInvalidFields(
                asCoordinator().queryParam("year", "2026").get("/payments/totals"), "participantId");
        Problems.assertInvalidFields(
                asCoordinator()
                        .queryParam("from", "2026-03-01")
                        .queryParam("to", "2026-02-01")
                        .get("/payments/export.csv"),
                "from");
        Problems.assertProblem(asCoordinator().queryParam("colour", "red").get("/payments/owed"), 400, "validation");
        asCoordinator().get("/payments/" + time).then().body("status", equalTo("ESTIMATED"));
    }

    @Test
    void aCoordinatorAddsAnInterpreterForAnInvitee() {
        String s = heldSession();
        UUID stranger = People.person("Dan").register();
        Map<String, Object> body = new HashMap<>(Map.of(
                "participantId", aisha, "item", "INTERPRETER", "amount", 180.00, "description", "BSL interpreter"));
        String id = asCoordinator()
                .body(body)
                .post("/sessions/" + s + "/payments")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/payments/" + lines(s).get(0).get("id")))
                .body("item", equalTo("INTERPRETER"))
                .body("status", equalTo("ESTIMATED"))
                .body("description", equalTo("BSL interpreter"))
                .body("paidAs", equalTo("MONEY"))
                .extract()
                .path("id");
        assertThat(asCoordinator().get("/payments/" + id).asString()).contains("\"estimated\":180.00");
        body.put("participantId", stranger);
        body.put("item", "TIME");
        Problems.assertInvalidFields(
                asCoordinator().body(body).post("/sessions/" + s + "/payments"), "item", "participantId");
        Problems.assertProblem(
                asParticipant(aisha)
                        .body(Map.of("participantId", aisha, "item", "OTHER", "amount", 5))
                        .post("/sessions/" + s + "/payments"),
                403,
                "forbidden");
        Problems.assertProblem(
                asCoordinator()
                        .body(Map.of("participantId", aisha, "item", "OTHER", "amount", 5))
                        .post("/sessions/" + UUID.randomUUID() + "/payments"),
                404,
                "not-found");
    }

    @Test
    void owedTotalsAndTheFinanceFile() {
        String s = heldSession();
        attended(s, aisha, ben);
        claim(aisha, line(s, aisha, "TIME"), "{\"amount\": 37.50, \"receiptReference\": \"=cmd|' /C calc'!A0\"}")
                .then()
                .statusCode(200);
        claim(aisha, line(s, aisha, "CHILDCARE"), "{\"amount\": 18.00}").then().statusCode(200);
        String bens = line(s, ben, "TIME");
        claim(ben, bens, "{\"amount\": 37.50}").then().statusCode(200);
        approve(bens, "{}").then().statusCode(200);

        JsonPath owed = asCoordinator()
                .queryParam("projectId", project)
                .get("/payments/owed")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .extract()
                .jsonPath();
        assertThat(owed.getList("items.participantId")).containsExactly(aisha.toString(), ben.toString());
        assertThat(owed.getList("items.lines", Integer.class)).containsExactly(2, 1);
        assertThat(owed.getList("items.owed", Float.class)).containsExactly(55.5f, 37.5f);
        assertThat(owed.getList("items.owedDays", Integer.class)).containsExactly(0, 0);
        assertThat(owed.getList("items.currency")).containsExactly("GBP", "GBP");

        asCoordinator()
                .body("{\"paidOn\": \"" + TODAY + "\", \"method\": \"VOUCHERS\"}")
                .post("/payments/" + bens + "/pay")
                .then()
                .statusCode(200);
        int year = LocalDate.parse(TODAY).getYear();
        String bensYear = asParticipant(ben)
                .queryParam("participantId", ben.toString())
                .queryParam("year", String.valueOf(year))
                .get("/payments/totals")
                .then()
                .statusCode(200)
                .body("year", equalTo(year))
                .extract()
                .asString();
        assertThat(bensYear)
                .contains(
                        "\"paid\":37.50",
                        "\"paidAsMoney\":0.00",
                        "\"paidAsVouchers\":37.50",
                        "\"approved\":0.00",
                        "\"claimed\":0.00");
        assertThat(asCoordinator()
                        .queryParam("participantId", aisha.toString())
                        .queryParam("year", String.valueOf(year))
                        .get("/payments/totals")
                        .asString())
                .contains("\"paid\":0.00", "\"claimed\":55.50");

        Response csv = asCoordinator()
                .queryParam("projectId", project)
                .queryParam("from", "2026-02-02")
                .queryParam("to", "2026-02-02")
                .get("/payments/export.csv");
        csv.then()
                .statusCode(200)
                .contentType("text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"payments.csv\"");
        String[] rows = csv.asString().split("\r\n");
        assertThat(rows).hasSize(4);
        assertThat(rows[0])
                .isEqualTo("line_id,session_id,session_date,project,payee,name,item,status,currency,amount,paid_as,"
                        + "paid_on,payment_reference,receipt_reference");
        String aishasTime = line(s, aisha, "TIME");
        String payee = asCoordinator().get("/payments/" + aishasTime).path("payee");
        assertThat(rows)
                .contains(aishasTime + "," + s + ",2026-02-02,Crisis line redesign," + payee
                        + ",Aisha Khan,TIME,CLAIMED,GBP,37.50,MONEY,,,'=cmd|' /C calc'!A0");
        assertThat(rows)
                .anySatisfy(r -> assertThat(r).startsWith(bens).contains(",Ben,TIME,PAID,GBP,37.50,VOUCHERS," + TODAY));
        assertThat(asCoordinator()
                        .queryParam("projectId", project)
                        .queryParam("from", "2026-02-03")
                        .get("/payments/export.csv")
                        .asString()
                        .split("\r\n"))
                .hasSize(1);

        // participants-service down: the file is still given, without names.
        WireMockServers.participants()
                .stubFor(post(urlEqualTo("/participants/lookup"))
                        .willReturn(aResponse().withStatus(503)));
        String[] nameless = asCoordinator()
                .queryParam("projectId", project)
                .get("/payments/export.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .split("\r\n");
        assertThat(nameless).hasSize(4);
        assertThat(nameless).anySatisfy(r -> assertThat(r).contains("," + payee + ",,TIME,CLAIMED"));
    }
}
