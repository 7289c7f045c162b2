package org.coproduction.notifications.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.support.InjectWireMock;
import org.coproduction.notifications.support.OtherServicesWireMock;
import org.coproduction.notifications.support.People;
import org.coproduction.platform.problem.DependencyUnavailableException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The two wrappers around the other services: what they ask, how they read the answer, and what "down" becomes. */
@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class OtherServicesClientsTest {

    private static final String BEARER = "Bearer [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+";

    @InjectWireMock
    WireMockServer others;

    @Inject
    ParticipantsClient participants;

    @Inject
    SessionsClient sessions;

    @BeforeEach
    void reset() {
        others.resetAll();
    }

    @Test
    void activePeopleAreAskedForPageByPageWithAServiceToken() {
        var ann = People.active(UUID.randomUUID(), "Ann");
        others.stubFor(get(urlPathEqualTo("/participants")).willReturn(okJson(People.page(List.of(ann), 3, 50, 151))));

        ParticipantPage page = participants.activePage(3, 50);

        assertThat(page.total()).isEqualTo(151);
        assertThat(page.itemsOrEmpty()).extracting(Participant::greetingName).containsExactly("Ann");
        others.verify(
                1,
                getRequestedFor(urlPathEqualTo("/participants"))
                        .withQueryParam("status", equalTo("ACTIVE"))
                        .withQueryParam("page", equalTo("3"))
                        .withQueryParam("size", equalTo("50"))
                        .withHeader("Authorization", matching(BEARER)));
    }

    @Test
    void peopleAreLookedUpByIdAndThoseNotFoundAreReportedMissing() {
        var ann = People.active(UUID.randomUUID(), "Ann");
        UUID gone = UUID.randomUUID();
        others.stubFor(post(urlEqualTo("/participants/lookup"))
                .willReturn(okJson(People.json(Map.of("items", List.of(ann), "missing", List.of(gone.toString()))))));

        LookupResult found = participants.lookup(List.of(UUID.fromString((String) ann.get("id")), gone));

        assertThat(found.itemsOrEmpty()).extracting(Participant::email).containsExactly(People.email(ann));
        assertThat(found.missing()).containsExactly(gone);
        others.verify(
                1,
                postRequestedFor(urlEqualTo("/participants/lookup"))
                        .withRequestBody(equalToJson("{\"ids\":[\"" + ann.get("id") + "\",\"" + gone + "\"]}")));
    }

    @Test
    void aPersonIsFoundByTheirEmailAddressAndNobodyIsEmpty() {
        var ann = People.active(UUID.randomUUID(), "Ann");
        others.stubFor(get(urlPathEqualTo("/participants"))
                .withQueryParam("email", equalTo(People.email(ann)))
                .willReturn(okJson(People.page(List.of(ann), 0, 1, 1))));
        others.stubFor(get(urlPathEqualTo("/participants"))
                .withQueryParam("email", equalTo("nobody@example.org"))
                .willReturn(okJson(People.page(List.of(), 0, 1, 0))));

        assertThat(participants.byEmail(People.email(ann)))
                .hasValueSatisfying(p -> assertThat(p.greetingName()).isEqualTo("Ann"));
        assertThat(participants.byEmail("nobody@example.org")).isEmpty();
        others.verify(
                1,
                getRequestedFor(urlPathEqualTo("/participants"))
                        .withQueryParam("email", equalTo(People.email(ann)))
                        .withQueryParam("size", equalTo("1"))
                        .withHeader("Authorization", matching(BEARER)));
        others.stubFor(
                get(urlPathEqualTo("/participants")).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> participants.byEmail("anyone@example.org"))
                .isInstanceOf(DependencyUnavailableException.class);
    }

    @Test
    void participantsServiceDownIsReportedAsUnavailableAfterTwoRetries() {
        others.stubFor(
                post(urlEqualTo("/participants/lookup")).willReturn(aResponse().withStatus(500)));
        others.stubFor(
                get(urlPathEqualTo("/participants")).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> participants.lookup(List.of(UUID.randomUUID())))
                .isInstanceOfSatisfying(
                        DependencyUnavailableException.class,
                        e -> assertThat(e.service()).isEqualTo("participants-service"));
        assertThatThrownBy(() -> participants.activePage(0, 200)).isInstanceOf(DependencyUnavailableException.class);
        others.verify(3, postRequestedFor(urlEqualTo("/participants/lookup")));
        others.verify(3, getRequestedFor(urlPathEqualTo("/participants")));
    }

    @Test
    void agendasAreAskedForManyPeopleAtOnceFromAGivenInstant() {
        var ann = People.active(UUID.randomUUID(), "Ann");
        var ben = People.active(UUID.randomUUID(), "Ben");
        others.stubFor(post(urlEqualTo("/agendas")).willReturn(okJson(People.emptyAgendas(List.of(ann, ben)))));
        List<UUID> ids = List.of(UUID.fromString((String) ann.get("id")), UUID.fromString((String) ben.get("id")));

        AgendaResult result = sessions.agendas(ids, Instant.parse("2027-03-15T08:00:00Z"));

        assertThat(result.itemsOrEmpty()).extracting(Agenda::participantId).containsExactlyElementsOf(ids);
        assertThat(result.itemsOrEmpty().get(0).contributions().sessionsAttended())
                .isZero();
        others.verify(
                1,
                postRequestedFor(urlEqualTo("/agendas"))
                        .withHeader("Authorization", matching(BEARER))
                        .withRequestBody(equalToJson("{\"participantIds\":[\"" + ids.get(0) + "\",\"" + ids.get(1)
                                + "\"]," + "\"since\":\"2027-03-15T08:00:00Z\"}")));
    }

    @Test
    void aSessionsCalendarIsItsIcsTextAndAnUnknownSessionHasNone() {
        UUID known = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        others.stubFor(get(urlEqualTo("/sessions/" + known + "/calendar.ics"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/calendar")
                        .withBody("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")));
        others.stubFor(get(urlEqualTo("/sessions/" + unknown + "/calendar.ics"))
                .willReturn(aResponse().withStatus(404)));

        assertThat(sessions.calendar(known)).hasValue("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        assertThat(sessions.calendar(unknown)).isEmpty();
        // A 404 is an answer: it is not retried.
        others.verify(1, getRequestedFor(urlEqualTo("/sessions/" + unknown + "/calendar.ics")));
    }

    @Test
    void sessionsServiceDownIsReportedAsUnavailableForAgendasAndCalendars() {
        UUID session = UUID.randomUUID();
        others.stubFor(post(urlEqualTo("/agendas")).willReturn(aResponse().withStatus(503)));
        others.stubFor(get(urlEqualTo("/sessions/" + session + "/calendar.ics"))
                .willReturn(aResponse().withStatus(502)));

        assertThatThrownBy(() -> sessions.agendas(List.of(UUID.randomUUID()), Instant.now()))
                .isInstanceOfSatisfying(
                        DependencyUnavailableException.class,
                        e -> assertThat(e.service()).isEqualTo("sessions-service"));
        assertThatThrownBy(() -> sessions.calendar(session))
                .isInstanceOfSatisfying(
                        DependencyUnavailableException.class,
                        e -> assertThat(e.service()).isEqualTo("sessions-service"));
        others.verify(3, getRequestedFor(urlEqualTo("/sessions/" + session + "/calendar.ics")));
    }
}
