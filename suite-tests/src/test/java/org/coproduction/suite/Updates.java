package org.coproduction.suite;

import java.util.List;
import java.util.Map;

/** Project updates as a coordinator writes them (contract 13 §1: versions per language and reading level). */
final class Updates {

    private Updates() {}

    /** An update with a Welsh plain version, a standard Welsh one and a plain English one. */
    static Map<String, Object> training() {
        return Map.of(
                "title",
                "Training for new members",
                "body",
                "We will run a training day for new members in January. It covers how meetings work and how to claim"
                        + " expenses.",
                "language",
                "en",
                "versions",
                List.of(
                        Map.of(
                                "language", "cy",
                                "plain", true,
                                "title", "Hyfforddiant i bobl newydd",
                                "body", "Bydd diwrnod hyfforddi ym mis Ionawr."),
                        Map.of(
                                "language",
                                "cy",
                                "plain",
                                false,
                                "title",
                                "Hyfforddiant ar gyfer aelodau newydd",
                                "body",
                                "Byddwn yn cynnal diwrnod hyfforddiant ar gyfer aelodau newydd ym mis Ionawr."),
                        Map.of(
                                "language", "en",
                                "plain", true,
                                "title", "Training for new people",
                                "body", "There is a training day in January.")));
    }

    /** An update written in English only. */
    static Map<String, Object> spring() {
        return Map.of(
                "title",
                "Dates for the spring",
                "body",
                "The spring meetings will be on the first Monday of each month.");
    }
}
