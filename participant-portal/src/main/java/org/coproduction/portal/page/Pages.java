package org.coproduction.portal.page;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Optional;
import org.coproduction.portal.client.ParticipantsGateway;
import org.coproduction.portal.client.Versioned;
import org.coproduction.portal.client.participants.model.Communication;
import org.coproduction.portal.client.participants.model.Participant;
import org.coproduction.portal.config.PortalConfig;
import org.coproduction.portal.signin.SignInRequiredException;
import org.coproduction.portal.signin.Visitor;

/**
 * Puts together what every page shows: the language (asked for with {@code ?lang=}, then remembered; else the
 * person's own; else the browser's), large print for people who asked for it, the navigation and the form token.
 */
@RequestScoped
public class Pages {

    public static final String LANGUAGE_COOKIE = "portal_lang";

    private final Visitor visitor;
    private final ParticipantsGateway participants;
    private final PortalConfig config;
    private final UriInfo uri;
    private final HttpHeaders headers;
    private final io.vertx.core.http.HttpServerRequest request;
    private Versioned<Participant> person;
    private NewCookie languageCookie;

    public Pages(
            Visitor visitor,
            ParticipantsGateway participants,
            PortalConfig config,
            UriInfo uri,
            HttpHeaders headers,
            io.vertx.core.http.HttpServerRequest request) {
        this.visitor = visitor;
        this.participants = participants;
        this.config = config;
        this.uri = uri;
        this.headers = headers;
        this.request = request;
    }

    /** The signed-in person's record as it stands, read once per request; a person who has left is signed out. */
    public Versioned<Participant> person() {
        if (person == null) {
            person = participants.get(visitor.participantId(), visitor.bearer());
            if (person.value().getStatus() == Participant.StatusEnum.WITHDRAWN) {
                visitor.end();
                throw new SignInRequiredException();
            }
        }
        return person;
    }

    /** Forgets the record read earlier in this request (after a change, the page shows the new one). */
    public void changed(Versioned<Participant> updated) {
        this.person = updated;
    }

    public Words words() {
        return Words.of(locale());
    }

    public Locale locale() {
        String asked = uri.getQueryParameters().getFirst("lang");
        if ("cy".equals(asked) || "en".equals(asked)) {
            languageCookie = new NewCookie.Builder(LANGUAGE_COOKIE)
                    .value(asked)
                    .path("/")
                    .httpOnly(true)
                    .secure(config.secureCookies())
                    .sameSite(NewCookie.SameSite.LAX)
                    .maxAge(60 * 60 * 24 * 365)
                    .build();
            return Locale.forLanguageTag(asked);
        }
        var remembered = headers.getCookies().get(LANGUAGE_COOKIE);
        if (remembered != null && ("cy".equals(remembered.getValue()) || "en".equals(remembered.getValue()))) {
            return Locale.forLanguageTag(remembered.getValue());
        }
        if (visitor.session().isPresent()) {
            String preferred = Optional.ofNullable(person().value().getLanguage())
                    .map(l -> l.getPreferred())
                    .orElse("en");
            return preferred.toLowerCase(Locale.ROOT).startsWith("cy") ? Words.WELSH : Words.ENGLISH;
        }
        return headers.getAcceptableLanguages().stream().anyMatch(l -> "cy".equals(l.getLanguage()))
                ? Words.WELSH
                : Words.ENGLISH;
    }

    /** The cookie remembering a language just chosen, if one was (a response filter sets it). */
    Optional<NewCookie> languageCookie() {
        return Optional.ofNullable(languageCookie);
    }

    /**
     * Where the language link of this page leads: the page's own address (a GET), in the other language, keeping its
     * query. A page answering a form post links to the page the form was on, since the post's address is not a page.
     */
    String otherLanguageLink(Words words) {
        String other = words.locale().getLanguage().equals("cy") ? "en" : "cy";
        String path = uri.getPath();
        jakarta.ws.rs.core.UriBuilder link;
        if ("GET".equals(request.method().name())) {
            link = uri.getRequestUriBuilder().replaceQueryParam("link").replaceQueryParam("lang");
        } else {
            link = jakarta.ws.rs.core.UriBuilder.fromPath(pageOfForm(path));
        }
        java.net.URI address = link.queryParam("lang", other).build();
        return address.getRawPath() + "?" + address.getRawQuery();
    }

    /** The page a form posting to {@code path} sits on. */
    static String pageOfForm(String path) {
        if (path.matches("/coming-up/[^/]+/answer")) {
            return path.substring(0, path.length() - "/answer".length());
        }
        if (path.matches("/proposals/[^/]+/(answer|withdraw)")) {
            return path.substring(0, path.lastIndexOf('/'));
        }
        for (String page : java.util.List.of("/free", "/break", "/needs", "/hear", "/money", "/email/confirm")) {
            if (path.equals(page) || path.startsWith(page + "/")) {
                return page;
            }
        }
        return "/";
    }

    /** A page: {@code current} names the navigation entry it is (or null). */
    public TemplateInstance page(Template template, String current) {
        Words words = words();
        boolean signedIn = visitor.session().isPresent();
        boolean largePrint = signedIn
                && Optional.ofNullable(person().value().getCommunication())
                                .map(Communication::getFormat)
                                .orElse(null)
                        == Communication.FormatEnum.LARGE_PRINT;
        TemplateInstance page = template.data("lang", words.locale().getLanguage())
                .data("w", words)
                .data("signedIn", signedIn)
                .data("largePrint", largePrint)
                .data("csrf", visitor.antiForgery())
                .data("current", current == null ? "" : current)
                .data("errors", new FormErrors())
                .data("otherLanguageLink", otherLanguageLink(words))
                .data("notice", null);
        page.setLocale(words.locale());
        return page;
    }
}
