package org.coproduction.notifications.run;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.support.InjectWireMock;
import org.coproduction.notifications.support.OtherServicesWireMock;
import org.coproduction.notifications.support.People;
import org.coproduction.notifications.support.SharedSmtp;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A deployment that prefers silence to the "work goes on" note. */
@QuarkusTest
@TestProfile(SkipEmptyDigestTest.SkipEmpty.class)
@QuarkusTestResource(OtherServicesWireMock.class)
class SkipEmptyDigestTest {

    /** Beside the shared server's port (which -Dnotifications-test-smtp-port moves), so parallel builds differ. */
    static final int OWN_SMTP_PORT = SharedSmtp.PORT + 50;

    public static class SkipEmpty implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A profile of its own runs in a class loader of its own, so it gets an SMTP server of its own too.
            return Map.of(
                    "notifications.digest.skip-empty", "true", "quarkus.mailer.port", Integer.toString(OWN_SMTP_PORT));
        }
    }

    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(OWN_SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @InjectWireMock
    WireMockServer others;

    @Test
    void nothingHappenedMeansNothingIsSentButTheSkipIsRecorded() {
        var quiet = People.active(UUID.randomUUID(), "Quinn");
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(quiet)))));
        others.stubFor(post(urlEqualTo("/agendas")).willReturn(okJson(People.emptyAgendas(List.of(quiet)))));

        String runId = given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body(People.json(Map.of("participantIds", List.of(quiet.get("id")))))
                .when()
                .post("/digests/runs")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        JsonPath run = DigestRunTest.awaitRun(runId, "COMPLETED");

        assertThat(run.getInt("skipped")).isEqualTo(1);
        assertThat(run.getInt("sent")).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        given().auth()
                .oauth2(TestTokens.coordinator())
                .queryParam("participantId", quiet.get("id"))
                .when()
                .get("/deliveries")
                .then()
                .statusCode(200)
                .body("items[0].status", org.hamcrest.Matchers.equalTo("SKIPPED"))
                .body("items[0].lastError", org.hamcrest.Matchers.containsString("nothing happened"));
    }
}
