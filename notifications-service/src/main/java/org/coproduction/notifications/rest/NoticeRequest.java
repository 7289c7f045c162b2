package org.coproduction.notifications.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.coproduction.notifications.domain.NoticeKind;
import org.coproduction.platform.text.MultiLine;

/** POST /notices (CONTRACTS.md). */
public record NoticeRequest(
        @NotEmpty @Size(max = 1000) List<@NotNull UUID> participantIds,
        @NotNull NoticeKind kind,
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 20000) @MultiLine String body,
        UUID sessionId) {}
