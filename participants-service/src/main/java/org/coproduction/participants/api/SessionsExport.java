package org.coproduction.participants.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What sessions-service holds on one person, as its {@code GET /exports/{participantId}} answers. */
@Schema(name = "SessionsExport", description = "Everything sessions-service holds on the person.")
public record SessionsExport(
        @Schema(required = true, description = "Projects the person is a member of.")
        List<Membership> memberships,

        @Schema(required = true, description = "Sessions they were invited to, with their answer.")
        List<Invitation> invitations,

        @Schema(required = true, description = "Sessions they attended.")
        List<Attendance> attendance,

        @Schema(required = true, description = "Actions they own.")
        List<Action> actions,

        @Schema(
                required = true,
                description = "Their contributions, as sessions-service's contributions list shows them.",
                type = SchemaType.ARRAY,
                implementation = Object.class)
        List<JsonNode> contributions,

        @Schema(
                description = "Projects they coordinate, as sessions-service lists them.",
                type = SchemaType.ARRAY,
                implementation = Object.class)
        List<JsonNode> coordinatorOf,

        @Schema(
                description =
                        "Follow-ups offered to them after sessions on sensitive topics, as sessions-service lists them.",
                type = SchemaType.ARRAY,
                implementation = Object.class)
        List<JsonNode> followUps,

        @Schema(
                description =
                        "Check-ins sent to them when they seemed to be drifting away, as sessions-service lists them.",
                type = SchemaType.ARRAY,
                implementation = Object.class)
        List<JsonNode> checkIns,

        @Schema(
                description =
                        "Sessions on sensitive topics where they are the named wellbeing contact, as sessions-service lists them.",
                type = SchemaType.ARRAY,
                implementation = Object.class)
        List<JsonNode> wellbeingContactOf,

        @Schema(
                description = "Their lines in the payments ledger (claims, approvals, payments), as sessions-service"
                        + " lists them.",
                type = SchemaType.ARRAY,
                implementation = Object.class)
        List<JsonNode> payments,

        @Schema(
                description = "Proposals they put and their answers to proposals, as sessions-service lists them.",
                type = SchemaType.ARRAY,
                implementation = Object.class)
        List<JsonNode> proposals) {

    @Schema(name = "ExportedMembership", description = "A project the person is a member of.")
    public record Membership(
            @Schema(required = true) UUID projectId,

            @Schema(required = true, example = "Recovery voices")
            String projectName) {}

    @Schema(name = "ExportedInvitation", description = "A session the person was invited to, and their answer.")
    public record Invitation(
            @Schema(required = true) UUID sessionId,

            @Schema(required = true, example = "Planning workshop")
            String title,

            @Schema(required = true) Instant start,
            @Schema(required = true) Instant end,

            @Schema(required = true, description = "Their answer to the invitation.", example = "ACCEPTED")
            String status) {}

    @Schema(name = "ExportedAttendance", description = "A session the person attended.")
    public record Attendance(
            @Schema(required = true) UUID sessionId,

            @Schema(required = true, example = "Planning workshop")
            String title,

            @Schema(required = true) Instant start) {}

    @Schema(name = "ExportedAction", description = "An action the person owns.")
    public record Action(
            @Schema(description = "The action's id (absent in older answers).")
            UUID actionId,

            @Schema(required = true) UUID sessionId,

            @Schema(required = true, example = "Send the easy-read summary")
            String description,

            @Schema(description = "When it is due.") LocalDate due,
            @Schema(required = true) boolean done,

            @Schema(description = "When it was marked done; absent while it is not.")
            Instant doneAt) {}
}
