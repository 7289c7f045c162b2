package org.coproduction.notifications.delivery.summary;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * How digests reached people over a period (issue 15, for the National Standards' Communication figures). Pure.
 *
 * <ul>
 *   <li>due: digests that fell due in the period with something to say (one skipped for having nothing new was
 *       never meant to go out, so it is not counted);
 *   <li>on time: of those, delivered (sent, or its letter or call sheet made ready) within 24 hours of falling due;
 *   <li>people: those with at least one digest delivered in the period;
 *   <li>reached in their own language and format: of those, the people every delivered digest of whose (that
 *       recorded it) was written in the language and format they asked for, with at least one recorded.
 * </ul>
 */
public final class DeliverySummaryRules {
    public static final Duration ON_TIME = Duration.ofHours(24);

    private DeliverySummaryRules() {}

    public record Summary(long digestsDue, long digestsOnTime, long people, long reachedInOwnLanguageAndFormat) {}

    public static Summary summarise(Collection<DigestOutcome> digests) {
        long due = 0;
        long onTime = 0;
        // Per person: null while none of their delivered digests recorded it, else whether all were as asked.
        Map<UUID, Boolean> reached = new HashMap<>();
        for (DigestOutcome d : digests) {
            due++;
            if (d.deliveredAt() == null) {
                continue;
            }
            if (!d.deliveredAt().isAfter(d.dueAt().plus(ON_TIME))) {
                onTime++;
            }
            if (d.asAsked() == null) {
                reached.putIfAbsent(d.participantId(), null);
            } else {
                Boolean before = reached.get(d.participantId());
                reached.put(d.participantId(), before == null ? d.asAsked() : before && d.asAsked());
            }
        }
        long reachedPeople =
                reached.values().stream().filter(Boolean.TRUE::equals).count();
        return new Summary(due, onTime, reached.size(), reachedPeople);
    }

    /**
     * Whether a digest was written in the language its reader prefers (its primary subtag; no stated preference means
     * the deployment's default is theirs). Its format always follows their choice (the composer makes what they asked
     * for: formatted, plain text, large print, a letter or a call sheet), so the language decides.
     */
    public static boolean asAsked(String preferredLanguage, String renderedLanguage) {
        return preferredLanguage == null
                || preferredLanguage.isBlank()
                || primary(preferredLanguage).equals(primary(renderedLanguage));
    }

    private static String primary(String tag) {
        String t = tag == null ? "" : tag.strip().toLowerCase(java.util.Locale.ROOT);
        int dash = t.indexOf('-');
        return dash < 0 ? t : t.substring(0, dash);
    }
}
