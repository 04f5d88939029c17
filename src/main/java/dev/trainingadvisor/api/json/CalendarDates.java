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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Date properties ({@link LocalDate}: {@code startDate}, {@code retiresOn}) read only what the contract says, a JSON
 * string holding a calendar date in RFC 3339's {@code full-date} form ({@code 2026-12-01}). Jackson's own reader
 * takes an instant ({@code 2026-12-01T00:00:00Z}) or a date-time as its date, and its refusal of a date that does not
 * exist ({@code 2026-02-30}) reached clients as "must be a JSON object"; here both are refused with
 * {@link NotCalendarDate}, which the problem mappers answer as a 400 at the property's JSON Pointer.
 *
 * <p>Date-time properties ({@link OffsetDateTime}: the impact analysis' {@code records.from}, {@code records.to}) read
 * only a JSON string holding a date and time with its offset, as the contract's {@code format: date-time} and the
 * {@code from}/{@code to} query parameters of {@code GET /assessments} take it ({@link OffsetDateTime#parse}, ISO 8601
 * extended offset form: {@code 2026-03-01T00:00:00Z}). Jackson's own reader took a JSON number as epoch seconds and
 * answered a bad string as "must be a JSON object"; both are refused with {@link NotDateTime}.
 */
@Singleton
public class CalendarDates implements ObjectMapperCustomizer {
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Registers the reader after Quarkus' own modules (JavaTimeModule among them): the last reader registered wins. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("CalendarDates").addDeserializer(LocalDate.class, new Reader())
                .addDeserializer(OffsetDateTime.class, new DateTimeReader()));
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

    /**
     * The JSON string the parser is at; for any other value {@code notOne}'s exception, after skipping an array or
     * object so that the error's pointer stays at the property, not inside its value.
     */
    private static String stringOr(JsonParser parser,
                                   java.util.function.Function<JsonParser, ? extends MismatchedInputException> notOne)
            throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            if (parser.currentToken() == JsonToken.START_ARRAY || parser.currentToken() == JsonToken.START_OBJECT) {
                parser.skipChildren();
            }
            throw notOne.apply(parser);
        }
        return parser.getText();
    }

    private static final class DateTimeReader extends JsonDeserializer<OffsetDateTime> {
        @Override
        public Class<?> handledType() {
            return OffsetDateTime.class;
        }

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = stringOr(parser, NotDateTime::new);
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException notOne) {
                throw new NotDateTime(parser);
            }
        }
    }

    private static final class Reader extends JsonDeserializer<LocalDate> {
        @Override
        public Class<?> handledType() {
            return LocalDate.class;
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = stringOr(parser, NotCalendarDate::new);
            if (!FULL_DATE.matcher(text).matches()) {
                throw new NotCalendarDate(parser);
            }
            try {
                return LocalDate.parse(text, STRICT);
            } catch (DateTimeParseException noSuchDay) {
                throw new NotCalendarDate(parser);
            }
        }
    }
}
