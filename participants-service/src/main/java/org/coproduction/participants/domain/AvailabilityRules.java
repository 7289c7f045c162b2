package org.coproduction.participants.domain;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rules a participant's availability must follow. Plain Java so they are tested without a framework.
 * Windows are indexed as the client sent them, so each error names the window it is about.
 */
public final class AvailabilityRules {

    private AvailabilityRules() {}

    /** A window as sent, with its position in the client's list. */
    public record IndexedWindow(int index, WeeklyWindow window) {}

    /** An absence as sent, with its position in the client's list. */
    public record IndexedAbsence(int index, Absence absence) {}

    public static List<Violation> checkWindows(List<IndexedWindow> windows) {
        List<Violation> violations = new ArrayList<>();
        Map<DayOfWeek, List<IndexedWindow>> byDay = new TreeMap<>();
        for (IndexedWindow indexed : windows) {
            WeeklyWindow w = indexed.window();
            if (!w.end().isAfter(w.start())) {
                violations.add(new Violation(
                        windowPath(indexed, "end"),
                        "must be after start (" + w.start()
                                + "); a window that runs past midnight is two windows, one on each day"));
                continue;
            }
            byDay.computeIfAbsent(w.day(), d -> new ArrayList<>()).add(indexed);
        }
        for (List<IndexedWindow> day : byDay.values()) {
            day.sort(Comparator.comparing((IndexedWindow iw) -> iw.window().start())
                    .thenComparing(IndexedWindow::index));
            IndexedWindow latest = null;
            for (IndexedWindow current : day) {
                // Windows may touch (18:00-19:00 and 19:00-20:00) but not overlap.
                if (latest != null
                        && current.window().start().isBefore(latest.window().end())) {
                    violations.add(new Violation(
                            windowPath(current, "start"),
                            "overlaps window " + latest.index() + " on "
                                    + current.window().day() + " ("
                                    + latest.window().start() + "-"
                                    + latest.window().end() + ")"));
                }
                if (latest == null
                        || current.window().end().isAfter(latest.window().end())) {
                    latest = current;
                }
            }
        }
        violations.sort(Comparator.comparing(Violation::field));
        return violations;
    }

    public static List<Violation> checkAbsences(List<IndexedAbsence> absences) {
        List<Violation> violations = new ArrayList<>();
        for (IndexedAbsence indexed : absences) {
            Absence a = indexed.absence();
            if (!a.to().isAfter(a.from())) {
                violations.add(new Violation(
                        "availability.unavailable[" + indexed.index() + "].to",
                        "must be after from (" + a.from() + ")"));
            }
        }
        return violations;
    }

    private static String windowPath(IndexedWindow window, String field) {
        return "availability.weekly[" + window.index() + "]." + field;
    }
}
