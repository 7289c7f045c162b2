package org.coproduction.sessions.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An invitee's answer to an invitation; PENDING until they (or a coordinator for them) answer. */
@Schema(name = "InvitationAnswerValue", description = "PENDING until answered; then COMING or NOT_COMING")
public enum InvitationAnswer {
    PENDING,
    COMING,
    NOT_COMING
}
