package org.coproduction.participants.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Consent as the service recorded it: its own clock, the configured privacy notice version, and the parts withdrawn.
 * Clients never write it: a request may leave it out or send back exactly what it read; anything else is a 400.
 */
@Schema(
        name = "Consent",
        description = "Recorded by the service, never by a client: when the person last agreed that this information "
                + "is held (the server's time) and to which version of the privacy notice, and the parts they have "
                + "withdrawn since. A request may leave it out or send back exactly what it read; any other value is "
                + "refused with a 400. Give consent again with `POST /participants/{id}/consent`, withdraw a part with "
                + "`POST /participants/{id}/consent/withdrawals`.")
public record ConsentDto(
        @Schema(required = true, readOnly = true, example = "2026-11-25T10:00:00Z")
        Instant givenAt,

        @Schema(required = true, readOnly = true, example = "2026-11")
        String version,

        @Schema(
                required = true,
                readOnly = true,
                description = "Parts the person no longer wants held; they stay empty until consent is given again.",
                example = "[\"FINANCIAL_SUPPORT\"]")
        List<ConsentWithdrawal.WithdrawablePart> withdrawn) {}
