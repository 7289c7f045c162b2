package org.coproduction.sessions.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes a set of versions of one piece of content sound: each (language, plain) once, none the same as the
 * original itself (its language, not plain), at most {@link #MAX} of them. Field names follow the request.
 */
public final class ContentVersionRules {
    public static final int MAX = 10;

    /** One version's identity. */
    public record Key(String language, Boolean plain) {}

    /** A broken rule, naming the field. */
    public record Violation(String field, String message) {}

    public List<Violation> check(String originalLanguage, List<Key> versions) {
        List<Violation> found = new ArrayList<>();
        if (versions.size() > MAX) {
            found.add(new Violation("versions", "must have at most " + MAX + " versions"));
            return found;
        }
        Set<Key> seen = new HashSet<>();
        for (int i = 0; i < versions.size(); i++) {
            Key k = versions.get(i);
            if (k == null || k.language() == null || k.plain() == null) {
                continue; // reported by the field checks
            }
            if (k.language().equals(originalLanguage) && !k.plain()) {
                found.add(new Violation(
                        "versions[" + i + "]", "is the original's own language; only a plain version may share it"));
            } else if (!seen.add(k)) {
                found.add(new Violation("versions[" + i + "]", "repeats a language and plain already given"));
            }
        }
        return found;
    }
}
