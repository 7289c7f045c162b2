package org.coproduction.portal.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduction.portal.client.NotificationsGateway;
import org.coproduction.portal.client.ParticipantsGateway;
import org.coproduction.portal.client.Versioned;
import org.coproduction.portal.client.participants.model.Communication;
import org.coproduction.portal.client.participants.model.Language;
import org.coproduction.portal.client.participants.model.Participant;
import org.coproduction.portal.client.participants.model.PostalAddress;
import org.coproduction.portal.page.ContactForm;
import org.coproduction.portal.page.FormErrors;
import org.coproduction.portal.page.Pages;
import org.coproduction.portal.page.TimeWords;
import org.coproduction.portal.page.Words;
import org.coproduction.portal.rest.NeedsResource.Choice;
import org.coproduction.portal.signin.Visitor;

/** How I hear from you: how often, which day, how it looks, in which language, by which channel; and a preview. */
@Path("/hear")
@Produces(MediaType.TEXT_HTML)
public class HearResource {

    static final List<String> FREQUENCIES = List.of("WEEKLY", "FORTNIGHTLY", "MONTHLY", "NEVER");
    static final List<String> DAYS =
            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
    static final List<String> FORMATS = List.of("HTML", "PLAIN_TEXT", "LARGE_PRINT");
    static final List<String> CHANNELS = List.of("EMAIL", "POST", "PHONE");

    private final Pages pages;
    private final Visitor visitor;
    private final ParticipantsGateway participants;
    private final NotificationsGateway notifications;
    private final Template hear;
    private final Template preview;

    public HearResource(
            Pages pages,
            Visitor visitor,
            ParticipantsGateway participants,
            NotificationsGateway notifications,
            @Location("hear.html") Template hear,
            @Location("preview.html") Template preview) {
        this.pages = pages;
        this.visitor = visitor;
        this.participants = participants;
        this.notifications = notifications;
        this.hear = hear;
        this.preview = preview;
    }

    /** What the form shows: the record as stored, or what was just sent when it is shown again with errors. */
    record Chosen(
            String frequency,
            String day,
            String format,
            String channel,
            String preferred,
            String email,
            String phone,
            String address,
            String postcode) {}

    @GET
    public TemplateInstance show(@QueryParam("saved") String saved) {
        Participant person = pages.person().value();
        Communication c = Optional.ofNullable(person.getCommunication()).orElse(new Communication());
        ContactForm contact = stored(person);
        Chosen stored = new Chosen(
                c.getDigestFrequency() == null
                        ? "WEEKLY"
                        : c.getDigestFrequency().getValue(),
                c.getDigestDay() == null ? "MONDAY" : c.getDigestDay().getValue(),
                c.getFormat() == null ? "HTML" : c.getFormat().getValue(),
                storedChannel(person),
                Optional.ofNullable(person.getLanguage())
                        .map(Language::getPreferred)
                        .orElse("en"),
                contact.email(),
                contact.phone(),
                String.join("\n", contact.lines()),
                contact.postcode());
        return page(stored, new FormErrors(), saved != null);
    }

