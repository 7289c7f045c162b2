package org.coproduction.suite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The eight people of the story, each with different needs, zones, availability and digest wishes. */
final class People {

    private People() {}

    /** A participant body; the builder methods change one thing each. */
    static final class Person {
        final Map<String, Object> body = new HashMap<>();
        final String key;

        Person(String key, String name, String preferredName, String role) {
            this.key = key;
            String unique = UUID.randomUUID().toString().substring(0, 6);
            body.put("name", name);
            body.put("preferredName", preferredName);
            body.put("email", key + "." + unique + "@suite.example.org");
            body.put("role", role);
            body.put("timeZone", "Europe/London");
            body.put("accessNeeds", Map.of("needs", List.of()));
            body.put("financialSupport", new HashMap<>(Map.of("paymentForTime", "WANTS_PAYMENT")));
            body.put("language", new HashMap<>(Map.of("preferred", "en")));
            body.put(
                    "communication",
                    new HashMap<>(Map.of("digestFrequency", "WEEKLY", "digestDay", "MONDAY", "format", "HTML")));
            body.put(
                    "availability",
                    new HashMap<>(Map.of("weekly", mondays("18:00", "21:00"), "unavailable", List.of())));
        }

        String email() {
            return (String) body.get("email");
        }

        Person zone(String zone) {
            body.put("timeZone", zone);
            return this;
        }

        Person status(String status) {
            body.put("status", status);
            return this;
        }

        Person needs(String... needs) {
            body.put("accessNeeds", Map.of("needs", List.of(needs)));
            return this;
        }

        Person money(String payment, boolean travel, boolean childcare) {
            body.put("financialSupport", Map.of("paymentForTime", payment, "travel", travel, "childcare", childcare));
            return this;
        }

        Person language(String preferred, String interpretation) {
            Map<String, Object> language = new HashMap<>(Map.of("preferred", preferred));
            if (interpretation != null) {
                language.put("interpretation", interpretation);
            }
            body.put("language", language);
            return this;
        }

        /** What they eat or cannot eat (financialSupport.dietaryRequirements), as they typed it. */
        Person dietary(String requirements) {
            @SuppressWarnings("unchecked")
            Map<String, Object> money = new HashMap<>((Map<String, Object>) body.get("financialSupport"));
            money.put("dietaryRequirements", requirements);
            body.put("financialSupport", money);
            return this;
        }

        Person digest(String frequency, String format) {
            body.put("communication", Map.of("digestFrequency", frequency, "digestDay", "MONDAY", "format", format));
            return this;
        }

        Person available(String start, String end) {
            body.put("availability", new HashMap<>(Map.of("weekly", mondays(start, end), "unavailable", List.of())));
            return this;
        }

        Person absent(String from, String to) {
            @SuppressWarnings("unchecked")
            Map<String, Object> availability = (Map<String, Object>) body.get("availability");
            availability.put("unavailable", List.of(Map.of("from", from, "to", to, "reason", "hospital appointment")));
            return this;
        }

        /** Asks for plain-language versions of what is written (language.plainLanguage). */
        Person plainLanguage() {
            @SuppressWarnings("unchecked")
            Map<String, Object> language = new HashMap<>((Map<String, Object>) body.get("language"));
            language.put("plainLanguage", true);
            body.put("language", language);
            return this;
        }

        /** How they hear from the team: EMAIL, POST or PHONE (communication.channel). */
        Person channel(String channel) {
            @SuppressWarnings("unchecked")
            Map<String, Object> communication = new HashMap<>((Map<String, Object>) body.get("communication"));
            communication.put("channel", channel);
            body.put("communication", communication);
            return this;
        }

        Person postalAddress(List<String> lines, String postcode) {
            body.put("postalAddress", Map.of("lines", lines, "postcode", postcode));
            return this;
        }

        Person phone(String phone) {
            body.put("phone", phone);
            return this;
        }

        /** Someone with no email address at all (allowed when their channel is POST or PHONE). */
        Person noEmail() {
            body.remove("email");
            return this;
        }

        /**
         * What training, mentoring or buddying they would like (issue 14): topics from the training vocabulary, GROUP,
         * ONE_TO_ONE or NO_PREFERENCE, and whether they offer to mentor someone themselves.
         */
        Person support(List<String> trainingInterests, String preference, boolean offersMentoring) {
            Map<String, Object> support = new HashMap<>();
            support.put("trainingInterests", trainingInterests);
            support.put("preference", preference);
            support.put("offersMentoring", offersMentoring);
            body.put("support", support);
            return this;
        }

        /** Their mentor or buddy, named by a coordinator (support.mentorId). */
        Person mentor(UUID mentorId) {
            @SuppressWarnings("unchecked")
            Map<String, Object> support = (Map<String, Object>) body.computeIfAbsent("support", k -> new HashMap<>());
            support.put("mentorId", mentorId.toString());
            return this;
        }

        String name() {
            return (String) body.get("name");
        }

        private static List<Map<String, Object>> mondays(String start, String end) {
            return new ArrayList<>(List.of(Map.of("day", "MONDAY", "start", start, "end", end)));
        }
    }

    static List<Person> story() {
        return List.of(
                new Person("aisha", "Aisha Khan", "Aisha", "LIVED_EXPERIENCE")
                        .needs("STEP_FREE_ACCESS")
                        .money("WANTS_PAYMENT", true, true)
                        .available("18:00", "20:30"),
                new Person("dafydd", "Dafydd Jones", "Dafydd", "LIVED_EXPERIENCE")
                        .money("DECLINES_PAYMENT", false, false)
                        .language("cy", null)
                        .digest("WEEKLY", "LARGE_PRINT")
                        .available("17:00", "21:00"),
                new Person("grace", "Grace Okafor", "Grace", "LIVED_EXPERIENCE")
                        .needs("BSL_INTERPRETER")
                        .language("en", "bfi")
                        .money("VOUCHERS", true, false)
                        .digest("WEEKLY", "PLAIN_TEXT"),
                new Person("tomasz", "Tomasz Nowak", "Tomasz", "PRACTITIONER")
                        .zone("Europe/Warsaw")
                        .available("19:00", "21:30"),
                new Person("priya", "Priya Shah", "Priya", "PRACTITIONER").available("09:00", "17:00"),
                new Person("sam", "Sam Taylor", "Sam", "LIVED_EXPERIENCE").status("PAUSED"),
                new Person("jo", "Jo Evans", "Jo", "FACILITATOR").digest("NEVER", "HTML"),
                new Person("ruth", "Ruth Adeyemi", "Ruth", "LIVED_EXPERIENCE")
                        .absent("2027-02-25T00:00:00Z", "2027-03-05T00:00:00Z"));
    }
}
