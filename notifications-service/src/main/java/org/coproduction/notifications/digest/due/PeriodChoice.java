package org.coproduction.notifications.digest.due;

import java.time.Instant;
import java.util.Optional;
import org.coproduction.notifications.domain.DuePeriod;

/**
 * Which digest one person gets from a run, given the period their schedule makes due now (if any). Pure.
 *
 * <ul>
 * <li>A period that ended (its digest became due) before the person registered is never theirs: their first digest
 * is for the next period.</li>
 * <li>A forced digest takes the period due now, so the scheduled job finds it covered and sends no second digest,
 * unless the run says it does not count for the period. With no period due (this period's digest went out already,
 * or the period ended before they registered) it is one extra digest, outside the schedule.</li>
 * </ul>
 */
public final class PeriodChoice {

    static final String BEFORE_REGISTERING =
            "not due: this period ended before they registered; their first digest is the next period's";

    private PeriodChoice() {}

    /** What a run makes for one person: a period's digest, an extra (forced) digest, or nothing and why. */
    public record Choice(DuePeriod period, boolean extra, String notDue) {

        static Choice ofPeriod(DuePeriod period) {
            return new Choice(period, false, null);
        }

        static Choice anExtra() {
            return new Choice(null, true, null);
        }

        static Choice nothing(String why) {
            return new Choice(null, false, why);
        }

        public boolean any() {
            return period != null || extra;
        }
    }

    /**
     * @param scheduled the period the schedule makes due now, if any
     * @param registeredAt when the person registered (null: not known, so no period is held against them)
     * @param notDue why nothing is due, when the schedule has nothing
     */
    public static Choice choose(
            Optional<DuePeriod> scheduled,
            Instant registeredAt,
            boolean force,
            boolean countsForPeriod,
            String notDue) {
        Optional<DuePeriod> theirs =
                scheduled.filter(d -> registeredAt == null || !d.dueAt().isBefore(registeredAt));
        if (force) {
            return countsForPeriod && theirs.isPresent() ? Choice.ofPeriod(theirs.get()) : Choice.anExtra();
        }
        if (theirs.isPresent()) {
            return Choice.ofPeriod(theirs.get());
        }
        return Choice.nothing(scheduled.isPresent() ? BEFORE_REGISTERING : notDue);
    }
}
