package org.coproduction.sessions.domain.payments;

import java.util.List;

/**
 * Writes the finance export as RFC 4180 CSV: comma separated, CRLF line ends, a field quoted when it holds a comma,
 * a quote or a line break (quotes doubled). A cell beginning with {@code = + - @} (or a tab or carriage return, which
 * spreadsheets also read as a formula start) is prefixed with {@code '} so a spreadsheet never runs it as a formula.
 */
public final class PaymentsCsv {
    public static final List<String> HEADER = List.of(
            "line_id",
            "session_id",
            "session_date",
            "project",
            "payee",
            "name",
            "item",
            "status",
            "currency",
            "amount",
            "paid_as",
            "paid_on",
            "payment_reference",
            "receipt_reference");

    private final StringBuilder out = new StringBuilder();

    public PaymentsCsv() {
        row(HEADER);
    }

    /** One row; null cells are written empty. Must have as many cells as the header. */
    public PaymentsCsv row(List<?> cells) {
        if (cells.size() != HEADER.size()) {
            throw new IllegalArgumentException("a row has " + HEADER.size() + " cells");
        }
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    public String text() {
        return out.toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
