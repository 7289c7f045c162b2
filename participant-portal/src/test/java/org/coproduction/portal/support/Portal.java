package org.coproduction.portal.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.restassured.response.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduction.platform.link.PortalLinks;
import org.coproduction.platform.link.PortalLinks.Link;
import org.coproduction.platform.link.PortalLinks.Purpose;

/** Helpers for the portal's tests: signed links, a signed-in visit, the services' answers. */
public final class Portal {

    public static final PortalLinks LINKS = new PortalLinks(PortalLinks.DEVELOPMENT_KEY, Clock.systemUTC());
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private Portal() {}

    public static String link(UUID person) {
        return LINKS.sign(person, Purpose.SIGN_IN);
    }

    /** A link issued {@code age} ago (still within its 14 days unless age is longer). */
    public static String linkIssuedAgo(UUID person, Duration age) {
        Instant issued = Instant.now().minus(age).truncatedTo(ChronoUnit.SECONDS);
        return LINKS.sign(new Link(person, Purpose.SIGN_IN, issued, issued.plus(Duration.ofDays(14))));
    }

    /** Opens a link as a browser would and returns the session cookie it set. */
    public static String signIn(String link) {
        Response opened =
                given().redirects().follow(false).queryParam("link", link).get("/coming-up");
        if (opened.statusCode() != 303) {
            throw new AssertionError("sign-in answered " + opened.statusCode() + ": " + opened.asString());
        }
        // Then the page it leads to, as a browser does: that records the visit, and the cookie it sets says so.
        String started = opened.getCookie("portal_session");
        String firstPage = given().redirects()
                .follow(false)
                .cookie("portal_session", started)
                .get(opened.header("Location"))
                .getCookie("portal_session");
        return firstPage == null ? started : firstPage;
    }

    /** Whether a request the services received is the portal recording a visit (not a change of anyone's data). */
    public static boolean isVisitRecord(com.github.tomakehurst.wiremock.stubbing.ServeEvent event) {
        return event.getRequest().getUrl().endsWith("/portal-visits");
    }

    /** The anti-forgery token in a page's forms. */
    public static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no anti-forgery token on the page");
        }
        return m.group(1);
    }

    /** participants-service answers this record (with an ETag) to a GET of it. */
    public static void participantIs(WireMockServer services, UUID id, String json, long version) {
        services.stubFor(get(urlPathEqualTo("/participants/" + id))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.matching("Bearer .+"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withHeader("ETag", "\"" + version + "\"")
                        .withBody(json)));
    }

    /** A participant record as participants-service writes it. */
    public static String participant(UUID id, String status, String language, String format) {
        return """
                {"id":"%s","name":"Aisha Khan","preferredName":"Aisha","pronouns":null,"email":"aisha@example.org",
                 "pendingEmail":null,"phone":null,"role":"LIVED_EXPERIENCE","organisation":null,
                 "timeZone":"Europe/London","status":"%s","pausedUntil":null,
                 "accessNeeds":{"needs":["STEP_FREE_ACCESS"],"notes":null},
                 "financialSupport":{"paymentForTime":"WANTS_PAYMENT","travel":true,"childcare":false,
                   "careCover":false,"meals":true,"dietaryRequirements":"vegetarian"},
                 "language":{"preferred":"%s","interpretation":null,"plainLanguage":true},
                 "communication":{"channel":"EMAIL","digestFrequency":"WEEKLY","digestDay":"MONDAY","format":"%s"},
                 "availability":{"weekly":[{"day":"MONDAY","start":"18:00","end":"20:30"}],
                   "unavailable":[{"from":"2027-04-01T00:00:00Z","to":"2027-04-15T00:00:00Z","reason":"holiday"}],
                   "maxSessionsPerMonth":4,"minNoticeDays":7},
                 "support":{"trainingInterests":["PEER_SUPPORT"],"preference":"GROUP","mentorId":null,
                   "wantsMentor":false,"offersMentoring":true,"trainingNotes":null,
                   "trainingAskedAt":"2026-01-01T10:00:00Z","mentorAskedAt":null},
                 "consent":{"givenAt":"2026-01-01T10:00:00Z","version":"1","withdrawn":[]},
                 "lastPortalVisitAt":null,
                 "createdAt":"2026-01-01T10:00:00Z","updatedAt":"2026-01-01T10:00:00Z","version":3}
                """.formatted(id, status, language, format);
    }

    /** The claims of a bearer token a call carried (the portal signs them; the services verify them). */
    public static com.fasterxml.jackson.databind.JsonNode claims(String authorization) {
        String jwt = authorization.substring("Bearer ".length());
        String payload = jwt.split("\\.")[1];
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(java.util.Base64.getUrlDecoder().decode(payload));
        } catch (java.io.IOException e) {
            throw new AssertionError("not a JWT: " + authorization, e);
        }
    }
}
