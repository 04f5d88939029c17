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
 * over the field's maximum. Written this way the strict reader sees the value REST sees.
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
