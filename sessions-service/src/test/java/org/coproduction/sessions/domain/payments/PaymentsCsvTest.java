package org.coproduction.sessions.domain.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentsCsvTest {

    @Test
    void theHeaderIsTheContractsAndLinesEndInCrLf() {
        assertThat(new PaymentsCsv().text())
                .isEqualTo("line_id,session_id,session_date,project,payee,name,item,status,currency,amount,paid_as,"
                        + "paid_on,payment_reference,receipt_reference\r\n");
    }

    @Test
    void cellsAreQuotedOnlyWhenTheyMustBe() {
        assertThat(PaymentsCsv.cell("plain")).isEqualTo("plain");
        assertThat(PaymentsCsv.cell(null)).isEmpty();
        assertThat(PaymentsCsv.cell("Khan, Aisha")).isEqualTo("\"Khan, Aisha\"");
        assertThat(PaymentsCsv.cell("the \"big\" room")).isEqualTo("\"the \"\"big\"\" room\"");
        assertThat(PaymentsCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(PaymentsCsv.cell("cr\rhere")).isEqualTo("\"cr\rhere\"");
        assertThat(PaymentsCsv.cell(new java.math.BigDecimal("37.50"))).isEqualTo("37.50");
    }

    @Test
    void formulaStartsAreDisarmed() {
        assertThat(PaymentsCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(PaymentsCsv.cell("+44 20")).isEqualTo("'+44 20");
        assertThat(PaymentsCsv.cell("-1")).isEqualTo("'-1");
        assertThat(PaymentsCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(PaymentsCsv.cell("\tTAB")).isEqualTo("'\tTAB");
        assertThat(PaymentsCsv.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void aRowHasEveryColumn() {
        List<Object> row = new ArrayList<>(Arrays.asList(new Object[14]));
        row.set(0, "id");
        row.set(5, "Siân, Jones");
        assertThat(new PaymentsCsv().row(row).text()).endsWith("\r\nid,,,,,\"Siân, Jones\",,,,,,,,\r\n");
        assertThatThrownBy(() -> new PaymentsCsv().row(List.of("too few")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
