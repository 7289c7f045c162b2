package org.coproduction.participants.service;

import java.util.Optional;
import org.coproduction.participants.api.ParticipantResponse;

/** A changed record, and the confirmation link to mail when a participant gave a new email address. */
public record Changed(ParticipantResponse record, Optional<EmailConfirmation> confirmation) {}
