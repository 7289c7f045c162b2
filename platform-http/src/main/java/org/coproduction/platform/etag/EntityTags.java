package org.coproduction.platform.etag;

import jakarta.ws.rs.core.EntityTag;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduction.platform.problem.InvalidInputException;

/**
 * A record's ETag is its version number ({@code "3"}). {@code If-Match} takes one such tag, weak or strong, or
 * {@code *}; anything else is a 400, since it could never match and the caller would not learn why.
 */
public final class EntityTags {

    public static final String IF_MATCH = "If-Match";
    private static final Pattern TAG = Pattern.compile("(?:W/)?\"([0-9]{1,18})\"");

    private EntityTags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version {@code If-Match} asks for; empty when there is no precondition (absent or {@code *}). */
    public static Optional<Long> expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return Optional.empty();
        }
        Matcher m = TAG.matcher(ifMatch.strip());
        if (!m.matches()) {
            throw InvalidInputException.of(
                    IF_MATCH, "must be the ETag you read, such as \"3\" (with the quotes), or *");
        }
        return Optional.of(Long.parseLong(m.group(1)));
    }
}
