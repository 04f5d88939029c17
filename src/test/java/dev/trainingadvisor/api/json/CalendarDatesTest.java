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
        "2026-03-01T00:00:00", "2026-03-01 00:00:00Z", "2026-03-01T00:00:00.Z", "2026-03-01T00:00:00.1234567890Z",
        "2026-02-30T00:00:00Z", "2026-03-01T24:00:00Z", " 2026-03-01T00:00:00Z", "2026-03-01",
        "\uff12\uff10\uff12\uff16-03-01T00:00:00Z"})
    void anythingElseIsNoDateTime(String text) {
        assertTrue(CalendarDates.dateTime(text).isEmpty(), text);
    }
}
