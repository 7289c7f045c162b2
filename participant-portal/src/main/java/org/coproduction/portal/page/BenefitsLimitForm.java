package org.coproduction.portal.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The private benefits limit as typed on the Money page, checked with the rules participants-service applies (so a
 * mistake comes back beside its field) and turned into the body of {@code PUT /participants/{id}/benefits-limit}.
 *
 * @param affects "yes", "no" or "" (not answered)
 * @param limit the amount as typed ("20", "20.50"); empty means "no limit told yet"
 * @param period "WEEK", "MONTH" or ""
 * @param weekStart the day a week starts (MONDAY..SUNDAY)
 * @param monthDay the day of the month an assessment period starts, as typed
 */
public record BenefitsLimitForm(
        String affects, String limit, String period, String weekStart, String monthDay, String notes) {

    public static final List<String> DAYS =
            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
    static final BigDecimal MAX_LIMIT = new BigDecimal("100000");
    static final int MAX_NOTES = 500;
    // Pounds and pence as people type them: "20", "20.5", "£20.50", "1,000.00".
    private static final Pattern AMOUNT = Pattern.compile("^£?\\s*[0-9][0-9,]*(\\.[0-9]{1,2})?$");
    private static final Pattern WHOLE = Pattern.compile("^[0-9]{1,2}$");
    // Tabs and other invisible characters come from pasting; the service refuses them, so they become spaces.
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r]]");

    /** Reads the form's fields (null for a field not sent). */
    public static BenefitsLimitForm read(
            String affects, String limit, String period, String weekStart, String monthDay, String notes) {
        return new BenefitsLimitForm(
                "yes".equals(affects) || "no".equals(affects) ? affects : "",
                clean(limit).strip(),
                "WEEK".equals(period) || "MONTH".equals(period) ? period : "",
                DAYS.contains(weekStart) ? weekStart : "MONDAY",
                clean(monthDay).strip(),
                clean(notes).replace("\r\n", "\n").strip());
    }

    /** The stored record (participants-service's JSON) in the form's terms. */
    public static BenefitsLimitForm stored(JsonNode limit) {
        boolean affects = limit.path("paymentsMayAffectBenefits").asBoolean(false);
        String period = limit.path("period").isTextual() ? limit.path("period").asText() : "";
        JsonNode startsOn = limit.path("periodStartsOn");
        JsonNode amount = limit.path("limit");
        return new BenefitsLimitForm(
                limit.path("version").asLong(0) == 0 && !affects ? "" : affects ? "yes" : "no",
                amount.isNumber()
                        ? amount.decimalValue()
                                .setScale(2, java.math.RoundingMode.UNNECESSARY)
                                .toPlainString()
                        : "",
                period,
                startsOn.isTextual() && DAYS.contains(startsOn.asText()) ? startsOn.asText() : "MONDAY",
                startsOn.isIntegralNumber() ? startsOn.asText() : "1",
                limit.path("notes").isTextual() ? limit.path("notes").asText() : "");
    }

    public boolean mayAffect() {
        return "yes".equals(affects);
    }

    /** Every mistake, each against the id of the field it is about. */
    public FormErrors check(PortalMessages m, MoneyAndProposalsMessages mp) {
        FormErrors errors = new FormErrors();
        if (affects.isEmpty()) {
            errors.add("affects-yes", mp.errYesNo());
        }
        if (mayAffect() && !limit.isEmpty()) {
            BigDecimal amount = amount();
            if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX_LIMIT) > 0) {
                errors.add("limit", mp.errAmount("100,000.00"));
            }
            if (period.isEmpty()) {
                errors.add("period-week", mp.errPeriod());
            } else if ("MONTH".equals(period) && day() == null) {
                errors.add("month-day", m.errNumber("1", "31"));
            }
        }
        if (notes.length() > MAX_NOTES) {
            errors.add("benefits-notes", m.errTooLong(Integer.toString(MAX_NOTES)));
        }
        return errors;
    }

    /**
     * The body to send once {@link #check} found nothing: "no" keeps only the notes; a limit comes with its period, and
     * no limit with none (the service wants both or neither).
     */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        boolean withLimit = mayAffect() && !limit.isEmpty();
        body.put("paymentsMayAffectBenefits", mayAffect());
        body.put("limit", withLimit ? amount() : null);
        body.put("period", withLimit ? period : null);
        body.put("periodStartsOn", withLimit ? ("WEEK".equals(period) ? weekStart : day()) : null);
        body.put("notes", notes.isEmpty() ? null : notes);
        return body;
    }

    /** The amount typed, to the penny, or null if it is not one. */
    BigDecimal amount() {
        if (!AMOUNT.matcher(limit).matches()) {
            return null;
        }
        String digits = limit.replace("£", "").replace(",", "").strip();
        return digits.length() > 12 ? null : new BigDecimal(digits).setScale(2);
    }

    private Integer day() {
        if (!WHOLE.matcher(monthDay).matches()) {
            return null;
        }
        int day = Integer.parseInt(monthDay);
        return day >= 1 && day <= 31 ? day : null;
    }

    private static String clean(String text) {
        return text == null ? "" : INVISIBLE.matcher(text).replaceAll(" ");
    }
}
