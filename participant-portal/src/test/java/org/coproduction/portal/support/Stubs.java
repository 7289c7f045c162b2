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
    public final UUID project = UUID.randomUUID();
    public final UUID proposal = UUID.randomUUID();
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
        money();
        proposals();
        services.stubFor(post(urlPathEqualTo("/sign-in-links"))
                .willReturn(json(202, "{\"message\":\"If we know this address, a link is on its way.\"}")));
        return this;
    }

    /** The person's year of payments and a weekly benefits limit they set. */
    public Stubs money() {
        services.stubFor(get(urlPathEqualTo("/payments/totals")).willReturn(json(200, """
                        {"participantId":"%s","year":%d,"currency":"GBP","paid":42.50,"paidAsMoney":30.00,
                         "paidAsVouchers":12.50,"approved":10.00,"claimed":5.25}
                        """.formatted(
                person,
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).getYear()))));
        services.stubFor(get(urlPathEqualTo("/participants/" + person + "/benefits-limit"))
                .willReturn(json(200, benefitsLimit()).withHeader("ETag", "\"2\"")));
        services.stubFor(put(urlPathEqualTo("/participants/" + person + "/benefits-limit"))
                .willReturn(json(200, benefitsLimit()).withHeader("ETag", "\"3\"")));
        services.stubFor(delete(urlPathEqualTo("/participants/" + person + "/benefits-limit"))
                .willReturn(aResponse().withStatus(204)));
        return this;
    }

    public String benefitsLimit() {
        return """
                {"paymentsMayAffectBenefits":true,"limit":20.00,"period":"WEEK","periodStartsOn":"WEDNESDAY",
                 "notes":"Carer's Allowance","updatedAt":"2026-11-20T10:00:00Z","version":2}
                """;
    }

    /** One project with one open proposal the person has not answered, closing in three days at 17:00 London time. */
    public Stubs proposals() {
        services.stubFor(
                post(urlPathEqualTo("/agendas")).willReturn(json(200, """
                        {"items":[{"participantId":"%s","upcomingSessions":[],"summaries":[],"openActions":[],
                          "completedActions":[],"projectUpdates":[],
                          "projects":[{"projectId":"%s","name":"Redesigning the crisis line","purpose":null,
                                       "memberIds":["%s","%s"]}],
                          "contributions":{"sessionsAttended":0,"hours":0},"trainingSuggestion":null}]}
                        """.formatted(person, project, person, other))));
        services.stubFor(get(urlPathEqualTo("/projects/" + project + "/proposals"))
                .willReturn(json(
                        200,
                        "{\"items\":[" + proposalJson("OPEN", "[]", null) + "],\"page\":0,\"size\":50,\"total\":1}")));
        proposalIs(proposalJson("OPEN", "[]", null));
        services.stubFor(put(urlPathEqualTo("/proposals/" + proposal + "/answers/" + person))
                .willReturn(json(200, proposalJson("OPEN", "[]", null))));
        services.stubFor(post(urlPathEqualTo("/proposals/" + proposal + "/objections/" + person + "/withdraw"))
                .willReturn(json(200, proposalJson("OPEN", "[]", null))));
        return this;
    }

    /** sessions-service answers this proposal to a GET of it. */
    public void proposalIs(String json) {
        services.stubFor(get(urlPathEqualTo("/proposals/" + proposal)).willReturn(json(200, json)));
    }

    /** When the open proposal closes: three days ahead at 17:00 in London. */
    public OffsetDateTime closesAt() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
                .plusDays(3)
                .atTime(17, 0)
                .atZone(java.time.ZoneId.of("Europe/London"))
                .toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * The proposal as sessions-service writes it, with these answers (a JSON list) and outcome (JSON or null). Counts
     * are those of a project of eight members where three have answered.
     */
    public String proposalJson(String status, String answers, String outcome) {
        return """
                {"id":"%s","projectId":"%s","title":"Open the crisis line on Sundays",
                 "text":"We would like to open on Sundays from 10:00 to 16:00.\\n\\nThis means two more volunteers each week.",
                 "proposedBy":"%s","createdAt":"2026-11-20T10:00:00Z","closesAt":"%s","status":"%s","members":8,
                 "answers":%s,
                 "counts":{"agree":2,"concerns":0,"object":1,"objectionsStanding":1,"answered":3},
                 "outcome":%s,"version":4}
                """.formatted(proposal, project, other, closesAt(), status, answers, outcome);
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
