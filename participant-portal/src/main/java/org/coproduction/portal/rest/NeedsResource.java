package org.coproduction.portal.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
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
import java.util.Set;
import org.coproduction.portal.client.ParticipantsGateway;
import org.coproduction.portal.client.Versioned;
import org.coproduction.portal.client.participants.model.AccessNeed;
import org.coproduction.portal.client.participants.model.AccessNeeds;
import org.coproduction.portal.client.participants.model.FinancialSupport;
import org.coproduction.portal.client.participants.model.Language;
import org.coproduction.portal.client.participants.model.Participant;
import org.coproduction.portal.client.participants.model.Support;
import org.coproduction.portal.page.FormErrors;
import org.coproduction.portal.page.Pages;
import org.coproduction.portal.page.Words;
import org.coproduction.portal.signin.Visitor;

/**
 * What I need: access needs, payment and costs, language and interpretation, and learning and support (training
 * topics, a mentor or buddy, offering to be one). Health and money: fresh links only.
 */
@Path("/needs")
@Produces(MediaType.TEXT_HTML)
public class NeedsResource {

    /** A choice on the page: value, label, whether it is chosen. */
    @TemplateData
    public record Choice(String value, String label, boolean chosen) {
        public String id(String prefix) {
            return prefix + "-" + value.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    static final List<String> INTERPRETATION = List.of("bfi", "pl", "ar", "ur", "so", "cy");
    private static final int MAX_NOTES = 2000;
    private static final int MAX_DIETARY = 500;

    private final Pages pages;
    private final Visitor visitor;
    private final ParticipantsGateway participants;
    private final Template needs;

    public NeedsResource(
            Pages pages, Visitor visitor, ParticipantsGateway participants, @Location("needs.html") Template needs) {
        this.pages = pages;
        this.visitor = visitor;
        this.participants = participants;
        this.needs = needs;
    }

    @GET
    public TemplateInstance show(@QueryParam("saved") String saved) {
        visitor.requireFreshLink();
        return page(new FormErrors(), saved != null ? pages.words().messages().saved() : null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> form) {
        visitor.checkAntiForgery(form.getFirst("csrf"));
        visitor.requireFreshLink();
        var m = pages.words().messages();
        FormErrors errors = new FormErrors();
        List<String> chosenNeeds = new ArrayList<>();
        for (String need : Optional.ofNullable(form.get("need")).orElse(List.of())) {
            try {
                chosenNeeds.add(AccessNeed.fromValue(need).getValue());
            } catch (IllegalArgumentException notInTheVocabulary) {
                // A value we never offered: ignore it rather than store it.
            }
        }
        String notes = text(form, "notes");
        String dietary = text(form, "dietaryRequirements");
        if (notes.length() > MAX_NOTES) {
            errors.add("notes", m.errTooLong(Integer.toString(MAX_NOTES)));
        }
        if (dietary.length() > MAX_DIETARY) {
            errors.add("dietary", m.errTooLong(Integer.toString(MAX_DIETARY)));
        }
        if (errors.any()) {
            return Response.status(400).entity(page(errors, null)).build();
        }
        String payment = form.getFirst("paymentForTime");
        Map<String, Object> access = new LinkedHashMap<>();
        access.put("needs", chosenNeeds.stream().distinct().toList());
        access.put("notes", notes.isEmpty() ? null : notes);
        Map<String, Object> money = new LinkedHashMap<>();
        // No choice sent (nothing was ticked) keeps the stored one; Set.of refuses to look up null.
        if (payment != null
                && Set.of("WANTS_PAYMENT", "DECLINES_PAYMENT", "VOUCHERS").contains(payment)) {
            money.put("paymentForTime", payment);
        }
        for (String cost : List.of("travel", "childcare", "careCover", "meals")) {
            money.put(cost, form.containsKey(cost));
        }
        money.put("dietaryRequirements", dietary.isEmpty() ? null : dietary);
        Map<String, Object> language = new LinkedHashMap<>();
        String preferred = form.getFirst("preferred");
        if ("en".equals(preferred) || "cy".equals(preferred)) {
            language.put("preferred", preferred);
        }
        String interpretation = text(form, "interpretation");
        Participant person = pages.person().value();
        String current = Optional.ofNullable(person.getLanguage())
                .map(Language::getInterpretation)
                .orElse(null);
        if (interpretation.isEmpty()) {
            language.put("interpretation", null);
        } else if (INTERPRETATION.contains(interpretation) || interpretation.equals(current)) {
            language.put("interpretation", interpretation);
        }
        language.put("plainLanguage", form.containsKey("plainLanguage"));
        List<String> topics = new ArrayList<>();
        for (String topic : Optional.ofNullable(form.get("topic")).orElse(List.of())) {
            try {
                topics.add(Support.TrainingInterestsEnum.fromValue(topic).getValue());
            } catch (IllegalArgumentException notInTheVocabulary) {
                // A value we never offered: ignore it rather than store it.
            }
        }
        // Merged into the record: the mentor a coordinator named and the person's own notes stay as they are.
        Map<String, Object> support = new LinkedHashMap<>();
        support.put("trainingInterests", topics.stream().distinct().toList());
        support.put("wantsMentor", form.containsKey("wantsMentor"));
        support.put("offersMentoring", form.containsKey("offersMentoring"));
        Versioned<Participant> read = pages.person();
        participants.update(
                visitor.participantId(),
                Map.of("accessNeeds", access, "financialSupport", money, "language", language, "support", support),
                read.etag(),
                visitor.bearer());
        return Response.seeOther(URI.create("/needs?saved=1")).build();
    }

    private TemplateInstance page(FormErrors errors, String notice) {
        Participant person = pages.person().value();
        Words words = pages.words();
        AccessNeeds access = Optional.ofNullable(person.getAccessNeeds()).orElse(new AccessNeeds());
        FinancialSupport money =
                Optional.ofNullable(person.getFinancialSupport()).orElse(new FinancialSupport());
        Language language = Optional.ofNullable(person.getLanguage()).orElse(new Language());
        List<String> has = access.getNeeds() == null
                ? List.of()
                : access.getNeeds().stream().map(n -> n.getValue()).toList();
        List<Choice> needChoices = new ArrayList<>();
        for (AccessNeed need : AccessNeed.values()) {
            needChoices.add(
                    new Choice(need.getValue(), words.label("need", need.getValue()), has.contains(need.getValue())));
        }
        String pay = money.getPaymentForTime() == null
                ? ""
                : money.getPaymentForTime().getValue();
        List<Choice> payments = new ArrayList<>();
        for (String p : List.of("WANTS_PAYMENT", "VOUCHERS", "DECLINES_PAYMENT")) {
            payments.add(new Choice(p, words.label("pay", p), p.equals(pay)));
        }
        List<Choice> costs = List.of(
                new Choice("travel", words.label("cost", "travel"), Boolean.TRUE.equals(money.getTravel())),
                new Choice("childcare", words.label("cost", "childcare"), Boolean.TRUE.equals(money.getChildcare())),
                new Choice("careCover", words.label("cost", "careCover"), Boolean.TRUE.equals(money.getCareCover())),
                new Choice("meals", words.label("cost", "meals"), Boolean.TRUE.equals(money.getMeals())));
        String preferred = language.getPreferred() == null ? "en" : language.getPreferred();
        List<Choice> languages = List.of(
                new Choice("en", words.label("lang", "en"), !preferred.startsWith("cy")),
                new Choice("cy", words.label("lang", "cy"), preferred.startsWith("cy")));
        String interpreter = language.getInterpretation() == null ? "" : language.getInterpretation();
        List<Choice> interpreters = new ArrayList<>();
        interpreters.add(new Choice("", words.messages().noInterpreter(), interpreter.isEmpty()));
        for (String code : INTERPRETATION) {
            interpreters.add(new Choice(code, words.label("lang", code), code.equals(interpreter)));
        }
        if (!interpreter.isEmpty() && !INTERPRETATION.contains(interpreter)) {
            interpreters.add(new Choice(interpreter, interpreter, true));
        }
        Support support = Optional.ofNullable(person.getSupport()).orElse(new Support());
        List<String> interests = support.getTrainingInterests() == null
                ? List.of()
                : support.getTrainingInterests().stream().map(t -> t.getValue()).toList();
        List<Choice> topics = new ArrayList<>();
        for (Support.TrainingInterestsEnum topic : Support.TrainingInterestsEnum.values()) {
            topics.add(new Choice(
                    topic.getValue(), words.label("topic", topic.getValue()), interests.contains(topic.getValue())));
        }
        List<Choice> mentoring = List.of(
                new Choice(
                        "wantsMentor", words.messages().wantsMentor(), Boolean.TRUE.equals(support.getWantsMentor())),
                new Choice(
                        "offersMentoring",
                        words.messages().offersMentoring(),
                        Boolean.TRUE.equals(support.getOffersMentoring())));
        return pages.page(needs, "needs")
                .data("topics", topics)
                .data("mentoring", mentoring)
                .data("needs", needChoices)
                .data("notes", access.getNotes() == null ? "" : access.getNotes())
                .data("payments", payments)
                .data("costs", costs)
                .data("dietary", money.getDietaryRequirements() == null ? "" : money.getDietaryRequirements())
                .data("languages", languages)
                .data("interpreters", interpreters)
                .data("plainLanguage", Boolean.TRUE.equals(language.getPlainLanguage()))
                .data("errors", errors)
                .data("notice", notice);
    }

    private static String text(MultivaluedMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v.strip();
    }
}
