package org.coproduction.suite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.TestTokens;

/**
 * The payments ledger (issue 15) as a coordinator and the people paid use it: lines read with exact decimals (never
 * floats, so 12.40 stays 12.40), the steps claim, approve and pay, and the finance CSV read back as rows.
 */
final class Ledger {

    /** Money read as BigDecimal: a float would turn 12.40 into 12.4 and hide a rounding fault. */
    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private final SuiteEnvironment suite;

    Ledger(SuiteEnvironment suite) {
        this.suite = suite;
    }

    RequestSpecification asCoordinator() {
        return as(TestTokens.coordinator());
    }

    RequestSpecification asPerson(UUID participantId) {
        return as(TestTokens.participant(participantId));
    }

    private RequestSpecification as(String token) {
        return given().baseUri(suite.sessions.url()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    static Map<String, Object> exact(Response response) {
        return JsonPath.from(response.asString()).using(EXACT).getMap("");
    }

    /** The session's lines, oldest first. */
    List<Map<String, Object>> lines(UUID sessionId) {
        Response response = asCoordinator()
                .queryParam("sessionId", sessionId)
                .queryParam("size", 200)
                .get("/payments");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return JsonPath.from(response.asString()).using(EXACT).getList("items");
    }

    /** The one line of this person and item in the session. */
    Map<String, Object> line(UUID sessionId, UUID participantId, String item) {
        List<Map<String, Object>> found = lines(sessionId).stream()
                .filter(l -> participantId.toString().equals(l.get("participantId")) && item.equals(l.get("item")))
                .toList();
        assertThat(found).as(item + " lines of " + participantId).hasSize(1);
        return found.get(0);
    }

    Map<String, Object> get(String lineId) {
        return ok(asCoordinator().get("/payments/" + lineId));
    }

    Response claim(RequestSpecification who, String lineId, BigDecimal amount, String receiptReference) {
        Map<String, Object> body = new HashMap<>();
        body.put("amount", amount);
        body.put("receiptReference", receiptReference);
        return who.body(body).post("/payments/" + lineId + "/claim");
    }

    Response approve(String lineId, String paidAs, boolean acknowledgeBenefitsWarning) {
        Map<String, Object> body = new HashMap<>();
        body.put("paidAs", paidAs);
        body.put("acknowledgeBenefitsWarning", acknowledgeBenefitsWarning);
        return asCoordinator().body(body).post("/payments/" + lineId + "/approve");
    }

    Response pay(String lineId, LocalDate paidOn, String method, String reference) {
        Map<String, Object> body = new HashMap<>();
        body.put("paidOn", paidOn.toString());
        body.put("method", method);
        body.put("reference", reference);
        return asCoordinator().body(body).post("/payments/" + lineId + "/pay");
    }

    /** A claimed line approved and paid the same way, each step answering 200; the paid line. */
    Map<String, Object> approveAndPay(String lineId, String paidAs, LocalDate paidOn, String reference) {
        ok(approve(lineId, paidAs, false));
        return ok(pay(lineId, paidOn, paidAs, reference));
    }

    /** What each person of the project is still owed, longest owed first. */
    List<Map<String, Object>> owed(UUID projectId) {
        Response response = asCoordinator()
                .queryParam("projectId", projectId)
                .queryParam("size", 200)
                .get("/payments/owed");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return JsonPath.from(response.asString()).using(EXACT).getList("items");
    }

    /** A person's year, as the portal shows it to them. */
    Map<String, Object> totals(UUID participantId, int year) {
        return ok(asPerson(participantId)
                .queryParam("participantId", participantId)
                .queryParam("year", year)
                .get("/payments/totals"));
    }

    /** The finance CSV for a project, as rows keyed by the header's column names. */
    List<Map<String, String>> csv(UUID projectId) {
        Response response = asCoordinator().queryParam("projectId", projectId).get("/payments/export.csv");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        assertThat(response.header("Content-Disposition"))
                .contains("attachment")
                .contains("payments.csv");
        return rows(response.asString());
    }

    static final List<String> CSV_HEADER = List.of(
            "line_id",
            "session_id",
            "session_date",
            "project",
            "payee",
            "name",
            "item",
            "status",
            "currency",
            "amount",
            "paid_as",
            "paid_on",
            "payment_reference",
            "receipt_reference");

    /** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks. */
    static List<Map<String, String>> rows(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                // The line ends at the \n that follows.
            } else if (c == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        assertThat(records).as("the CSV has a header").isNotEmpty();
        List<String> header = records.get(0);
        assertThat(header).as("the CSV header").containsExactlyElementsOf(CSV_HEADER);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            assertThat(r).as("a CSV row's cells").hasSameSizeAs(header);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), r.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    static Map<String, Object> ok(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return exact(response);
    }
}
