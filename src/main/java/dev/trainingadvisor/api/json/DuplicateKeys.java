package dev.trainingadvisor.api.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the first key repeated within one JSON object (RFC 8259 §4: names "SHOULD be unique"; the contract makes a
 * repeat a 400 rather than let the last value win), as a JSON Pointer (RFC 6901) to the repeated member:
 * {@code /profiles/3/labeledExamples}.
 *
 * <p>It scans the body on its own, before Jackson binds it, so that a repeat is recognised by what it is and not by
 * the text of Jackson's {@code JsonParseException} ("Duplicate field ..."), which no type of Jackson's sets apart
 * from a syntax error. Malformed input ends the scan without a finding: binding then reports it as Jackson sees it.
 */
public final class DuplicateKeys {
    /** A plain factory: no duplicate detection of its own, default read constraints. */
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private DuplicateKeys() {
    }

    /** The pointer to the first repeated key of the UTF-8 JSON text in {@code bytes[offset, offset + length)}. */
    public static Optional<String> first(byte[] bytes, int offset, int length) {
        try (JsonParser parser = FACTORY.createParser(bytes, offset, length)) {
            Deque<Set<String>> names = new ArrayDeque<>();
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_OBJECT -> names.push(new HashSet<>());
                    case END_OBJECT -> names.pop();
                    case FIELD_NAME -> {
                        if (!names.peek().add(parser.currentName())) {
                            return Optional.of(parser.getParsingContext().pathAsPointer().toString());
                        }
                    }
                    default -> { }
                }
            }
            return Optional.empty();
        } catch (IOException malformed) {
            return Optional.empty();
        }
    }
}
