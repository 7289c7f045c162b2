package org.coproduction.suite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.Problems;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 15's money story on the real jars: after an in-person meeting whose attendance is recorded, each attendee's
 * estimate becomes ledger lines; two travel claims go claimed, approved and paid (one in vouchers) and the finance CSV
 * lists both with their amounts, methods and names; a time payment that would take someone over the benefits limit
 * they recorded is refused with vouchers offered (participants-service answers yes or no, the limit never leaves
 * it), approving it as vouchers works and their year's totals say so; once a person is erased their CSV row keeps
 * the payee pseudonym and loses the name.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PaymentsIT {

    private static final BigDecimal TIME = new BigDecimal("25.00");
    private static final BigDecimal TRAVEL = new BigDecimal("15.00");
    private static final BigDecimal BUS_FARE = new BigDecimal("12.40");

    static SuiteEnvironment suite;
    static Coordinator coordinator;
    static Ledger ledger;
    static People.Person mared;
    static People.Person kofi;
    static People.Person lowri;
    static UUID maredId;
    static UUID kofiId;
    static UUID lowriId;
    static UUID projectId;
    static UUID sessionId;
    static String projectName;
    static LocalDate today;

    @BeforeAll
    static void aMeetingTookPlace() throws Exception {
        suite = SuiteEnvironment.get();
        coordinator = new Coordinator(suite);
        ledger = new Ledger(suite);
        String unique = UUID.randomUUID().toString().substring(0, 6);
        mared = new People.Person("mared", "Mared Ellis", "Mared", "LIVED_EXPERIENCE")
                .money("WANTS_PAYMENT", true, false);
        kofi = new People.Person("kofi", "Kofi Mensah", "Kofi", "LIVED_EXPERIENCE").money("VOUCHERS", true, false);
        lowri = new People.Person("lowri", "Lowri Bevan", "Lowri", "LIVED_EXPERIENCE")
                .money("WANTS_PAYMENT", false, false);
        maredId = coordinator.register(mared);
        kofiId = coordinator.register(kofi);
        lowriId = coordinator.register(lowri);
        projectName = "Fair pay " + unique;
        projectId = coordinator.project(projectName, List.of(maredId, kofiId, lowriId));
        UUID venueId = coordinator.venue("Market Hall " + unique, "2 Market Street, Swansea SA1 3PQ");
        // An hour's meeting in person, three days ago: time at 25.00 an hour, travel 15.00 a session (the defaults).
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(3).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> body = new HashMap<>(Map.of(
                "projectId",
                projectId,
                "title",
                "Paying people fairly " + unique,
                "purpose",
                "Agree how we pay people for their time",
                "type",
                "MEETING",
                "format",
                "IN_PERSON",
                "venueId",
                venueId,
                "start",
                start.toString(),
                "end",
                start.plusHours(1).toString(),
                "timeZone",
                "Europe/London",
                "invitees",
                List.of(maredId, kofiId, lowriId)));
        sessionId = coordinator.session(body);
        coordinator.attended(sessionId, List.of(maredId, kofiId, lowriId));
        today = LocalDate.now(ZoneId.of("Europe/London"));
    }

    @Test
    @Order(1)
    void attendanceMakesEachAttendeesEstimatedLines() {
        List<Map<String, Object>> lines = ledger.lines(sessionId);
        assertThat(lines)
                .extracting(l -> l.get("participantId") + " " + l.get("item") + " " + l.get("paidAs"))
                .containsExactlyInAnyOrder(
                        maredId + " TIME MONEY",
                        maredId + " TRAVEL MONEY",
                        kofiId + " TIME VOUCHERS",
                        kofiId + " TRAVEL MONEY",
                        lowriId + " TIME MONEY");
        assertThat(lines).allSatisfy(l -> {
            assertThat(l).containsEntry("status", "ESTIMATED").containsEntry("currency", "GBP");
            assertThat(l.get("projectId")).isEqualTo(projectId.toString());
            assertThat((String) l.get("payee")).matches("P-[0-9a-f]{8}");
            assertThat(l.get("claimed")).isNull();
            assertThat(l.get("owedSince")).isNull();
        });
        assertThat(money(ledger.line(sessionId, maredId, "TIME").get("estimated")))
                .isEqualByComparingTo(TIME);
        assertThat(money(ledger.line(sessionId, kofiId, "TRAVEL").get("estimated")))
                .isEqualByComparingTo(TRAVEL);
        assertThat(ledger.line(sessionId, maredId, "TIME").get("payee"))
                .as("one pseudonym per person")
                .isEqualTo(ledger.line(sessionId, maredId, "TRAVEL").get("payee"))
                .isNotEqualTo(ledger.line(sessionId, kofiId, "TRAVEL").get("payee"));

        // Recording the same attendance again makes no second set of lines.
        coordinator.attended(sessionId, List.of(maredId, kofiId, lowriId));
        assertThat(ledger.lines(sessionId)).hasSize(5);
    }

    @Test
    @Order(2)
    void twoTravelClaimsAreApprovedAndPaidOneInVouchersAndTheCsvListsBoth() {
        String maredTravel = (String) ledger.line(sessionId, maredId, "TRAVEL").get("id");
        String kofiTravel = (String) ledger.line(sessionId, kofiId, "TRAVEL").get("id");

        // Mared claims her bus fare herself; sending the same claim again changes nothing.
        Map<String, Object> claimed =
                Ledger.ok(ledger.claim(ledger.asPerson(maredId), maredTravel, BUS_FARE, "BUS-4471"));
        assertThat(claimed).containsEntry("status", "CLAIMED").containsEntry("receiptReference", "BUS-4471");
        assertThat(money(claimed.get("claimed"))).isEqualByComparingTo(BUS_FARE);
        assertThat(claimed.get("owedSince")).isNotNull();
        Map<String, Object> again =
                Ledger.ok(ledger.claim(ledger.asPerson(maredId), maredTravel, BUS_FARE, "BUS-4471"));
        assertThat(again.get("version")).as("the repeated claim's version").isEqualTo(claimed.get("version"));
        // Kofi's claim is typed in by the coordinator for him.
        Ledger.ok(ledger.claim(ledger.asCoordinator(), kofiTravel, TRAVEL, null));

        // Someone else's line is not Kofi's to read; what cannot be paid yet is refused in plain words.
        ledger.asPerson(kofiId).get("/payments/" + maredTravel).then().statusCode(403);
        Response early = ledger.pay(maredTravel, today, "MONEY", null);
        Problems.assertProblem(early, 409, "conflict");
        assertThat(early.jsonPath().getString("detail"))
                .contains("not approved")
                .contains("CLAIMED");

        List<Map<String, Object>> owed = ledger.owed(projectId);
        assertThat(owed)
                .extracting(
                        o -> o.get("participantId") + " " + money(o.get("owed")).toPlainString() + " " + o.get("lines"))
                .containsExactlyInAnyOrder(maredId + " 12.40 1", kofiId + " 15.00 1");
        assertThat(owed).allSatisfy(o -> assertThat(o).containsEntry("currency", "GBP"));

        // A stale version is refused; the current one is not needed (If-Match is optional).
        Response stale = ledger.asCoordinator()
                .header("If-Match", "\"0\"")
                .body(Map.of("paidAs", "VOUCHERS", "acknowledgeBenefitsWarning", false))
                .post("/payments/" + kofiTravel + "/approve");
        Problems.assertProblem(stale, 412, "precondition-failed");

        Map<String, Object> maredPaid = ledger.approveAndPay(maredTravel, "MONEY", today, "BACS-0001");
        Map<String, Object> kofiPaid = ledger.approveAndPay(kofiTravel, "VOUCHERS", today, "VCH-0002");
        assertThat(maredPaid)
                .containsEntry("status", "PAID")
                .containsEntry("paidAs", "MONEY")
                .containsEntry("paidOn", today.toString())
                .containsEntry("paymentReference", "BACS-0001");
        assertThat(statuses(maredPaid)).containsExactly("ESTIMATED", "CLAIMED", "APPROVED", "PAID");
        assertThat(byOf(maredPaid, "CLAIMED")).as("who claimed").isEqualTo(maredId.toString());
        assertThat(maredPaid.get("owedSince")).as("owedSince once paid").isNull();
        assertThat(kofiPaid).containsEntry("status", "PAID").containsEntry("paidAs", "VOUCHERS");
        // Paying again with the same content is the same answer, not a second payment.
        Map<String, Object> paidAgain = Ledger.ok(ledger.pay(maredTravel, today, "MONEY", "BACS-0001"));
        assertThat(paidAgain.get("version")).isEqualTo(maredPaid.get("version"));

        List<Map<String, String>> paid = ledger.csv(projectId).stream()
                .filter(r -> "PAID".equals(r.get("status")))
                .toList();
        assertThat(paid)
                .extracting(r -> String.join(
                        "|",
                        r.get("line_id"),
                        r.get("name"),
                        r.get("item"),
                        r.get("amount"),
                        r.get("paid_as"),
                        r.get("paid_on"),
                        r.get("payment_reference"),
                        r.get("receipt_reference"),
                        r.get("currency")))
                .containsExactlyInAnyOrder(
                        String.join(
                                "|",
                                maredTravel,
                                mared.name(),
                                "TRAVEL",
                                "12.40",
                                "MONEY",
                                today.toString(),
                                "BACS-0001",
                                "BUS-4471",
                                "GBP"),
                        String.join(
                                "|",
                                kofiTravel,
                                kofi.name(),
                                "TRAVEL",
                                "15.00",
                                "VOUCHERS",
                                today.toString(),
                                "VCH-0002",
                                "",
                                "GBP"));
        assertThat(paid).allSatisfy(r -> {
            assertThat(r.get("session_id")).isEqualTo(sessionId.toString());
            assertThat(r.get("project")).isEqualTo(projectName);
        });
        assertThat(paid.stream()
                        .filter(r -> r.get("line_id").equals(maredTravel))
                        .findFirst()
                        .orElseThrow()
                        .get("payee"))
                .isEqualTo(maredPaid.get("payee"));
    }

    @Test
    @Order(3)
    void aTimePaymentOverTheirRecordedLimitIsRefusedWithVouchersOfferedAndTheTotalsSaySo() {
        // Lowri says, privately, that payments for her time may affect her benefits: at most 20.00 a week.
        Map<String, Object> limit = new HashMap<>();
        limit.put("paymentsMayAffectBenefits", true);
        limit.put("limit", new BigDecimal("20.00"));
        limit.put("period", "WEEK");
        limit.put("periodStartsOn", "MONDAY");
        limit.put("notes", "Universal Credit and PIP");
        given().baseUri(suite.participants.url())
                .auth()
                .oauth2(TestTokens.participant(lowriId))
                .contentType(ContentType.JSON)
                .body(limit)
                .put("/participants/" + lowriId + "/benefits-limit")
                .then()
                .statusCode(200);

        String lowriTime = (String) ledger.line(sessionId, lowriId, "TIME").get("id");
        Ledger.ok(ledger.claim(ledger.asPerson(lowriId), lowriTime, TIME, null));
        Response refused = ledger.approve(lowriTime, null, false);
        Problems.assertProblem(refused, 409, "benefits-limit");
        assertThat(refused.jsonPath().getString("suggestedPaidAs")).isEqualTo("VOUCHERS");
        assertThat(refused.jsonPath().getString("detail"))
                .contains("Pay it in vouchers")
                .doesNotContain("20");
        assertThat(ledger.get(lowriTime)).as("the line after the refusal").containsEntry("status", "CLAIMED");

        Map<String, Object> approved = Ledger.ok(ledger.approve(lowriTime, "VOUCHERS", false));
        assertThat(approved)
                .containsEntry("status", "APPROVED")
                .containsEntry("paidAs", "VOUCHERS")
                .containsEntry("benefitsWarning", null);
        Ledger.ok(ledger.pay(lowriTime, today, "VOUCHERS", "VCH-0003"));

        // Mared recorded no limit: her time is approved in money without a warning.
        String maredTime = (String) ledger.line(sessionId, maredId, "TIME").get("id");
        Ledger.ok(ledger.claim(ledger.asPerson(maredId), maredTime, TIME, null));
        assertThat(Ledger.ok(ledger.approve(maredTime, null, false)))
                .containsEntry("status", "APPROVED")
                .containsEntry("paidAs", "MONEY");

        Map<String, Object> t = ledger.totals(lowriId, today.getYear());
        assertThat(t).containsEntry("participantId", lowriId.toString()).containsEntry("currency", "GBP");
        assertThat(t.get("year")).isEqualTo(today.getYear());
        assertThat(money(t.get("paid"))).isEqualByComparingTo("25.00");
        assertThat(money(t.get("paidAsVouchers"))).isEqualByComparingTo("25.00");
        assertThat(money(t.get("paidAsMoney"))).isEqualByComparingTo("0");
        assertThat(money(t.get("approved"))).isEqualByComparingTo("0");
        assertThat(money(t.get("claimed"))).isEqualByComparingTo("0");
        Map<String, Object> m = ledger.totals(maredId, today.getYear());
        assertThat(money(m.get("paid"))).isEqualByComparingTo("12.40");
        assertThat(money(m.get("paidAsMoney"))).isEqualByComparingTo("12.40");
        assertThat(money(m.get("paidAsVouchers"))).isEqualByComparingTo("0");
        assertThat(money(m.get("approved"))).isEqualByComparingTo("25.00");
        assertThat(money(m.get("claimed"))).isEqualByComparingTo("0");
        ledger.asPerson(kofiId)
                .queryParam("participantId", lowriId)
                .queryParam("year", today.getYear())
                .get("/payments/totals")
                .then()
                .statusCode(403);
    }

    @Test
    @Order(4)
    void onceErasedTheirCsvRowKeepsThePayeeAndLosesTheName() {
        Map<String, Object> before = ledger.line(sessionId, maredId, "TRAVEL");
        String lineId = (String) before.get("id");
        coordinator
                .to(suite.participants)
                .delete("/participants/" + maredId)
                .then()
                .statusCode(204);

        // participants-service forgets them at once; sessions-service once the erasure reaches it.
        Map<String, Object> line = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> ledger.get(lineId), l -> l.get("participantId") == null);
        assertThat(line)
                .containsEntry("payee", before.get("payee"))
                .containsEntry("status", "PAID")
                .containsEntry("receiptReference", null);
        assertThat(byOf(line, "CLAIMED")).as("who claimed, once erased").isNull();

        Map<String, String> row = csvRow(lineId);
        assertThat(row)
                .containsEntry("payee", (String) before.get("payee"))
                .containsEntry("name", "")
                .containsEntry("amount", "12.40")
                .containsEntry("paid_as", "MONEY")
                .containsEntry("paid_on", today.toString())
                .containsEntry("receipt_reference", "");
        assertThat(String.join(",", row.values())).doesNotContain(mared.name()).doesNotContain(maredId.toString());
        // Kofi's row is untouched.
        assertThat(csvRow((String) ledger.line(sessionId, kofiId, "TRAVEL").get("id")))
                .containsEntry("name", kofi.name());
    }

    private static Map<String, String> csvRow(String lineId) {
        return ledger.csv(projectId).stream()
                .filter(r -> lineId.equals(r.get("line_id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no CSV row for " + lineId));
    }

    private static BigDecimal money(Object value) {
        assertThat(value).as("an amount").isNotNull();
        return new BigDecimal(value.toString());
    }

    @SuppressWarnings("unchecked")
    private static List<String> statuses(Map<String, Object> line) {
        return ((List<Map<String, Object>>) line.get("history"))
                .stream().map(h -> (String) h.get("status")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Object byOf(Map<String, Object> line, String status) {
        return ((List<Map<String, Object>>) line.get("history"))
                .stream()
                        .filter(h -> status.equals(h.get("status")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no " + status + " step in " + line))
                        .get("by");
    }
}
