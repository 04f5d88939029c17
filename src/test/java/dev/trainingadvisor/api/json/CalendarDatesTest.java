package dev.trainingadvisor.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The date-times of {@code GET /assessments}' {@code from}/{@code to} and an impact analysis's {@code records} are
 * RFC 3339 §5.6 {@code date-time}s: ISO 8601's parser alone took a five-digit or signed year, a time without seconds
 * and an offset with seconds.
 */
class CalendarDatesTest {
    @ParameterizedTest
    @CsvSource({
        "2026-03-01T00:00:00Z, 2026-03-01T00:00:00Z",
        "0000-01-01T00:00:00Z, 0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999999999+14:00, 9999-12-31T09:59:59.999999999Z",
        "2026-03-01t08:00:00.5z, 2026-03-01T08:00:00.5Z",
        "2026-03-01T08:00:00-00:00, 2026-03-01T08:00:00Z",
        "2026-03-01T08:00:00+08:00, 2026-03-01T00:00:00Z"})
    void anRfc3339DateTimeIsReadAsTheInstantItNames(String text, String instant) {
        assertEquals(Instant.parse(instant), CalendarDates.dateTime(text).orElseThrow().toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "+2026-01-01T00:00:00Z",
        "10000-01-01T00:00:00Z", "2026-03-01T00:00Z", "2026-03-01T00:00:00+01:00:30", "2026-03-01T00:00:00+0100",
        "2026-03-01T00:00:00", "2026-03-01 00:00:00Z", "2026-03-01T00:00:00.Z",
        "2026-02-30T00:00:00Z", "2026-03-01T24:00:00Z", " 2026-03-01T00:00:00Z", "2026-03-01",
        "\uff12\uff10\uff12\uff16-03-01T00:00:00Z", "2026-03-01T00:00:00+24:00", "2026-03-01T00:00:00+08:60",
        "2016-12-31T23:58:60Z", "2016-12-30T23:59:60Z", "2016-12-31T23:59:60+01:00", "2016-12-31T23:59:61Z"})
    void anythingElseIsNoDateTime(String text) {
        assertTrue(CalendarDates.dateTime(text).isEmpty(), text);
    }

    /**
     * RFC 3339 §5.6 allows what ISO 8601's parser refused: a fraction of any length ({@code time-secfrac = "."
     * 1*DIGIT}, cut to nanoseconds), an offset up to {@code ±23:59} (beyond {@code java.time}'s ±18:00, so read as the
     * instant it names), and §5.7's leap second, {@code :60} where the UTC time is 23:59:60 on a month's last day, read
     * as 23:59:59.999999999 of that day (tester).
     */
    @ParameterizedTest
    @CsvSource({
        "2026-03-01T00:00:00.1234567890Z, 2026-03-01T00:00:00.123456789Z",
        "2026-03-01T00:00:00.99999999999999999999+00:00, 2026-03-01T00:00:00.999999999Z",
        "2026-03-01T23:59:00+23:59, 2026-03-01T00:00:00Z",
        "2026-03-01T00:00:00-23:59, 2026-03-01T23:59:00Z",
        "0000-01-01T00:00:00+23:59, -0001-12-31T00:01:00Z",
        "2016-12-31T23:59:60Z, 2016-12-31T23:59:59.999999999Z",
        "2016-12-31T23:59:60.5z, 2016-12-31T23:59:59.999999999Z",
        "2015-07-01T08:59:60+09:00, 2015-06-30T23:59:59.999999999Z",
        "2016-12-31T18:29:60-05:30, 2016-12-31T23:59:59.999999999Z"})
    void aLongFractionAnOffsetUpTo2359AndALeapSecondAreRead(String text, String instant) {
        assertEquals(Instant.parse(instant), CalendarDates.dateTime(text).orElseThrow().toInstant(), text);
    }
}
