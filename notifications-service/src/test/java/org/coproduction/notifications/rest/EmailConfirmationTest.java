package org.coproduction.notifications.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coproduction.platform.testing.Problems.assertInvalidFields;
import static org.coproduction.platform.testing.Problems.assertProblem;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.domain.Delivery;
import org.coproduction.notifications.domain.DeliveryKind;
import org.coproduction.notifications.domain.DeliveryStatus;
import org.coproduction.notifications.domain.EmailConfirmation;
import org.coproduction.notifications.privacy.ErasureService;
import org.coproduction.notifications.support.Deliveries;
import org.coproduction.notifications.support.Mailbox;
import org.coproduction.notifications.support.OtherServicesWireMock;
import org.coproduction.notifications.support.People;
import org.coproduction.notifications.support.SharedSmtp;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The mail that confirms a participant's new address: sent once, in their language, and the log keeps no address. */
@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class EmailConfirmationTest {

    private static final String SERVICE = TestTokens.service("participants-service");

    @RegisterExtension
    static GreenMailExtension smtp = SharedSmtp.SERVER;

    @Inject
    ErasureService erasures;

    @Test
    void theLinkGoesToTheNewAddressInWelshAndTheLogKeepsNoAddressOnceSent() throws Exception {
        UUID gwen = UUID.randomUUID();
        String address = "gwen-" + gwen.toString().substring(0, 8) + "@example.org";

        request(gwen, address, "Zx9_token-" + gwen, "cy-GB").then().statusCode(202);

        Delivery sent = awaitSent(gwen);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(Mailbox.recipient(mail)).isEqualTo(address);
        assertThat(mail.getSubject()).isEqualTo("Cadarnhewch eich cyfeiriad e-bost");
        String text = Mailbox.partOfType(mail, "text/plain");
        assertThat(text).contains("http://localhost:8084/email/confirm?token=Zx9_token-" + gwen);
        assertThat(text).contains("agorwch y ddolen hon");
        assertThat(sent.kind).isEqualTo(DeliveryKind.EMAIL_CONFIRMATION);
        assertThat(sent.subject).isEqualTo("Cadarnhewch eich cyfeiriad e-bost");
        assertThat(sent.periodKey).startsWith("EMAIL_CONFIRMATION:").doesNotContain("token");
        assertThat(QuarkusTransaction.requiringNew().call(() -> EmailConfirmation.<EmailConfirmation>findById(sent.id)))
                .isNull();

        // The same request again (a retried call) sends nothing twice.
        request(gwen, address, "Zx9_token-" + gwen, "cy").then().statusCode(202);
        assertThat(Deliveries.of(gwen)).hasSize(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void withoutAWelshLanguageTheMailIsInEnglish() throws Exception {
        UUID ada = UUID.randomUUID();
        String address = "ada-" + ada.toString().substring(0, 8) + "@example.org";

        request(ada, address, "t0ken." + ada, null).then().statusCode(202);

        awaitSent(ada);
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Please confirm your email address");
        assertThat(Mailbox.partOfType(mail, "text/plain"))
                .contains("To confirm it, open this link:")
                .contains("/email/confirm?token=t0ken." + ada)
                .contains("you can ignore this email");
        assertThat(Mailbox.partOfType(mail, "text/html")).isNull();
    }

    @Test
    void nothingIsSentOrKeptForSomeoneWhoWasErased() {
        UUID gone = UUID.randomUUID();
        erasures.erase(gone);

        request(gone, "gone@example.org", "token-of-the-erased", "en").then().statusCode(202);

        assertThat(Deliveries.of(gone)).isEmpty();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void onlyTheSuitesServicesMayAskAndEveryFieldIsChecked() {
        UUID ada = UUID.randomUUID();
        for (String token : List.of(TestTokens.coordinator(), TestTokens.participant(ada))) {
            assertProblem(
                    given().auth()
                            .oauth2(token)
                            .contentType(ContentType.JSON)
                            .body(People.json(Map.of(
                                    "participantId", ada.toString(), "address", "a@example.org", "token", "abc")))
                            .post("/email-confirmations")
                            .andReturn(),
                    403,
                    "forbidden");
        }
        assertInvalidFields(
                request(ada, "not an address", "has space", "x".repeat(36)), "address", "token", "language");
        assertInvalidFields(
                given().auth()
                        .oauth2(SERVICE)
                        .contentType(ContentType.JSON)
                        .body("{}")
                        .post("/email-confirmations")
                        .andReturn(),
                "participantId",
                "address",
                "token");
        assertThat(Deliveries.of(ada)).isEmpty();
    }

    private static Delivery awaitSent(UUID participantId) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> Deliveries.of(participantId).stream()
                                .filter(d -> d.status == DeliveryStatus.SENT)
                                .findFirst()
                                .orElse(null),
                        d -> d != null);
    }

    private static Response request(UUID participantId, String address, String token, String language) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("participantId", participantId.toString());
        body.put("address", address);
        body.put("token", token);
        if (language != null) {
            body.put("language", language);
        }
        return given().auth()
                .oauth2(SERVICE)
                .contentType(ContentType.JSON)
                .body(People.json(body))
                .post("/email-confirmations")
                .andReturn();
    }
}
