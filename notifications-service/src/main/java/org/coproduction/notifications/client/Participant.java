package org.coproduction.notifications.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
        Communication communication) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Language(String preferred) {}

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
