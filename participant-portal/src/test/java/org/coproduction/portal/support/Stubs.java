package org.coproduction.portal.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** The three services' answers for one person with one session coming up: enough to open every page. */
public final class Stubs {

    public final UUID person = UUID.randomUUID();
    public final UUID session = UUID.randomUUID();
    public final UUID other = UUID.randomUUID();
    private final WireMockServer services;

    public Stubs(WireMockServer services) {
        this.services = services;
    }

    /** Everything a page may read, for a person with this language and format; changes answer as the services do. */
    public Stubs everything(String language, String format) {
        Portal.participantIs(services, person, Portal.participant(person, "ACTIVE", language, format), 3);
        services.stubFor(post(urlPathEqualTo("/participants/" + person + "/portal-visits"))
                .willReturn(aResponse().withStatus(204)));
        services.stubFor(patch(urlPathEqualTo("/participants/" + person))
                .willReturn(json(200, Portal.participant(person, "ACTIVE", language, format))
                        .withHeader("ETag", "\"4\"")));
        services.stubFor(get(urlPathEqualTo("/participants/" + person + "/export"))
                .willReturn(json(200, """
                        {"generatedAt":"2026-11-26T10:00:00Z","participant":%s,"consentHistory":[],"audit":[],"sessions":null,"notifications":null}
                        """.formatted(Portal.participant(person, "ACTIVE", language, format)))));
        services.stubFor(get(urlPathEqualTo("/sessions"))
                .willReturn(json(200, "{\"items\":[" + sessionJson() + "],\"page\":0,\"size\":50,\"total\":1}")));
        services.stubFor(get(urlPathEqualTo("/sessions/" + session)).willReturn(json(200, sessionJson())));
        services.stubFor(put(urlPathEqualTo("/sessions/" + session + "/answers/" + person))
                .willReturn(json(200, "{\"sessionId\":\"" + session + "\",\"answers\":[],\"comingCount\":1}")));
        services.stubFor(get(urlPathEqualTo("/sessions/" + session + "/calendar.ics"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/calendar; charset=UTF-8")
                        .withBody("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")));
        services.stubFor(get(urlPathEqualTo("/contributions"))
                .willReturn(json(
                        200,
                        "{\"items\":[{\"participantId\":\"" + person
                                + "\",\"sessionsAttended\":3,\"hours\":7.5}],\"page\":0,\"size\":1,\"total\":1}")));
        services.stubFor(get(urlPathEqualTo("/unsubscribes/" + person))
                .willReturn(json(404, "{\"status\":404,\"title\":\"Not Found\"}")
                        .withHeader("Content-Type", "application/problem+json")));
        services.stubFor(delete(urlPathEqualTo("/unsubscribes/" + person))
                .willReturn(aResponse().withStatus(204)));
        services.stubFor(get(urlPathEqualTo("/digests/preview/" + person))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/plain; charset=UTF-8")
                        .withBody("Hello Aisha,\n\nHere is what has happened since Monday.")));
        services.stubFor(post(urlPathEqualTo("/sign-in-links"))
                .willReturn(json(202, "{\"message\":\"If we know this address, a link is on its way.\"}")));
        return this;
    }

    public String sessionJson() {
        // A week ahead at 18:00 in London, as a real evening session would be.
        OffsetDateTime start = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
                .plusDays(7)
                .atTime(18, 0)
                .atZone(java.time.ZoneId.of("Europe/London"))
                .toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
        return """
                {"id":"%s","projectId":"%s","title":"Planning the new crisis line","purpose":"Agree what the first version does",
                 "type":"WORKSHOP","format":"HYBRID",
                 "venue":{"id":"%s","name":"Riverside Community Centre","address":"1 River Street, Cardiff","format":"IN_PERSON"},
                 "joiningLink":"https://meet.example.org/abc","start":"%s","end":"%s","timeZone":"Europe/London",
                 "status":"SCHEDULED","cancelReason":null,"invitees":["%s","%s"],
                 "answers":[{"participantId":"%s","answer":"COMING","reason":null,"answeredAt":"2026-11-01T10:00:00Z"}],
                 "comingCount":1,
                 "arrangements":{"interpretation":["bfi"],"captions":true,"largePrintMaterials":false,
                   "easyReadMaterials":true,"breaks":true},
                 "createdAt":"2026-11-01T10:00:00Z","updatedAt":"2026-11-01T10:00:00Z","version":1}
                """.formatted(
                        session, UUID.randomUUID(), UUID.randomUUID(), start, start.plusHours(2), person, other, other);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }
}
