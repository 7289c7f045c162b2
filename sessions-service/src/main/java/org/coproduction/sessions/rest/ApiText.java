package org.coproduction.sessions.rest;

/** Words the OpenAPI document repeats across operations, written once so every operation says the same thing. */
final class ApiText {
    static final String ETAG = "ETag";
    static final String ETAG_DESCRIPTION = "The record's version in quotes, such as \"3\": send it back in If-Match";
    static final String LOCATION = "Location";
    static final String LOCATION_DESCRIPTION = "Address of the new record";
    static final String IF_MATCH_DESCRIPTION =
            "The ETag you read, such as \"3\" (with the quotes): the change is refused with 412 if the record "
                    + "changed since. Leave it out (or send *) to change it whatever its version.";
    static final String CONCURRENT_CHANGE = "changed by someone else at the same moment; read it again and retry";

    private ApiText() {}
}
