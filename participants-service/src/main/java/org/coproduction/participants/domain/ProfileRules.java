package org.coproduction.participants.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Field rules that Bean Validation cannot express. Plain Java, tested without a framework. */
public final class ProfileRules {

    private ProfileRules() {}

    public static Optional<String> checkMentor(UUID participantId, UUID mentorId, boolean mentorRegistered) {
        if (mentorId == null) {
            return Optional.empty();
        }
        if (mentorId.equals(participantId)) {
            return Optional.of("a participant cannot be their own mentor");
        }
        if (!mentorRegistered) {
            return Optional.of("no participant is registered with this id");
        }
        return Optional.empty();
    }

    /**
     * The way we reach someone must be there for the channel they chose: an email address for EMAIL, a phone number
     * for PHONE, a postal address for POST. The other two stay optional, so people without email can take part.
     */
    public static List<Violation> checkChannel(
            ContactChannel channel, boolean hasEmail, boolean hasPhone, boolean hasPostalAddress) {
        List<Violation> violations = new ArrayList<>();
        if (channel == ContactChannel.EMAIL && !hasEmail) {
            violations.add(new Violation("email", "is needed when channel is EMAIL"));
        }
        if (channel == ContactChannel.PHONE && !hasPhone) {
            violations.add(new Violation("phone", "is needed when channel is PHONE"));
        }
        if (channel == ContactChannel.POST && !hasPostalAddress) {
            violations.add(new Violation("postalAddress", "is needed when channel is POST"));
        }
        return violations;
    }
}
