package dev.trainingadvisor.api.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Jackson as strict as the contract. Quarkus's defaults would let a typo or a wrong type through silently: unknown
 * properties ignored, {@code 1.9} read as {@code 1}, {@code "5"} read as 5, {@code 3} read as an enum's ordinal,
 * {@code 7} read as the string {@code "7"}, a repeated key keeping its last value. Here each of those fails, and the
 * problem mappers turn the failure into a 400 naming the property.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    /** Deeper than any valid request (which nests two levels) by a wide margin; deeper input fails fast. */
    public static final int MAX_NESTING_DEPTH = 16;
    /** No string of a valid request comes near this; the body limit (64 KiB) bounds it anyway. */
    public static final int MAX_STRING_LENGTH = 65_536;
    /** Enough digits for any valid number; longer numbers are refused before being parsed. */
    public static final int MAX_NUMBER_LENGTH = 64;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Boolean, LogicalType.Integer,
                LogicalType.Float, LogicalType.Enum}) {
            for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                    CoercionInputShape.Float, CoercionInputShape.Boolean, CoercionInputShape.String,
                    CoercionInputShape.EmptyString}) {
                if (!isNative(type, shape)) {
                    mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
                }
            }
        }
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.getFactory().setInputDecorator(new Utf8Only());
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build());
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        // Property access through generated lambdas: the profile showed reflective accessor calls on every field.
        mapper.registerModule(new BlackbirdModule());
        mapper.registerModule(WholeNumbers.module());
        mapper.registerModule(WholeCharacters.module());
    }

    /** The one input shape that is the type itself: a JSON string for text and enums, a number for numbers. */
    private static boolean isNative(LogicalType type, CoercionInputShape shape) {
        return switch (type) {
            case Textual, Enum -> shape == CoercionInputShape.String;
            case Boolean -> false;
            case Integer -> shape == CoercionInputShape.Integer;
            case Float -> shape == CoercionInputShape.Integer || shape == CoercionInputShape.Float;
            default -> false;
        };
    }
}