    private TemplateInstance page(Chosen chosen, FormErrors errors, boolean saved) {
        Participant person = pages.person().value();
        Words words = pages.words();
        String stored = chosen.frequency();
        String day = chosen.day();
        String format = chosen.format();
        String channel = chosen.channel();
        String preferred = chosen.preferred();
        String unsubscribed = notifications
                .unsubscribedOn(visitor.participantId(), visitor.bearer())
                .map(at -> TimeWords.day(
                        at.atZoneSameInstant(TimeWords.zone(person.getTimeZone()))
                                .toLocalDate(),
                        words.locale()))
                .orElse(null);
        // After a one-click unsubscribe no digest goes out, whatever the record says: show that as chosen.
        String frequency = unsubscribed == null ? stored : "NEVER";
        return pages.page(hear, "hear")
                .data("frequencies", choices(words, "freq", FREQUENCIES, frequency))
                .data("days", choices(words, "day", DAYS, day))
                .data("formats", choices(words, "format", FORMATS, format))
                .data("channels", choices(words, "channel", CHANNELS, channel))
                .data(
                        "languages",
                        List.of(
                                new Choice("en", words.label("lang", "en"), !preferred.startsWith("cy")),
                                new Choice("cy", words.label("lang", "cy"), preferred.startsWith("cy"))))
                .data(
                        "unsubscribed",
                        unsubscribed == null ? null : words.messages().unsubscribed(unsubscribed))
                .data("email", chosen.email())
                .data("phone", chosen.phone())
                .data("address", chosen.address())
                .data("postcode", chosen.postcode())
                .data(
                        "pendingEmail",
                        person.getPendingEmail() == null
                                ? null
                                : words.messages().hearPendingEmail(person.getPendingEmail()))
                .data("errors", errors)
                .data("notice", saved ? words.messages().saved() : null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> form) {
        visitor.checkAntiForgery(form.getFirst("csrf"));
        Versioned<Participant> read = pages.person();
        Participant person = read.value();
        String chosenChannel =
                CHANNELS.contains(form.getFirst("channel")) ? form.getFirst("channel") : storedChannel(person);
        ContactForm stored = stored(person);
        // A field the form did not send stays as stored (the page always sends all four).
        ContactForm contact = ContactForm.read(
                text(form, "email", stored.email()),
                text(form, "phone", stored.phone()),
                text(form, "address", String.join("\n", stored.lines())),
                text(form, "postcode", stored.postcode()));
        FormErrors errors = contact.check(chosenChannel, stored, pages.words().messages());
        if (errors.any()) {
            Chosen sent = new Chosen(
                    pick(form.getFirst("digestFrequency"), FREQUENCIES, "WEEKLY"),
                    pick(form.getFirst("digestDay"), DAYS, "MONDAY"),
                    pick(form.getFirst("format"), FORMATS, "HTML"),
                    chosenChannel,
                    "cy".equals(form.getFirst("preferred")) ? "cy" : "en",
                    contact.email(),
                    contact.phone(),
                    String.join("\n", contact.lines()),
                    contact.postcode());
            return Response.status(400).entity(page(sent, errors, false)).build();
        }
        Map<String, Object> communication = new LinkedHashMap<>();
        put(communication, "digestFrequency", form.getFirst("digestFrequency"), FREQUENCIES);
        put(communication, "digestDay", form.getFirst("digestDay"), DAYS);
        put(communication, "format", form.getFirst("format"), FORMATS);
        put(communication, "channel", form.getFirst("channel"), CHANNELS);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("communication", communication);
        String language = form.getFirst("preferred");
        if ("en".equals(language) || "cy".equals(language)) {
            change.put("language", Map.of("preferred", language));
        }
        contact.addChanges(change, stored);
        participants.update(visitor.participantId(), change, read.etag(), visitor.bearer());
        Object frequency = communication.get("digestFrequency");
        if (frequency != null && !"NEVER".equals(frequency)) {
            // Choosing a frequency again undoes a one-click unsubscribe, which notifications-service keeps.
            notifications.cancelUnsubscribe(visitor.participantId(), visitor.bearer());
        }
        return Response.seeOther(URI.create("/hear?saved=1")).build();
    }

    @GET
    @Path("preview")
    public TemplateInstance preview() {
        String text = notifications.previewText(visitor.participantId(), visitor.bearer());
        return pages.page(preview, "hear").data("text", text);
    }

    private static String storedChannel(Participant person) {
        return Optional.ofNullable(person.getCommunication())
                .map(Communication::getChannel)
                .map(Communication.ChannelEnum::getValue)
                .orElse("EMAIL");
    }

    private static String pick(String value, List<String> allowed, String otherwise) {
        return value != null && allowed.contains(value) ? value : otherwise;
    }

    private static String text(MultivaluedMap<String, String> form, String name, String otherwise) {
        String v = form.getFirst(name);
        return v == null ? otherwise : v.strip();
    }

    private static ContactForm stored(Participant person) {
        PostalAddress postal = person.getPostalAddress();
        return ContactForm.stored(
                person.getEmail(),
                person.getPhone(),
                postal == null ? null : postal.getLines(),
                postal == null ? null : postal.getPostcode());
    }

    private static void put(Map<String, Object> into, String field, String value, List<String> allowed) {
        if (value != null && allowed.contains(value)) {
            into.put(field, value);
        }
    }

    private static List<Choice> choices(Words words, String kind, List<String> values, String chosen) {
        List<Choice> all = new ArrayList<>();
        for (String v : values) {
            all.add(new Choice(v, words.label(kind, v), v.equals(chosen)));
        }
        return all;
    }
}
