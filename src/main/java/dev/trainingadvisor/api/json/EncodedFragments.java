package dev.trainingadvisor.api.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Most of an assessment is fixed text: a checklist criterion, a question of the decision tree with its guide section,
 * a next step are the same characters in every answer that has them. For a record marked {@link EncodedOnce}, this
 * writes the JSON of a value it has written before from the bytes it made then (copied into the output as a raw
 * value), instead of walking and encoding the record's properties again for every request. The bytes are exactly those
 * Jackson's own serialiser writes for that value ({@code EncodedFragmentsTest} compares whole answers).
 *
 * <p>Nothing of an answer is cached: every request is decided, worded and mapped afresh, and only the encoding of an
 * equal value is reused. Memory is bounded: each marked type keeps at most {@link #MAX_PER_TYPE} encodings, then
 * writes any further value the ordinary way (the set of fixed fragments is small: tree nodes, criteria, steps and
 * sections times two languages; values holding a request's numbers are what would overflow it).
 */
@Singleton
public class EncodedFragments implements ObjectMapperCustomizer {
    /** Encodings kept per marked record type; beyond it values are serialised each time. */
    public static final int MAX_PER_TYPE = 4096;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("encoded-fragments").setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
                                                      JsonSerializer<?> serializer) {
                if (description.getBeanClass().isAnnotationPresent(EncodedOnce.class)) {
                    return new Fragments(serializer);
                }
                return serializer;
            }
        }));
    }

    /** Writes a value from its kept encoding, or serialises it with Jackson's serialiser and keeps the bytes. */
    static final class Fragments extends StdSerializer<Object> implements ResolvableSerializer {
        private final JsonSerializer<Object> plain;
        private final ConcurrentHashMap<Object, SerializedString> encoded = new ConcurrentHashMap<>();

        @SuppressWarnings("unchecked")
        Fragments(JsonSerializer<?> plain) {
            super(Object.class);
            this.plain = (JsonSerializer<Object>) plain;
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (plain instanceof ResolvableSerializer resolvable) {
                resolvable.resolve(provider);
            }
        }

        /** How many encodings this type keeps (at most {@link #MAX_PER_TYPE}). */
        int kept() {
            return encoded.size();
        }

        @Override
        public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            SerializedString json = encoded.get(value);
            if (json == null) {
                json = encode(value, generator, provider);
                if (json == null) {
                    plain.serialize(value, generator, provider);
                    return;
                }
                if (encoded.size() < MAX_PER_TYPE) {
                    encoded.putIfAbsent(value, json);
                }
            }
            generator.writeRawValue(json);
        }

        /** The value's JSON as its own serialiser writes it, or null when the generator is not a plain byte one. */
        private SerializedString encode(Object value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            if (generator.getPrettyPrinter() != null || !(generator.getCodec() instanceof ObjectMapper mapper)) {
                return null;
            }
            try (ByteArrayBuilder bytes = new ByteArrayBuilder();
                 JsonGenerator fragment = mapper.getFactory().createGenerator(bytes)) {
                fragment.setCodec(mapper);
                provider.getConfig().initialize(fragment); // the writer's own generator settings
                plain.serialize(value, fragment, provider);
                fragment.flush();
                SerializedString json = new SerializedString(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
                json.asUnquotedUTF8(); // encoded now, once
                return json;
            }
        }
    }
}
