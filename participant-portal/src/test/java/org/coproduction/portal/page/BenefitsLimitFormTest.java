package org.coproduction.portal.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenefitsLimitFormTest {

    /** Messages that answer with their own key, so the test reads which rule spoke. */
    private static <T> T keys(Class<T> bundle) {
        return bundle.cast(Proxy.newProxyInstance(
                bundle.getClassLoader(), new Class<?>[] {bundle}, (proxy, method, args) -> method.getName()));
    }

    private static final PortalMessages M = keys(PortalMessages.class);
    private static final MoneyAndProposalsMessages MP = keys(MoneyAndProposalsMessages.class);

    @Test
    void aMonthlyLimitIsSentToThePennyWithItsDayOfTheMonth() {
        BenefitsLimitForm form =
                BenefitsLimitForm.read("yes", " £1,250.5 ", "MONTH", "TUESDAY", "31", " Universal Credit\r\n ");
        assertThat(form.check(M, MP).any()).isFalse();
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("paymentsMayAffectBenefits", true);
        expected.put("limit", new BigDecimal("1250.50"));
        expected.put("period", "MONTH");
        expected.put("periodStartsOn", 31);
        expected.put("notes", "Universal Credit");
        assertThat(form.body()).isEqualTo(expected);
    }

    @Test
    void noLimitSendsNoPeriodAndNoSendsOnlyTheNotes() {
        assertThat(BenefitsLimitForm.read("yes", "", "WEEK", "FRIDAY", "", "").body())
                .containsEntry("paymentsMayAffectBenefits", true)
                .containsEntry("limit", null)
                .containsEntry("period", null)
                .containsEntry("periodStartsOn", null);
        assertThat(BenefitsLimitForm.read("no", "20", "WEEK", "FRIDAY", "", "ask me first")
                        .body())
                .containsEntry("paymentsMayAffectBenefits", false)
                .containsEntry("limit", null)
                .containsEntry("notes", "ask me first");
        assertThat(BenefitsLimitForm.read("yes", "20", "WEEK", "FRIDAY", "", "").body())
                .containsEntry("periodStartsOn", "FRIDAY");
    }

    @Test
    void eachMistakeIsNamedAgainstItsField() {
        assertThat(BenefitsLimitForm.read(null, "", "", "", "", "").check(M, MP).all())
                .extracting(FormErrors.FieldError::field)
                .containsExactly("affects-yes");
        assertThat(BenefitsLimitForm.read("yes", "0", "", "", "", "")
                        .check(M, MP)
                        .all())
                .extracting(FormErrors.FieldError::field, FormErrors.FieldError::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("limit", "errAmount"),
                        org.assertj.core.groups.Tuple.tuple("period-week", "errPeriod"));
        for (String bad : new String[] {"20.505", "-5", "100000.01", "1e3", "twenty", "9999999999999"}) {
            assertThat(BenefitsLimitForm.read("yes", bad, "WEEK", "MONDAY", "", "")
                            .check(M, MP)
                            .has("limit"))
                    .as(bad)
                    .isTrue();
        }
        for (String bad : new String[] {"0", "32", "x", "", "1.5"}) {
            assertThat(BenefitsLimitForm.read("yes", "20", "MONTH", "MONDAY", bad, "")
                            .check(M, MP)
                            .has("month-day"))
                    .as(bad)
                    .isTrue();
        }
        assertThat(BenefitsLimitForm.read("yes", "100000", "WEEK", "SOMEDAY", "", "x".repeat(501))
                        .check(M, MP)
                        .all())
                .extracting(FormErrors.FieldError::field)
                .containsExactly("benefits-notes");
    }

    @Test
    void invisibleCharactersBecomeSpacesAndAnUnknownDayIsMonday() {
        BenefitsLimitForm form = BenefitsLimitForm.read("yes", "20", "WEEK", "FUNDAY", "", "a\u0000b\tc");
        assertThat(form.notes()).isEqualTo("a b c");
        assertThat(form.weekStart()).isEqualTo("MONDAY");
    }

    @Test
    void theStoredRecordReadsBackIntoTheForm() throws Exception {
        ObjectMapper json = new ObjectMapper();
        BenefitsLimitForm weekly = BenefitsLimitForm.stored(json.readTree("""
                {"paymentsMayAffectBenefits":true,"limit":20,"period":"WEEK","periodStartsOn":"WEDNESDAY",
                 "notes":"n","version":2}"""));
        assertThat(weekly).isEqualTo(new BenefitsLimitForm("yes", "20.00", "WEEK", "WEDNESDAY", "1", "n"));
        BenefitsLimitForm monthly = BenefitsLimitForm.stored(json.readTree("""
                {"paymentsMayAffectBenefits":true,"limit":25.5,"period":"MONTH","periodStartsOn":15,"version":3}"""));
        assertThat(monthly).isEqualTo(new BenefitsLimitForm("yes", "25.50", "MONTH", "MONDAY", "15", ""));
        // Never set: neither yes nor no is chosen for them.
        assertThat(BenefitsLimitForm.stored(json.readTree("{\"paymentsMayAffectBenefits\":false,\"version\":0}"))
                        .affects())
                .isEmpty();
        assertThat(BenefitsLimitForm.stored(json.readTree("{\"paymentsMayAffectBenefits\":false,\"version\":4}"))
                        .affects())
                .isEqualTo("no");
    }
}
