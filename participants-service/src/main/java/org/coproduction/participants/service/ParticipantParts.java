package org.coproduction.participants.service;

import java.util.Arrays;
import org.coproduction.participants.domain.Participant;

/** The audited parts of a record, as comparable text: a change is a difference (the text is never stored). */
final class ParticipantParts {

    private ParticipantParts() {}

    static String accessNeeds(Participant p) {
        return Arrays.toString(p.accessNeeds) + '\u0000' + p.accessNotes;
    }

    /** Email, phone and postal address: how the person is reached. */
    static String contactDetails(Participant p) {
        return String.join(
                "\u0000",
                String.valueOf(p.email),
                String.valueOf(p.phone),
                Arrays.toString(p.postalLines),
                String.valueOf(p.postcode));
    }

    static String financialSupport(Participant p) {
        return String.join(
                "\u0000",
                String.valueOf(p.paymentForTime),
                String.valueOf(p.travel),
                String.valueOf(p.childcare),
                String.valueOf(p.careCover),
                String.valueOf(p.meals),
                String.valueOf(p.dietaryRequirements));
    }
}
