package org.coproduction.notifications.run;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.retry.DeliveryRetryService;
import org.coproduction.notifications.support.InjectWireMock;
import org.coproduction.notifications.support.Mailbox;
import org.coproduction.notifications.support.OtherServicesWireMock;
import org.coproduction.notifications.support.People;
import org.coproduction.notifications.support.SharedSmtp;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The content of a sent digest from an agenda carrying issue 13's fields (WireMock sessions-service and
 * participants-service, real SMTP): the version each reader gets, owners and members by preferred name from the
 * batched lookup, done actions once, and thanks that name what the person did.
 */
@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class DigestContentTest {

    @RegisterExtension
    static GreenMailExtension smtp = SharedSmtp.SERVER;

    @InjectWireMock
    WireMockServer others;

    @Inject
    DeliveryRetryService jobs;

    private final UUID gwenId = UUID.randomUUID();
    private final UUID aishaId = UUID.randomUUID();
    private final UUID annId = UUID.randomUUID();
    private final UUID erasedId = UUID.randomUUID();
    private final UUID listening = UUID.randomUUID();

    @BeforeEach
    void reset() {
        others.resetAll();
    }

    @Test
    void eachReaderGetsTheirVersionWithOwnersMembersAndThanksInTheirWords() throws Exception {
        // People.person asks for plain language.
        var gwen = People.person(gwenId, "Gwen", "cy", "Europe/London", "WEEKLY", "HTML", "ACTIVE");
        var aisha = People.person(aishaId, "Aisha", "en", "Europe/London", "WEEKLY", "HTML", "ACTIVE");
        var ann = People.person(annId, "Ann", "en", "Europe/London", "WEEKLY", "HTML", "ACTIVE");
        // The readers are looked up first; then, in one batch, the people their agendas name that are not already
        // known: Ann, and an erased owner, whom participants-service reports missing.
        others.stubFor(post(urlEqualTo("/participants/lookup"))
                .withRequestBody(containing(gwenId.toString()))
                .willReturn(okJson(People.lookup(List.of(gwen, aisha)))));
        others.stubFor(post(urlEqualTo("/participants/lookup"))
                .withRequestBody(containing(annId.toString()))
                .willReturn(
                        okJson(People.json(Map.of("items", List.of(ann), "missing", List.of(erasedId.toString()))))));
        others.stubFor(post(urlEqualTo("/agendas"))
                .willReturn(okJson(People.json(Map.of("items", List.of(agenda(gwenId), agenda(aishaId)))))));

        String runId = given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body("{\"participantIds\":[\"" + gwenId + "\",\"" + aishaId + "\"]}")
                .when()
                .post("/digests/runs")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        await().atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> {
                    String status = given().auth()
                            .oauth2(TestTokens.coordinator())
                            .get("/digests/runs/" + runId)
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("status");
                    if ("WAITING".equals(status)) {
                        jobs.retryWaiting();
                    }
                    assertThat(status).isEqualTo("COMPLETED");
                });

        Map<String, MimeMessage> mail = Mailbox.byRecipient(smtp.getReceivedMessages());
        String welsh = Mailbox.partOfType(mail.get(People.email(gwen)), "text/html");
        assertThat(welsh)
                .contains(
                        "<html lang=\"cy\">",
                        // The update with a plain Welsh version: that version, unmarked.
                        "<h3>Ystafell newydd (Crisis line)</h3>",
                        "<p>Mae gennym ni ystafell newydd ger yr orsaf.</p>",
                        // The update with none: the English original, marked, in an English paragraph.
                        "<p><em>Heb ei gyfieithu i&#39;r Gymraeg eto</em></p>",
                        "<p lang=\"en\">The council confirmed funding.</p>",
                        "Rydyn ni wedi cywiro&#39;r diweddariad hwn (",
                        // Owners by preferred name; an erased one is nobody's yet.
                        "Mae Ann yn gwneud hyn.",
                        "Does neb wedi cymryd hyn eto.",
                        "<h2>Eich prosiectau</h2>",
                        "<dd>Make calling easier</dd>",
                        "<dd>Ann, Aisha a Gwen</dd>",
                        "Diolch am ddod i <em>Listening to what went wrong</em> ar ddydd ",
                        "lle gwnaethon ni benderfynu: galw&#39;n ôl o fewn awr.",
                        "Diolch am wneud hyn: Archebu&#39;r ystafell.")
                .doesNotContain("New room", "Not yet in Welsh", "Hours given", "null");
        // Done once: it is in the summary (as done), so not again under "done since".
        assertThat(welsh).containsOnlyOnce("Archebu&#39;r ystafell. Wedi&#39;i wneud gennych chi.");

        String english = Mailbox.partOfType(mail.get(People.email(aisha)), "text/html");
        assertThat(english)
                .contains(
                        "<h3>We have a new room (Crisis line)</h3>",
                        "The council confirmed funding.",
                        "We corrected this update on ",
                        "Ann is doing this.",
                        "No one has taken this on yet.",
                        "<dd>Ann, Aisha and Gwen</dd>",
                        // Done, and in a summary of this digest: shown there once, not again under "done since".
                        "<li>Book the room. Done by Gwen.</li>",
                        "Thank you for coming to <em>Listening to what went wrong</em> on ",
                        ", where we decided on call-backs within an hour.")
                .doesNotContain(
                        "Not yet in",
                        "lang=\"cy\"",
                        "Ystafell",
                        "Thank you for getting",
                        "Done since your last update");
        // Owners and members come from participants-service's batched lookup (erased people are missing there).
        others.verify(postRequestedFor(urlEqualTo("/participants/lookup"))
                .withRequestBody(containing(annId.toString()))
                .withRequestBody(containing(erasedId.toString())));
        // Readers are not asked for again as owners or members.
        others.verify(
                0,
                postRequestedFor(urlEqualTo("/participants/lookup"))
                        .withRequestBody(containing(annId.toString()))
                        .withRequestBody(containing(gwenId.toString())));
    }

    private Map<String, Object> agenda(UUID reader) {
        String attendedAt = Instant.now()
                .minus(2, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.HOURS)
                .toString();
        UUID booked = UUID.randomUUID();
        return Map.of(
                "participantId", reader.toString(),
                "summaries",
                        List.of(Map.of(
                                "sessionId",
                                listening.toString(),
                                "projectName",
                                "Crisis line",
                                "title",
                                "Listening to what went wrong",
                                "start",
                                attendedAt,
                                "summary",
                                "We heard what made calling hard.",
                                "decisions",
                                List.of("Call-backs within an hour"),
                                "actions",
                                List.of(
                                        Map.of(
                                                "id",
                                                UUID.randomUUID().toString(),
                                                "description",
                                                "Draft the promise",
                                                "ownerId",
                                                annId.toString(),
                                                "done",
                                                false),
                                        Map.of(
                                                "id",
                                                UUID.randomUUID().toString(),
                                                "description",
                                                "Ask the staff",
                                                "ownerId",
                                                erasedId.toString(),
                                                "done",
                                                false),
                                        Map.of(
                                                "id",
                                                booked.toString(),
                                                "description",
                                                "Book the room",
                                                "ownerId",
                                                gwenId.toString(),
                                                "done",
                                                true)),
                                "language",
                                "en",
                                "versions",
                                List.of(Map.of(
                                        "language",
                                        "cy",
                                        "plain",
                                        true,
                                        "summary",
                                        "Clywsom beth oedd yn anodd.",
                                        "decisions",
                                        List.of("Galw'n ôl o fewn awr"),
                                        "actions",
                                        List.of("Drafftio'r addewid", "Holi'r staff", "Archebu'r ystafell"))))),
                "completedActions",
                        List.of(Map.of(
                                "actionId", booked.toString(),
                                "sessionId", listening.toString(),
                                "sessionTitle", "Listening to what went wrong",
                                "description", "Book the room",
                                "ownerId", gwenId.toString(),
                                "doneAt",
                                        Instant.now().minus(1, ChronoUnit.DAYS).toString(),
                                "language", "en",
                                "versions",
                                        List.of(Map.of(
                                                "language",
                                                "cy",
                                                "plain",
                                                false,
                                                "description",
                                                "Archebu'r ystafell")))),
                "projectUpdates",
                        List.of(
                                Map.of(
                                        "updateId", UUID.randomUUID().toString(),
                                        "projectName", "Crisis line",
                                        "title", "New room",
                                        "body", "We found a room near the station.",
                                        "postedAt", attendedAt,
                                        "language", "en",
                                        "versions",
                                                List.of(
                                                        Map.of(
                                                                "language",
                                                                "en",
                                                                "plain",
                                                                true,
                                                                "title",
                                                                "We have a new room",
                                                                "body",
                                                                "It is near the station."),
                                                        Map.of(
                                                                "language",
                                                                "cy",
                                                                "plain",
                                                                true,
                                                                "title",
                                                                "Ystafell newydd",
                                                                "body",
                                                                "Mae gennym ni ystafell newydd ger yr orsaf."))),
                                Map.of(
                                        "updateId",
                                        UUID.randomUUID().toString(),
                                        "projectName",
                                        "Crisis line",
                                        "title",
                                        "Funding confirmed",
                                        "body",
                                        "The council confirmed funding.",
                                        "postedAt",
                                        attendedAt,
                                        "correctedAt",
                                        Instant.now().minus(1, ChronoUnit.HOURS).toString())),
                "projects",
                        List.of(Map.of(
                                "projectId",
                                UUID.randomUUID().toString(),
                                "name",
                                "Crisis line",
                                "purpose",
                                "Make calling easier",
                                "memberIds",
                                List.of(annId.toString(), erasedId.toString(), aishaId.toString(), gwenId.toString()))),
                "contributions",
                        Map.of(
                                "sessionsAttended",
                                1,
                                "hours",
                                1.5,
                                "attended",
                                List.of(Map.of(
                                        "sessionId",
                                        listening.toString(),
                                        "title",
                                        "Listening to what went wrong",
                                        "start",
                                        attendedAt,
                                        "timeZone",
                                        "Europe/London",
                                        "hours",
                                        1.5))));
    }
}
