package org.coproduction.notifications.notice.write;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A session as a notice describes it (sent by sessions-service with the notice, kept with it): what a reader needs to
 * know to come, in no language yet.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionDetails(
        String title,
        String projectName,
        String purpose,
        String type,
        String format,
        Instant start,
        Instant end,
        String timeZone,
        Venue venue,
        String joiningLink,
        Integer sequence,
        Sensitive sensitive,
        Boolean quietSpace) {

    /** Without the care facts of issue 14 (a session that is not sensitive, no quiet space named). */
    public SessionDetails(
            String title,
            String projectName,
            String purpose,
            String type,
            String format,
            Instant start,
            Instant end,
            String timeZone,
            Venue venue,
            String joiningLink,
            Integer sequence) {
        this(title, projectName, purpose, type, format, start, end, timeZone, venue, joiningLink, sequence, null, null);
    }

    /** A session on a sensitive topic: the content note shown to readers and who the wellbeing contact is. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sensitive(String contentNote, UUID wellbeingContactId) {}

    public boolean hasQuietSpace() {
        return Boolean.TRUE.equals(quietSpace);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Venue(String name, String address) {

        /** "Community Hall, 1 High Street": the name, then the address when there is one. */
        public String place() {
            return address == null || address.isBlank() ? name : name + ", " + address;
        }
    }

    public boolean online() {
        return "ONLINE".equals(format);
    }

    public boolean hybrid() {
        return "HYBRID".equals(format);
    }

    String venueName() {
        return venue == null ? null : venue.name();
    }

    String venueAddress() {
        return venue == null ? null : venue.address();
    }

    boolean samePlace(SessionDetails other) {
        return Objects.equals(format, other.format)
                && Objects.equals(venueName(), other.venueName())
                && Objects.equals(venueAddress(), other.venueAddress())
                && Objects.equals(joiningLink, other.joiningLink);
    }
}
