package org.coproduction.sessions.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The fields of a participants-service Participant this service reads; everything else is ignored, so
 * participants-service can grow its record without breaking us.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParticipantView(
        UUID id,
        String name,
        String preferredName,
        String timeZone,
        String status,
        String role,
        AccessNeeds accessNeeds,
        FinancialSupport financialSupport,
        Language language,
        Availability availability,
        Support support,
        Instant lastPortalVisitAt,
        Communication communication) {

    /** Without how they hear from us (tests and older callers that do not need it). */
    public ParticipantView(
            UUID id,
            String name,
            String preferredName,
            String timeZone,
            String status,
            String role,
            AccessNeeds accessNeeds,
            FinancialSupport financialSupport,
            Language language,
            Availability availability,
            Support support,
            Instant lastPortalVisitAt) {
        this(
                id,
                name,
                preferredName,
                timeZone,
                status,
                role,
                accessNeeds,
                financialSupport,
                language,
                availability,
                support,
                lastPortalVisitAt,
                null);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AccessNeeds(List<String> needs) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FinancialSupport(
            String paymentForTime,
            Boolean travel,
            Boolean childcare,
            Boolean careCover,
            Boolean meals,
            String dietaryRequirements) {}

    /** How they hear from us; format is HTML, PLAIN_TEXT or LARGE_PRINT. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Communication(String channel, String format) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Language(String preferred, String interpretation, Boolean plainLanguage) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Availability(
            List<Window> weekly, List<Absence> unavailable, Integer maxSessionsPerMonth, Integer minNoticeDays) {}

    /**
     * Training and mentoring: interests from the training vocabulary, GROUP / ONE_TO_ONE / NO_PREFERENCE, the
     * confirmed mentor, and when the person asked (null while they are not asking).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Support(
            List<String> trainingInterests,
            String preference,
            UUID mentorId,
            Boolean wantsMentor,
            Boolean offersMentoring,
            Instant trainingAskedAt,
            Instant mentorAskedAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Window(String day, String start, String end) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Absence(Instant from, Instant to, String reason) {}
}
