package org.coproduction.notifications.digest.news;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Optional;
import org.coproduction.notifications.render.DigestView;

/**
 * Whether a digest tells the person anything new since the last digest they were given. Pure.
 *
 * <p>A digest is known by a key: a hash of what it shows, leaving out what changes every time (the subject's date,
 * "since", the signed link), or {@link #NOTE} for the "work goes on" note. A digest whose key is the last delivered
 * digest's is skipped; the note goes out at most once a calendar month in the person's zone.
 */
public final class DigestNews {

    /** The key of the "work goes on" note (a digest with nothing in it). */
    public static final String NOTE = "NOTE";

    public static final String NOTHING_NEW = "nothing new since the last digest";

    private DigestNews() {}

    /** What is known of a person's digests already delivered (sent, or a letter or call sheet made). */
    public record History(String lastKey, Instant lastNoteAt) {

        public static final History NONE = new History(null, null);
    }

    /** The key of this digest. */
    public static String key(DigestView view) {
        if (view.nothingHappened()) {
            return NOTE;
        }
        // Each proposal's link is signed afresh every time: only the proposals themselves are news.
        String text = view.withProposalLinks(proposal -> null).toString();
        // Records print "name=value, ": drop the parts that differ from one digest to the next with nothing new.
        text = without(text, "subject", view.subject());
        text = without(text, "since", view.since());
        text = without(text, "hearUrl", view.hearUrl());
        return sha256(text);
    }

    /** Why this digest is skipped, if it is. */
    public static Optional<String> skip(String key, History history, Instant now, ZoneId zone) {
        if (NOTE.equals(key)) {
            boolean noteThisMonth = history.lastNoteAt() != null
                    && YearMonth.from(history.lastNoteAt().atZone(zone)).equals(YearMonth.from(now.atZone(zone)));
            return noteThisMonth ? Optional.of(NOTHING_NEW) : Optional.empty();
        }
        return key.equals(history.lastKey()) ? Optional.of(NOTHING_NEW) : Optional.empty();
    }

    private static String without(String text, String component, String value) {
        return text.replace(component + "=" + value, component + "=");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
