package dev.trainingadvisor.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * String properties hold Unicode text, so a JSON escape that spells half a surrogate pair ({@code "\ud800"}, a low
 * surrogate first, a high one at the end) is refused: RFC 8259 §8.2 lets such a string through the grammar but
 * leaves its meaning unpredictable, and RFC 3629 forbids encoding it in UTF-8, so echoing it back in an answer would
 * hand the client text it cannot store. A pair ({@code "\ud83d\ude00"}) is one character from a supplementary plane
 * and is read as it is.
 */
public final class WholeCharacters {
    private WholeCharacters() {
    }

    /** The module replacing Jackson's {@code String} reader; anything but a JSON string goes to Jackson's own. */
    public static SimpleModule module() {
        return new SimpleModule("WholeCharacters").addDeserializer(String.class, new Reader());
    }

    /** The index (in UTF-16 units) of the first surrogate without its partner, or -1 when every one is paired. */
    public static int firstUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** A string with half a surrogate pair in it. */
    public static final class UnpairedSurrogate extends MismatchedInputException {
        UnpairedSurrogate(JsonParser parser) {
            super(parser, "A string holds half a surrogate pair", String.class);
        }
    }

    private static final class Reader extends JsonDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && parser.currentToken() == JsonToken.VALUE_STRING && firstUnpairedSurrogate(text) >= 0) {
                throw new UnpairedSurrogate(parser);
            }
            return text;
        }

        @Override
        public Class<?> handledType() {
            return String.class;
        }
    }
}
