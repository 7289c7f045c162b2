package org.coproduction.sessions.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an invitee can answer (PENDING is where everyone starts, never something to send). */
@Schema(name = "AnswerChoice", description = "COMING or NOT_COMING")
public enum AnswerChoice {
    COMING,
    NOT_COMING
}
