package org.coproduction.notifications.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.coproduction.notifications.domain.NoticeKind;
import org.coproduction.platform.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** POST /notices (CONTRACTS.md). */
@Schema(name = "NoticeInput", description = "An immediate notice to the people named.")
@SubjectAndBodyUnlessWrittenForEachReader
public record NoticeRequest(
        @Schema(
                description = "Who gets it; a person named twice gets it once",
                example = "[\"0b7c6a1e-2d3f-4a5b-8c9d-0e1f2a3b4c5d\"]")
        @NotEmpty
        @Size(max = 1000)
        List<@NotNull UUID> participantIds,

        @Schema(description = "What the notice is about; it sets the message's headline") @NotNull
        NoticeKind kind,

        @Schema(
                description = "The subject line, one line of plain text. Required without session; with session "
                        + "it may be left out (the subject is then written for each reader). Not given for CHECK_IN, "
                        + "ENGAGEMENT_SUMMARY, FOLLOW_UP_OFFER and MENTOR_PAIRED, which are written for each reader",
                example = "Thursday's session is cancelled")
        @Size(max = 200)
        String subject,

        @Schema(
                description = "The message in plain text; line breaks are kept. Required without session; with "
                        + "session it may be left out, and when given it is shown as a note from the organisers. Not "
                        + "given for CHECK_IN, ENGAGEMENT_SUMMARY, FOLLOW_UP_OFFER and MENTOR_PAIRED",
                example = "Sorry: the venue is closed on Thursday. We will send a new date soon.")
        @Size(max = 20000)
        @MultiLine
        String body,

        @Schema(
                description = "The session it is about; its calendar entry (.ics) is attached when given. Required "
                        + "for SESSION_INVITATION, whose mail carries each person's own \"I'm coming\" and \"I "
                        + "can't come\" links to that session's page in the portal")
        UUID sessionId,

        @Schema(
                description = "The session as it is now: each reader gets a notice written from it in their "
                        + "language and time zone, one fact a line (what, project, when, where, joining link, purpose)")
        @Valid
        NoticeSession session,

        @Schema(
                description = "SESSION_CHANGED: the session just before the change; the notice says what changed "
                        + "from what")
        @Valid
        NoticeSession previous,

        @Schema(
                description = "SESSION_CANCELLED: why it was cancelled, in the coordinator's words",
                example = "The hall flooded")
        @Size(max = 2000)
        @MultiLine
        String reason,

        @Schema(description = "ENGAGEMENT_SUMMARY (required there, refused with other kinds): who might need a call")
        @Valid
        NoticeEngagement engagement,

        @Schema(
                description = "FOLLOW_UP_OFFER (required there with session, refused with other kinds): the "
                        + "debrief or one-to-one offered after a sensitive session")
        @Valid
        NoticeFollowUp followUp,

        @Schema(description = "MENTOR_PAIRED (required there, refused with other kinds): who mentors whom") @Valid
        NoticeMentoring mentoring) {}
