package org.coproduction.sessions.domain.arrangements;

import java.math.BigDecimal;
import java.util.List;

/** What a session needs arranging, and what of it is still missing, in plain words. */
public record Arrangements(
        int expected,
        List<Dietary> dietary,
        List<Interpreter> interpreters,
        Copies largePrint,
        Copies easyRead,
        QuietSpace quietSpace,
        List<String> missing) {
    public Arrangements {
        dietary = List.copyOf(dietary);
        interpreters = List.copyOf(interpreters);
        missing = List.copyOf(missing);
    }

    /** One dietary requirement, how many expected people have it, and who (by name, sorted; null unless asked). */
    public record Dietary(String requirement, int count, List<String> names) {
        public Dietary {
            names = names == null ? null : List.copyOf(names);
        }
    }

    /** An interpreter language: how many expected people need it and whether one is booked. */
    public record Interpreter(String language, int neededBy, boolean booked, BigDecimal cost, String reference) {}

    public record Copies(int needed, boolean arranged) {}

    public record QuietSpace(boolean needed, boolean arranged) {}
}
