package org.coproduction.participants.service;

import com.fasterxml.jackson.core.JsonProcessingException;

/** The merge patch produced something that is not a participant (unknown field, wrong type). */
public class PatchNotApplicableException extends RuntimeException {
    public PatchNotApplicableException(JsonProcessingException cause) {
        super(cause.getOriginalMessage(), cause);
    }

    public JsonProcessingException jsonError() {
        return (JsonProcessingException) getCause();
    }
}
