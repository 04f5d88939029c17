package dev.trainingadvisor.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date properties ({@link LocalDate}: {@code startDate}, {@code retiresOn}) read only what the contract says, a JSON
 * string holding a calendar date in RFC 3339's {@code full-date} form ({@code 2026-12-01}). Jackson's own reader
 * takes an instant ({@code 2026-12-01T00:00:00Z}) or a date-time as its date, and its refusal of a date that does not
 * exist ({@code 2026-02-30}) reached clients as "must be a JSON object"; here both are refused with
 * {@link NotCalendarDate}, which the problem mappers answer as a 400 at the property's JSON Pointer.
 *
 * <p>Date-time properties ({@link OffsetDateTime}: the impact analysis' {@code records.from}, {@code records.to}) read
 * only a JSON string holding an RFC 3339 {@code date-time} ({@link #dateTime}), as the contract's
 * {@code format: date-time} and the {@code from}/{@code to} query parameters of {@code GET /assessments} take it.
 * Jackson's own reader took a JSON number as epoch seconds and answered a bad string as "must be a JSON object", and
 * {@link OffsetDateTime#parse} (ISO 8601) took years of five digits or with a sign, times without seconds and
 * offsets with seconds; all are refused with {@link NotDateTime}. It also refused what RFC 3339 allows: more than nine
 * fractional digits, offsets beyond ±18:00 and leap seconds ({@link #dateTime}).
 */
@Singleton
public class CalendarDates implements ObjectMapperCustomizer {
    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    /** RFC 3339 §5.6 {@code full-date}. */
    private static final Form<LocalDate> FULL_DATE = new Form<>(Pattern.compile("\\d{4}-\\d{2}-\\d{2}"),
            date -> LocalDate.parse(date.group(), STRICT));
    /**
     * RFC 3339 §5.6 {@code date-time}: a four-digit year, seconds with an optional fraction of any length, {@code Z} or
     * an offset of hours and minutes; {@code T} and {@code Z} in either case (§5.6, note). {@link #dateTime(Matcher)}
     * then refuses a day or time that does not exist.
     */
    private static final Form<OffsetDateTime> DATE_TIME = new Form<>(Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?(?:[Zz]|([+-])(\\d{2}):(\\d{2}))"),
            CalendarDates::dateTime);
    /** The last nanosecond of a second: where a leap second is read (RFC 3339 §5.7). */
    private static final int LAST_NANO = 999_999_999;

    /** Registers the readers after Quarkus' own modules (JavaTimeModule among them): the last reader registered wins. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("CalendarDates")
                .addDeserializer(LocalDate.class, new Reader<>(LocalDate.class, FULL_DATE, NotCalendarDate::new))
                .addDeserializer(OffsetDateTime.class,
                        new Reader<>(OffsetDateTime.class, DATE_TIME, NotDateTime::new)));
    }

    /**
     * {@code text} as an RFC 3339 §5.6 {@code date-time} ({@code 2026-03-01T00:00:00Z},
     * {@code 2026-03-01T08:00:00.5+08:00}); empty when it is not one: another form (a year that is not four digits,
     * no seconds, an offset with seconds) or a day or time that does not exist. As §5.6 allows: a fraction of any
     * length, cut to nanoseconds; an offset up to {@code ±23:59}, which {@code java.time} cannot hold beyond
     * {@code ±18:00}, so such a time is answered at UTC, the same instant; and §5.7's leap second, {@code :60} where
     * the time in UTC is 23:59:60 on the last day of a month (leap seconds are inserted only there), read as
     * 23:59:59.999999999 of that day: the instant stays in the day and minute it names and in order with the times
     * around it (a leap second elsewhere is refused).
     */
    public static Optional<OffsetDateTime> dateTime(String text) {
        return DATE_TIME.read(text);
    }

    private static OffsetDateTime dateTime(Matcher parts) {
        int second = Integer.parseInt(parts.group(6));
        boolean leap = second == 60;
        String fraction = parts.group(7) == null ? "" : parts.group(7);
        int nano = Integer.parseInt((fraction + "000000000").substring(0, 9)); // cut, not rounded, to nanoseconds
        LocalDateTime local = LocalDateTime.of(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)),
                Integer.parseInt(parts.group(3)), Integer.parseInt(parts.group(4)), Integer.parseInt(parts.group(5)),
                leap ? 59 : second, leap ? LAST_NANO : nano);
        int offsetSeconds = 0;
        if (parts.group(8) != null) {
            int hours = Integer.parseInt(parts.group(9));
            int minutes = Integer.parseInt(parts.group(10));
            if (hours > 23 || minutes > 59) {
                throw new DateTimeException("RFC 3339 time-numoffset: hours 00-23, minutes 00-59");
            }
            offsetSeconds = (parts.group(8).equals("-") ? -1 : 1) * (hours * 3600 + minutes * 60);
        }
        LocalDateTime utc = local.minusSeconds(offsetSeconds);
        if (leap && (utc.getHour() != 23 || utc.getMinute() != 59
                || utc.getDayOfMonth() != utc.toLocalDate().lengthOfMonth())) {
            throw new DateTimeException("RFC 3339 §5.7: a leap second is 23:59:60 UTC on a month's last day");
        }
        return Math.abs(offsetSeconds) <= ZoneOffset.MAX.getTotalSeconds()
                ? OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(offsetSeconds))
                : OffsetDateTime.of(utc, ZoneOffset.UTC);
    }

    /** A value where a calendar date belongs that is not one: another JSON type, another form, or no such day. */
    public static final class NotCalendarDate extends MismatchedInputException {
        NotCalendarDate(JsonParser parser) {
            super(parser, "Not a calendar date (YYYY-MM-DD)", LocalDate.class);
        }
    }

    /** A value where a date and time belongs that is not one: another JSON type, another form, or no such time. */
    public static final class NotDateTime extends MismatchedInputException {
        NotDateTime(JsonParser parser) {
            super(parser, "Not a date and time with an offset (RFC 3339)", OffsetDateTime.class);
        }
    }

    /** A textual form: the pattern a string must match whole, then the parse that refuses what does not exist. */
    private record Form<T>(Pattern pattern, Function<Matcher, T> parse) {
        Optional<T> read(String text) {
            Matcher matcher = pattern.matcher(text);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            try {
                return Optional.of(parse.apply(matcher));
            } catch (DateTimeException noSuchDayOrTime) {
                return Optional.empty();
            }
        }
    }

    /**
     * Reads a JSON string in {@code form}; any other value, or a string not in it, is {@code notOne}'s exception,
     * after skipping an array or object so that the error's pointer stays at the property, not inside its value.
     */
    private static final class Reader<T> extends JsonDeserializer<T> {
        private final Class<T> type;
        private final Form<T> form;
        private final Function<JsonParser, ? extends MismatchedInputException> notOne;

        Reader(Class<T> type, Form<T> form, Function<JsonParser, ? extends MismatchedInputException> notOne) {
            this.type = type;
            this.form = form;
            this.notOne = notOne;
        }

        @Override
        public Class<?> handledType() {
            return type;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                if (parser.currentToken() == JsonToken.START_ARRAY || parser.currentToken() == JsonToken.START_OBJECT) {
                    parser.skipChildren();
                }
                throw notOne.apply(parser);
            }
            Optional<T> value = form.read(parser.getText());
            if (value.isEmpty()) {
                throw notOne.apply(parser);
            }
            return value.get();
        }
    }
}
