package org.coproduction.sessions.rest;

/** Example problem bodies for the OpenAPI document. */
final class ProblemExamples {
    static final String VALIDATION = "{\"type\":\"urn:coproduction:problem:validation\",\"title\":\"Invalid input\","
            + "\"status\":400,\"detail\":\"2 fields are not valid\",\"instance\":\"/sessions\",\"errors\":"
            + "[{\"field\":\"end\",\"message\":\"must be after start\"},"
            + "{\"field\":\"timeZone\",\"message\":\"must be an IANA time zone such as Europe/London\"}]}";
    static final String NOT_FOUND = "{\"type\":\"urn:coproduction:problem:not-found\",\"title\":\"Not found\","
            + "\"status\":404,\"detail\":\"No session with id 5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f.\","
            + "\"instance\":\"/sessions/5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f\"}";
    static final String CONFLICT = "{\"type\":\"urn:coproduction:problem:conflict\",\"title\":\"Conflict\","
            + "\"status\":409,\"detail\":\"The session is cancelled and cannot be changed.\"}";
    static final String STALE = "{\"type\":\"urn:coproduction:problem:precondition-failed\",\"title\":"
            + "\"Precondition failed\",\"status\":412,\"detail\":\"the resource has changed since you read it "
            + "(current version 3); read it again\"}";
    static final String UNAVAILABLE = "{\"type\":\"urn:coproduction:problem:dependency-unavailable\",\"title\":"
            + "\"Dependency unavailable\",\"status\":503,\"detail\":\"participants-service is not answering; "
            + "nothing was changed. Try again shortly.\"}";

    private ProblemExamples() {
    }
}
