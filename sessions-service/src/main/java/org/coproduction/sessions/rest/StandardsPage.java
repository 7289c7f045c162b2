package org.coproduction.sessions.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.coproduction.sessions.api.StandardsResponse;

/**
 * The standards evidence as a printable page for a funder or a board: a heading and a table per standard, then what
 * to do about the weakest indicator. Everything from data is escaped; no scripts, no outside resources.
 */
final class StandardsPage {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private static final String STYLE = "body{font-family:Arial,Helvetica,sans-serif;font-size:1rem;line-height:1.5;"
            + "color:#111;background:#fff;margin:2rem auto;max-width:60rem;padding:0 1rem}"
            + "h1{font-size:1.75rem}h2{font-size:1.35rem;margin-top:2rem;border-bottom:2px solid #111}"
            + "table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;"
            + "border:1px solid #555;padding:.4rem .6rem}th{background:#eee}td.figure{white-space:nowrap;width:7rem}"
            + ".advice{border:3px solid #111;padding:1rem;margin-top:2rem}.advice h2{margin-top:0}"
            + "@media print{body{margin:0;max-width:none;font-size:11pt}h2{break-after:avoid}"
            + "table,.advice{break-inside:avoid}th{background:none}}";

    private StandardsPage() {}

    static String html(StandardsResponse r) {
        StringBuilder h = new StringBuilder(8192);
        String title = "National Standards evidence: " + r.projectName();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(escape(title))
                .append("</title>\n<style>")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n<h1>")
                .append(escape(title))
                .append("</h1>\n<p>From ")
                .append(escape(DAY.format(r.from())))
                .append(" to ")
                .append(escape(DAY.format(r.to())))
                .append(". Worked out on ")
                .append(escape(DAY.format(r.generatedAt().atZone(java.time.ZoneOffset.UTC))))
                .append(" from what the co-production suite holds.</p>\n");
        for (StandardsResponse.StandardDto s : r.standards()) {
            h.append("<section>\n<h2>")
                    .append(escape(s.name()))
                    .append("</h2>\n<table>\n<thead><tr><th scope=\"col\">Indicator</th><th scope=\"col\">Figure</th>")
                    .append("<th scope=\"col\">What it means</th></tr></thead>\n<tbody>\n");
            for (StandardsResponse.IndicatorDto i : s.indicators()) {
                h.append("<tr><th scope=\"row\">")
                        .append(escape(i.name()))
                        .append("</th><td class=\"figure\">")
                        .append(escape(percent(i.figure())))
                        .append("</td><td>")
                        .append(escape(i.sentence()))
                        .append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n</section>\n");
        }
        h.append("<section class=\"advice\">\n<h2>What to do next</h2>\n<p>");
        if (r.weakest() == null) {
            h.append("Nothing can be measured yet for this period.");
        } else {
            String weakest = r.standards().stream()
                    .flatMap(s -> s.indicators().stream())
                    .filter(i -> i.code().equals(r.weakest().code()))
                    .map(StandardsResponse.IndicatorDto::name)
                    .findFirst()
                    .orElse(r.weakest().code());
            h.append("The weakest figure is ")
                    .append(escape(weakest))
                    .append(". ")
                    .append(escape(r.weakest().advice()));
        }
        h.append("</p>\n</section>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    /** 0.75 as "75%"; no figure as "Not measured". */
    static String percent(BigDecimal figure) {
        if (figure == null) {
            return "Not measured";
        }
        return figure.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
