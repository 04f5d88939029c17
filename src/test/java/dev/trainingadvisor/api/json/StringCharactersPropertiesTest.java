package dev.trainingadvisor.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trainingadvisor.api.assessment.AssessmentRequest;
import dev.trainingadvisor.api.problem.Problem;
import dev.trainingadvisor.api.problem.ProblemMappers;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.Limits;
import dev.trainingadvisor.domain.Texts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Strings of characters from every plane of Unicode (issue 21): each one is read as the character it is, whether sent
 * as UTF-8 or as a JSON escape ({@code \ud83d\ude00} for a supplementary character), and half a surrogate pair,
 * wherever it stands, is refused with a 400 naming the property - never read and echoed back as text no client can
 * store. Properties over the service's own Jackson and problem mappers.
 */
class StringCharactersPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    static {
        new StrictJson().customize(JSON);
    }

    @Property
    void textOfWholeCharactersFromAnyPlaneIsReadAsSent(@ForAll("text") String text, @ForAll boolean escaped)
            throws IOException {
        assertEquals(text, read(escaped ? escapedEveryUnit(text) : utf8(text)).projectName());
    }

    @Property
    void halfASurrogatePairAnywhereIsRefused(@ForAll("text") String text, @ForAll("surrogates") char half,
                                             @ForAll @IntRange(min = 0, max = 1000) int at) {
        // Inserted between whole characters, or after a high surrogate a low one cannot follow.
        int offset = text.offsetByCodePoints(0, at % (text.codePointCount(0, text.length()) + 1));
        String broken = text.substring(0, offset) + half + text.substring(offset);
        if (Character.isLowSurrogate(half) && offset > 0 && Character.isHighSurrogate(broken.charAt(offset - 1))) {
            return; // not half a pair: it completed one (cannot happen between whole characters)
        }
        if (Character.isHighSurrogate(half) && offset + 1 < broken.length()
                && Character.isLowSurrogate(broken.charAt(offset + 1))) {
            return;
        }
        try {
            read(escapedEveryUnit(broken));
        } catch (JsonProcessingException e) {
            Problem problem = ProblemMappers.problem(e, Language.EN, "/assessments");
            assertEquals("/projectName", problem.errors().get(0).pointer());
            assertEquals(Texts.in(Language.EN).get("problem.detail.unpairedSurrogate"),
                    problem.errors().get(0).detail());
            return;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("read: " + escapedEveryUnit(broken));
    }

    @Property(tries = 200)
    void aNameIsAsLongAsItsCharactersNotItsUtf16Units(@ForAll @IntRange(min = 1, max = 260) int length,
                                                     @ForAll("supplementary") int character) throws IOException {
        // Each character here takes two UTF-16 units; the contract's maxLength (200) counts characters.
        String name = new String(Character.toChars(character)).repeat(length);
        AssessmentRequest request = read(utf8(name));
        boolean tooLong = VALIDATOR.validate(request).stream()
                .anyMatch(violation -> violation.getPropertyPath().toString().equals("projectName"));
        assertEquals(length > Limits.MAX_PROJECT_NAME_LENGTH, tooLong, () -> length + " characters");
    }

    @Provide
    Arbitrary<Integer> supplementary() {
        return Arbitraries.integers().between(0x10000, 0x10FFFF);
    }

    private static final jakarta.validation.Validator VALIDATOR = jakarta.validation.Validation
            .buildDefaultValidatorFactory().getValidator();

    @Provide
    Arbitrary<String> text() {
        // Code points from every plane (0 to 16), surrogates excluded: they are halves, not characters.
        Arbitrary<Integer> codePoint = Arbitraries.oneOf(
                Arbitraries.integers().between(0x20, 0xD7FF),
                Arbitraries.integers().between(0xE000, 0xFFFF),
                Arbitraries.integers().between(0x10000, 0x10FFFF));
        return codePoint.list().ofMinSize(1).ofMaxSize(40).map(points -> {
            StringBuilder text = new StringBuilder();
            points.forEach(text::appendCodePoint);
            return text.toString();
        });
    }

    @Provide
    Arbitrary<Character> surrogates() {
        return Arbitraries.chars().range('\uD800', '\uDFFF');
    }

    private static byte[] utf8(String text) {
        String quoted = text.replace("\\", "\\\\").replace("\"", "\\\"");
        return ("{\"projectName\": \"" + quoted + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** Every UTF-16 unit as a {@code \\uXXXX} escape (RFC 8259 §7): the only way to send half a pair. */
    private static byte[] escapedEveryUnit(String text) {
        StringBuilder escaped = new StringBuilder("{\"projectName\": \"");
        for (char unit : text.toCharArray()) {
            escaped.append(String.format("\\u%04x", (int) unit));
        }
        return escaped.append("\"}").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static AssessmentRequest read(byte[] body) throws IOException {
        return JSON.readValue(body, AssessmentRequest.class);
    }
}
