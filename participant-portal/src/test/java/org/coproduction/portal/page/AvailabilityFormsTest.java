package org.coproduction.portal.page;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AvailabilityFormsTest {

    /** Plain English wording without the Qute engine: the tests read which field is wrong, not the words. */
    private final PortalMessages m = (PortalMessages) java.lang.reflect.Proxy.newProxyInstance(
            PortalMessages.class.getClassLoader(),
            new Class<?>[] {PortalMessages.class},
            (p, method, args) -> method.getName());

    @Test
    void emptyRowsAreDroppedAndGoodRowsKeptInOrder() {
        var form = new MultivaluedHashMap<String, String>();
        form.putSingle("day-0", "MONDAY");
        form.putSingle("start-0", "18:00");
        form.putSingle("end-0", "20:30");
        form.putSingle("day-1", "");
        form.putSingle("start-1", "");
        form.putSingle("end-1", "");
        form.putSingle("day-2", "SATURDAY");
        form.putSingle("start-2", "09:00");
        form.putSingle("end-2", "12:00");
        FormErrors errors = new FormErrors();

        List<Map<String, Object>> windows = AvailabilityForms.weekly(form, m, errors);

        assertThat(errors.any()).isFalse();
        assertThat(windows)
                .containsExactly(
                        Map.of("day", "MONDAY", "start", "18:00", "end", "20:30"),
                        Map.of("day", "SATURDAY", "start", "09:00", "end", "12:00"));
    }

    @Test
    void eachBadFieldIsNamed() {
        var form = new MultivaluedHashMap<String, String>();
        form.putSingle("day-0", "FUNDAY");
        form.putSingle("start-0", "7pm");
        form.putSingle("end-0", "24:00");
        form.putSingle("day-1", "MONDAY");
        form.putSingle("start-1", "20:00");
        form.putSingle("end-1", "20:00");
        FormErrors errors = new FormErrors();

        AvailabilityForms.weekly(form, m, errors);

        assertThat(errors.all())
                .extracting(FormErrors.FieldError::field)
                .containsExactly("day-0", "start-0", "end-0", "end-1");
        assertThat(errors.of("end-1")).isEqualTo("errEndAfterStart");
    }

    @Test
    void timeAwayCoversWholeDaysInThePersonsZoneAcrossTheClockChange() {
        FormErrors errors = new FormErrors();
        Map<String, Object> away =
                AvailabilityForms.absence("2027-03-27", "2027-03-28", " ", ZoneId.of("Europe/London"), m, errors);
        assertThat(errors.any()).isFalse();
        assertThat(away.get("from")).isEqualTo("2027-03-27T00:00:00Z");
        // The clocks go forward on 28 March 2027: the next midnight is 23:00 UTC.
        assertThat(away.get("to")).isEqualTo("2027-03-28T23:00:00Z");
        assertThat(away.get("reason")).isNull();
    }

    @Test
    void farOffOrReversedDatesAndOverLongReasonsAreRefused() {
        FormErrors errors = new FormErrors();
        assertThat(AvailabilityForms.absence("9999-01-01", "1999-12-31", "x".repeat(201), ZoneId.of("UTC"), m, errors))
                .isNull();
        assertThat(errors.all())
                .extracting(FormErrors.FieldError::field)
                .containsExactly("absence-from", "absence-to", "absence-reason");
        FormErrors reversed = new FormErrors();
        AvailabilityForms.absence("2027-05-02", "2027-05-01", "", ZoneId.of("UTC"), m, reversed);
        assertThat(reversed.of("absence-to")).isEqualTo("errToBeforeFrom");
    }

    @Test
    void numbersMustBeWholeAndInRange() {
        FormErrors errors = new FormErrors();
        assertThat(AvailabilityForms.number(" 7 ", 0, 365, "n", m, errors)).isEqualTo(7);
        assertThat(AvailabilityForms.number("", 0, 365, "n", m, errors)).isNull();
        assertThat(errors.any()).isFalse();
        assertThat(AvailabilityForms.number("366", 0, 365, "a", m, errors)).isNull();
        assertThat(AvailabilityForms.number("1.5", 0, 365, "b", m, errors)).isNull();
        assertThat(AvailabilityForms.number("\u0000", 0, 365, "c", m, errors)).isNull();
        assertThat(errors.all()).extracting(FormErrors.FieldError::field).containsExactly("a", "b", "c");
    }
}
