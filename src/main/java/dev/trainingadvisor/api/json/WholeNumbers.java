package dev.trainingadvisor.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Whole-number properties ({@code Long}, {@code Integer}) read only the plain integer form of RFC 8259 §6
 * ({@code 100}); a number in another form is refused with what it is: {@code 1E+2} and {@code 100.0} are whole
 * numbers written with an exponent or a decimal point (the answer says to write {@code 100}), {@code 1.5} and
 * {@code 1e-999999999} have a fraction, and {@code 1e999999999} is too large. Jackson's own refusal says "no fraction"
 * of all of them, as it sees the value only as a {@code double} ({@code 1e-999999999} becomes 0.0, {@code 1e999999999}
 * Infinity); here the token's exact decimal value decides, without ever expanding its exponent.
 */
public final class WholeNumbers {
    private WholeNumbers() {
    }

    /** The module replacing Jackson's {@code Long} and {@code Integer} readers; other tokens go to Jackson's own. */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("WholeNumbers");
        module.addDeserializer(Long.class, new Reader<>(new NumberDeserializers.LongDeserializer(Long.class, null),
                Long.class, Long.MAX_VALUE));
        module.addDeserializer(Integer.class, new Reader<>(
                new NumberDeserializers.IntegerDeserializer(Integer.class, null), Integer.class, Integer.MAX_VALUE));
        return module;
    }

    /** A whole number in a form other than the plain integer one: its plain form when it fits the property. */
    public static final class NotPlainInteger extends MismatchedInputException {
        private final transient BigDecimal value;
        private final long max;

        NotPlainInteger(JsonParser parser, Class<?> target, BigDecimal value, long max) {
            super(parser, "A whole number in exponent or decimal form", target);
            this.value = value;
            this.max = max;
        }

        /** The number as a plain integer ({@code 1E+2} is {@code 100}), when it is within the property's type. */
        public Optional<String> plain() {
            return value.abs().compareTo(BigDecimal.valueOf(max)) <= 0
                    ? Optional.of(value.toBigIntegerExact().toString())
                    : Optional.empty();
        }
    }

    private static final class Reader<T> extends JsonDeserializer<T> {
        private final JsonDeserializer<T> jackson;
        private final Class<T> type;
        private final long max;

        Reader(JsonDeserializer<T> jackson, Class<T> type, long max) {
            this.jackson = jackson;
            this.type = type;
            this.max = max;
        }

        @Override
        public Class<?> handledType() {
            return type;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                BigDecimal value = parser.getDecimalValue();
                // Whole when it has no non-zero digit after the point; stripTrailingZeros works on the scale only.
                if (value.signum() == 0 || value.stripTrailingZeros().scale() <= 0) {
                    throw new NotPlainInteger(parser, type, value, max);
                }
            }
            return jackson.deserialize(parser, context);
        }

        @Override
        public T getNullValue(DeserializationContext context) {
            return null;
        }
    }
}
