package org.coproduction.sessions.support;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/** Participants as participants-service would return them, registered with the WireMock stand-in. */
public final class People {
    private final ObjectNode node = ParticipantDirectoryStub.JSON.createObjectNode();
    private final ArrayNode needs;
    private final ArrayNode weekly;
    private final ArrayNode unavailable;
    private final ObjectNode availability;
    private final ObjectNode financial;
    private final ObjectNode language;

    private People(String name) {
        node.put("id", UUID.randomUUID().toString());
        node.put("name", name);
        node.put("preferredName", name);
        node.put("email", name.toLowerCase().replace(' ', '.') + "@example.org");
        node.put("timeZone", "Europe/London");
        node.put("status", "ACTIVE");
        node.put("role", "LIVED_EXPERIENCE");
        needs = node.putObject("accessNeeds").putArray("needs");
        node.with("accessNeeds").put("notes", "private notes that must never be logged");
        financial = node.putObject("financialSupport");
        financial.put("paymentForTime", "DECLINES_PAYMENT");
        language = node.putObject("language");
        language.put("preferred", "en");
        availability = node.putObject("availability");
        weekly = availability.putArray("weekly");
        unavailable = availability.putArray("unavailable");
        node.put("someFieldThisServiceDoesNotKnow", "ignored");
    }

    public static People person(String name) {
        return new People(name);
    }

    public People zone(String zone) {
        node.put("timeZone", zone);
        return this;
    }

    public People free(String day, String start, String end) {
        ObjectNode w = weekly.addObject();
        w.put("day", day);
        w.put("start", start);
        w.put("end", end);
        return this;
    }

    /** Free every day of the week for the given hours. */
    public People freeEveryDay(String start, String end) {
        for (String day : new String[] {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"}) {
            free(day, start, end);
        }
        return this;
    }

    public People absent(String from, String to) {
        ObjectNode a = unavailable.addObject();
        a.put("from", from);
        a.put("to", to);
        a.put("reason", "holiday");
        return this;
    }

    public People needs(String... accessNeeds) {
        for (String need : accessNeeds) {
            needs.add(need);
        }
        return this;
    }

    public People interpretation(String language) {
        this.language.put("interpretation", language);
        return this;
    }

    /** Their dietary requirements as they wrote them. */
    public People dietary(String requirements) {
        financial.put("dietaryRequirements", requirements);
        return this;
    }

    /** How they hear from us: HTML, PLAIN_TEXT or LARGE_PRINT. */
    public People format(String format) {
        ObjectNode communication =
                node.has("communication") ? (ObjectNode) node.get("communication") : node.putObject("communication");
        communication.put("channel", "EMAIL");
        communication.put("format", format);
        return this;
    }

    public People payment(String paymentForTime) {
        financial.put("paymentForTime", paymentForTime);
        return this;
    }

    public People claims(boolean travel, boolean childcare, boolean careCover, boolean meals) {
        financial.put("travel", travel);
        financial.put("childcare", childcare);
        financial.put("careCover", careCover);
        financial.put("meals", meals);
        return this;
    }

    /** participants-service's role: LIVED_EXPERIENCE (the default), PRACTITIONER, FACILITATOR or COORDINATOR. */
    public People role(String role) {
        node.put("role", role);
        return this;
    }

    /** ACTIVE (the default), PAUSED or WITHDRAWN. */
    public People status(String status) {
        node.put("status", status);
        return this;
    }

    /** The day they last opened the participant portal, as participants-service keeps it. */
    public People lastPortalVisit(String instant) {
        node.put("lastPortalVisitAt", instant);
        return this;
    }

    /** Training interests, from the training vocabulary. */
    public People trainingInterests(String... topics) {
        ArrayNode list = support().putArray("trainingInterests");
        for (String topic : topics) {
            list.add(topic);
        }
        return this;
    }

    public People offersMentoring() {
        support().put("offersMentoring", true);
        return this;
    }

    /** GROUP, ONE_TO_ONE or NO_PREFERENCE. */
    public People preference(String preference) {
        support().put("preference", preference);
        return this;
    }

    /** When they asked for training (participants-service sets it when their interests were first given). */
    public People askedForTraining(java.time.Instant at) {
        support().put("trainingAskedAt", at.toString());
        return this;
    }

    /** When they asked for a mentor (participants-service sets it when wantsMentor became true). */
    public People askedForMentor(java.time.Instant at) {
        support().put("wantsMentor", true);
        support().put("mentorAskedAt", at.toString());
        return this;
    }

    public People mentor(UUID mentorId) {
        support().put("mentorId", mentorId.toString());
        return this;
    }

    public People preferredLanguage(String code) {
        language.put("preferred", code);
        return this;
    }

    private ObjectNode support() {
        return node.has("support") ? (ObjectNode) node.get("support") : node.putObject("support");
    }

    /** The person as participants-service returns them, for stubs of its other operations. */
    public static ObjectNode json(UUID id) {
        return ParticipantDirectoryStub.PEOPLE.get(id);
    }

    public People limits(Integer maxSessionsPerMonth, Integer minNoticeDays) {
        availability.put("maxSessionsPerMonth", maxSessionsPerMonth);
        availability.put("minNoticeDays", minNoticeDays);
        return this;
    }

    /** What they would like to learn, how (GROUP, ONE_TO_ONE, NO_PREFERENCE) and their mentor (or null). */
    public People support(String preference, UUID mentorId, String... trainingInterests) {
        ObjectNode support = node.putObject("support");
        ArrayNode interests = support.putArray("trainingInterests");
        for (String topic : trainingInterests) {
            interests.add(topic);
        }
        support.put("preference", preference);
        support.put("mentorId", mentorId == null ? null : mentorId.toString());
        return this;
    }

    /** Registers the person with the participants-service stand-in and returns their id. */
    public UUID register() {
        ParticipantDirectoryStub.register(node);
        return UUID.fromString(node.get("id").asText());
    }
}
