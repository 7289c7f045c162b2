package org.coproduction.participants.service;

import java.util.List;
import org.coproduction.participants.api.AuditEntryDto;
import org.coproduction.participants.api.BenefitsLimitResponse;
import org.coproduction.participants.api.ConsentEventDto;
import org.coproduction.participants.api.ParticipantResponse;

/** What participants-service itself holds on a person. */
public record LocalExport(
        ParticipantResponse participant,
        List<ConsentEventDto> consentHistory,
        List<AuditEntryDto> audit,
        BenefitsLimitResponse benefitsLimit) {}
