package dev.trainingadvisor.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {
    @ParameterizedTest
    @CsvSource({"0,$0", "10000,'$10,000'", "10000.00,'$10,000'", "9999.99,'$9,999.99'", "0.5,$0.50",
            "1234567.891,'$1,234,567.89'", "-50000,'-$50,000'", "1E+4,'$10,000'"})
    void formatsDollars(String amount, String expected) {
        assertEquals(expected, Formats.usd(new BigDecimal(amount)));
    }

    @ParameterizedTest
    @CsvSource({"0,0", "999,999", "1000,'1,000'", "1000000000,'1,000,000,000'"})
    void groupsCounts(long count, String expected) {
        assertEquals(expected, Formats.count(count));
    }

    @ParameterizedTest
    @CsvSource({"89.990,89.99", "100,100", "12345.5,'12,345.5'"})
    void formatsDecimalsWithoutTrailingZeros(String value, String expected) {
        assertEquals(expected, Formats.decimal(new BigDecimal(value)));
    }
}
