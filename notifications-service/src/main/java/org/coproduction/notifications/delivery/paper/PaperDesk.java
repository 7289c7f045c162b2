package org.coproduction.notifications.delivery.paper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.coproduction.notifications.client.Participant;
import org.coproduction.notifications.config.NotificationsConfig;
import org.coproduction.notifications.notice.write.WrittenNotice;
import org.coproduction.notifications.render.DigestFormat;
import org.coproduction.notifications.render.DigestView;
import org.coproduction.notifications.render.Language;
import org.coproduction.notifications.render.MailRenderer;
import org.coproduction.notifications.render.Zones;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes the letter or call sheet for a person who asked for post or a phone call, from the same words their email
 * would carry: a digest's content is the digest's own HTML (so the letter says what the email says), a notice's is its
 * subject and message. A letter is a PDF with the same HTML kept for screen readers; a call sheet is HTML.
 */
@ApplicationScoped
public class PaperDesk {

    static final String PDF = "application/pdf";
    static final String HTML = "text/html; charset=UTF-8";

    private final Template paper;
    private final MailRenderer renderer;
    private final NotificationsConfig config;
    private final PdfLetter pdf;

    private final PaperMessages english;
    private final PaperMessages welsh;

    public PaperDesk(
            @Location("paper.html") Template paper,
            MailRenderer renderer,
            NotificationsConfig config,
            PaperMessages english,
            @Localized("cy") PaperMessages welsh) {
        this.english = english;
        this.welsh = welsh;
        this.paper = paper;
        this.renderer = renderer;
        this.config = config;
        this.pdf = new PdfLetter(config.letter().font().orElse(null));
    }

    /** The letter or call sheet of a digest. */
    public PaperDocument digest(UUID deliveryId, Participant person, DigestView view) {
        Document body = Jsoup.parse(renderer.digestHtml(view));
        Element main = body.selectFirst("main");
        // The digest's greeting is a heading in the email; under the letter's own heading it is the opening line.
        if (main != null) {
            main.select("h1").tagName("p");
            // On paper a link is only words: the settings line says whom to tell instead, other links show their text.
            main.select("p.change-settings")
                    .forEach(p -> p.text(paperWords(view.lang()).howToChange()));
            main.select("a").unwrap();
        }
        List<Element> content = main == null ? List.of() : List.copyOf(main.children());
        return make(deliveryId, person, view.lang(), null, content);
    }

    /** The letter or call sheet of a notice: its subject as the heading, its message one paragraph a line. */
    public PaperDocument notice(UUID deliveryId, Participant person, String subject, String body) {
        String lang = Language.choose(person.languageTag());
        List<Element> content = body == null
                ? List.of()
                : Arrays.stream(body.split("\\R\\s*\\R"))
                        .map(String::strip)
                        .filter(p -> !p.isEmpty())
                        .map(p -> new Element("p").text(p))
                        .toList();
        return make(deliveryId, person, lang, subject, content);
    }

    /** The letter or call sheet of a notice written for this reader: what changed, then one fact a line, then the note. */
    public PaperDocument notice(UUID deliveryId, Participant person, WrittenNotice written) {
        List<Element> content = new java.util.ArrayList<>();
        content.add(new Element("p").text(written.headline()));
        lines(written.changes()).forEach(line -> content.add(new Element("p").text(line)));
        lines(written.facts()).forEach(line -> content.add(new Element("p").text(line)));
        if (!lines(written.note()).isEmpty()) {
            content.add(new Element("h2").text(written.noteHeading()));
            lines(written.note()).forEach(line -> content.add(new Element("p").text(line)));
        }
        return make(deliveryId, person, written.lang(), written.subject(), content);
    }

    private PaperMessages paperWords(String lang) {
        return "cy".equals(lang) ? welsh : english;
    }

    private static List<String> lines(List<String> lines) {
        return lines == null ? List.of() : lines;
    }

    private PaperDocument make(UUID deliveryId, Participant person, String lang, String title, List<Element> content) {
        Channel channel = Channel.of(person);
        boolean callSheet = channel == Channel.PHONE;
        Locale locale = Locale.forLanguageTag(lang);
        ZoneId zone = Zones.of(person.timeZone(), ZoneId.of(config.digest().defaultZone()));
        Participant.PostalAddress address = person.postalAddress();
        PaperView view = new PaperView(
                lang,
                title,
                DigestFormat.parse(person.format()) == DigestFormat.LARGE_PRINT,
                callSheet,
                fullName(person),
                address == null || address.lines() == null ? List.of() : address.lines(),
                address == null ? null : address.postcode(),
                person.phone(),
                locale.getDisplayLanguage(locale),
                DateTimeFormatter.ofPattern("d MMMM yyyy", locale)
                        .format(Instant.now().atZone(zone)));
        TemplateInstance instance = paper.data("view", view);
        instance.setAttribute("locale", locale);
        Document doc = Jsoup.parse(instance.render());
        Element slot = doc.getElementById("content");
        content.forEach(slot::appendChild);
        slot.unwrap();
        doc.outputSettings().charset(StandardCharsets.UTF_8);
        String html = doc.outerHtml();
        String file = (callSheet ? "call-sheet-" : "letter-") + deliveryId;
        return callSheet
                ? new PaperDocument(
                        deliveryId,
                        person.id(),
                        PaperDocument.Kind.CALL_SHEET,
                        HTML,
                        file + ".html",
                        html.getBytes(StandardCharsets.UTF_8),
                        html)
                : new PaperDocument(
                        deliveryId, person.id(), PaperDocument.Kind.LETTER, PDF, file + ".pdf", pdf.pdf(doc), html);
    }

    /** Their full name on an envelope (the name they go by when no full name is held). */
    private static String fullName(Participant person) {
        return person.name() != null && !person.name().isBlank() ? person.name() : person.greetingName();
    }
}
