package org.coproduction.notifications.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The fields of participants-service's Participant this service reads; everything else is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Participant(
        UUID id,
        String name,
        String preferredName,
        String email,
        String timeZone,
        String status,
        Language language,
        Communication communication,
        AccessNeeds accessNeeds,
        Instant createdAt,
        String phone,
        PostalAddress postalAddress) {

    /** Without the fields added later (issue 13): what older callers and tests construct. */
    public Participant(
            UUID id,
            String name,
            String preferredName,
            String email,
            String timeZone,
            String status,
            Language language,
            Communication communication) {
        this(id, name, preferredName, email, timeZone, status, language, communication, null, null, null, null);
    }

    /** With their access needs, without when they registered or the ways to reach them other than email. */
    public Participant(
            UUID id,
            String name,
            String preferredName,
            String email,
            String timeZone,
            String status,
            Language language,
            Communication communication,
            AccessNeeds accessNeeds) {
        this(id, name, preferredName, email, timeZone, status, language, communication, accessNeeds, null, null, null);
    }

    /** Where a letter goes: up to six lines and a postcode (participants-service validates them). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PostalAddress(List<String> lines, String postcode) {}

    /** EMAIL, POST or PHONE (EMAIL when not given). */
    public String channel() {
        return communication == null || communication.channel() == null
                ? "EMAIL"
                : communication.channel().trim().toUpperCase();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Language(String preferred, Boolean plainLanguage) {

        public Language(String preferred) {
            this(preferred, null);
        }
    }

    /**
     * Only whether they need easy read is kept (it decides which version of content they get); their other access
     * needs are none of this service's business, so they are never held.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AccessNeeds(boolean easyRead) {

        @JsonCreator
        static AccessNeeds of(@JsonProperty("needs") List<String> needs) {
            return new AccessNeeds(needs != null && needs.contains("EASY_READ"));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Communication(String channel, String digestFrequency, String digestDay, String format) {}

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    public boolean isWithdrawn() {
        return "WITHDRAWN".equals(status);
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    /** The name to greet them by. */
    public String greetingName() {
        if (preferredName != null && !preferredName.isBlank()) {
            return preferredName;
        }
        return name == null ? "" : name;
    }

    /** They asked for plain language, or need easy read: a plain version of content is chosen when there is one. */
    public boolean wantsPlainWords() {
        return (language != null && Boolean.TRUE.equals(language.plainLanguage()))
                || (accessNeeds != null && accessNeeds.easyRead());
    }

    public String languageTag() {
        return language == null ? null : language.preferred();
    }

    public String frequency() {
        return communication == null ? null : communication.digestFrequency();
    }

    public String digestDay() {
        return communication == null ? null : communication.digestDay();
    }

    public String format() {
        return communication == null ? null : communication.format();
    }
}
