package org.coproduction.participants.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coproduction.participants.domain.AccessNeed;
import org.coproduction.participants.domain.ParticipantRole;
import org.coproduction.participants.domain.ParticipantStatus;

/** What a coordinator or service is looking for in the list of participants. */
public record ParticipantFilter(
        Optional<ParticipantRole> role,
        Optional<ParticipantStatus> status,
        List<AccessNeed> needs,
        Optional<String> text,
        Optional<String> email,
        Optional<Boolean> offersMentoring,
        Optional<UUID> mentorId) {}
