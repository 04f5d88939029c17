package dev.trainingadvisor.api.mcp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * A tool call's arguments, as the MCP extension parsed them, written back as JSON text for the strict reader, with
 * every number in the form that keeps its value without expanding it ({@code 1E+400}, not 401 digits). The
 * extension's JSON codec is a copy of the service's mapper, which reads fractions as {@link BigDecimal} (exact) and
 * writes them plain: {@code "ragMonthlyUsd": 9.99e999999999} was expanded to a billion digits and failed as a
 * JSON-RPC Internal error, and {@code 1e400} came back as a number too long to read, where REST refuses both as
 * over the field's maximum. Every {@link BigDecimal} here was a number with a fraction or an exponent in the message
 * (the codec reads integers as integers), and is written back as one, so that {@code 1e0} stays a number in exponent
 * form, which a whole-number argument refuses as REST does, and does not become {@code 1}. Written this way the
 * strict reader sees the value and the form REST sees.
 */
final class ArgumentsText {
    private ArgumentsText() {
    }

    /** {@code arguments} (a JSON object, array or scalar as Vert.x holds it) as JSON text; numbers unexpanded. */
    static String of(Object arguments, JsonFactory factory) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = factory.createGenerator(text)) {
            generator.disable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            write(generator, arguments);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string", e);
        }
        return text.toString();
    }

    private static void write(JsonGenerator generator, Object value) throws IOException {
        Object plain = value instanceof JsonObject object ? object.getMap()
                : value instanceof JsonArray array ? array.getList() : value;
        if (plain == null) {
            generator.writeNull();
        } else if (plain instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName(String.valueOf(entry.getKey()));
                write(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (plain instanceof List<?> list) {
            generator.writeStartArray();
            for (Object item : list) {
                write(generator, item);
            }
            generator.writeEndArray();
        } else if (plain instanceof BigDecimal decimal && decimal.scale() == 0) {
            // a fraction or exponent token whose value has no scale ("1e0", "0.5e1"): BigDecimal would write it as
            // the integer 1, which the strict reader takes where REST refuses 1e0 for a whole number
            generator.writeNumber(decimal.toPlainString() + "E0");
        } else if (plain instanceof BigDecimal decimal) {
            generator.writeNumber(decimal);
        } else if (plain instanceof BigInteger integer) {
            generator.writeNumber(integer);
        } else if (plain instanceof Double || plain instanceof Float) {
            generator.writeNumber(((Number) plain).doubleValue());
        } else if (plain instanceof Number number) {
            generator.writeNumber(number.longValue());
        } else if (plain instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else {
            generator.writeString(String.valueOf(plain));
        }
    }
}
