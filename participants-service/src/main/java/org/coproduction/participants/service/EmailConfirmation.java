package org.coproduction.participants.service;

import java.util.UUID;

/** A confirmation link to be mailed to a new address; the token exists only here and in the mail. */
public record EmailConfirmation(UUID participantId, String address, String token, String language) {

    @Override
    public String toString() {
        // Never the address or the token, should this ever reach a log.
        return "EmailConfirmation[" + participantId + "]";
    }
}
