package dev.trainingadvisor.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.trainingadvisor.api.assessment.AssessmentRequest;
import dev.trainingadvisor.api.json.StrictJson;
import dev.trainingadvisor.domain.Language;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The problem mappers are fed the exceptions the service's own Jackson really throws for each kind of unreadable body
 * (issue 21), and then the same exceptions with their message reworded: the problem must be the same, as the mappers
 * tell failures apart by type and parser state, never by text. Nothing is upgraded here; a mapper that matched
 * Jackson's wording (as "Trailing token", "No content to map" and "Duplicate field" once were) fails the second half.
 */
class ProblemMappersRealExceptionsTest {
    private static final String REWORDED = "a wording some later Jackson might choose";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    static {
        new StrictJson().customize(JSON);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"usesPrivateData\": true,}                | /problems/malformed-json  | ''",
            "{\"usesPrivateData\": tru                   | /problems/malformed-json  | ''",
            "{\"usesPrivateData\":                       | /problems/malformed-json  | ''",
            "{} {}                                       | /problems/malformed-json  | ''",
            "{} 5                                        | /problems/malformed-json  | ''",
            "'   '                                       | /problems/invalid-request | ''",
            "5                                           | /problems/invalid-request | ''",
            "[]                                          | /problems/invalid-request | ''",
            "{\"labeledExamples\": \"12\"}               | /problems/invalid-request | /labeledExamples",
            "{\"labeledExamples\": 99999999999999999999} | /problems/invalid-request | /labeledExamples",
            "{\"nope\": 1}                               | /problems/invalid-request | /nope",
    })
    void aRealJacksonFailureGetsTheSameProblemHoweverItsMessageIsWorded(String body, String type, String pointer) {
        JsonProcessingException real = failureOf(body.equals("'   '") ? "   " : body);
        Problem problem = ProblemMappers.problem(real, Language.EN, "/assessments");
        assertEquals(type, problem.type(), () -> body + ": " + problem);
        if (!pointer.isEmpty() || type.endsWith("invalid-request")) {
            assertEquals(pointer, problem.errors().get(0).pointer(), problem::toString);
        }
        Problem reworded = ProblemMappers.problem(reworded(real), Language.EN, "/assessments");
        assertEquals(problem, reworded, () -> "the problem depends on the message of " + real.getClass());
    }

    @org.junit.jupiter.api.Test
    void aDocumentNestedTooDeeplyIsTooComplexHoweverTheLimitIsWorded() {
        String deep = "[".repeat(StrictJson.MAX_NESTING_DEPTH + 4) + "]".repeat(StrictJson.MAX_NESTING_DEPTH + 4);
        JsonProcessingException real = assertThrows(JsonProcessingException.class, () -> JSON.readTree(deep));
        Problem problem = ProblemMappers.problem(real, Language.EN, "/assessments/batch");
        assertEquals("/problems/malformed-json", problem.type());
        assertEquals(problem, ProblemMappers.problem(reworded(real), Language.EN, "/assessments/batch"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"labeledExamples\": 1, \"labeledExamples\": 2}                    | /labeledExamples",
            "{\"a\": {\"b\": 1, \"c\": {\"b\": 2}}, \"d\": [{\"x\": 1, \"x\": 2}]} | /d/0/x",
            "{\"a~/b\": 1, \"a~/b\": 1}                                          | /a~0~1b",
    })
    void aRepeatedKeyIsFoundByItsOwnScanNotByJacksonsMessage(String body, String pointer) {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> JSON.readValue(body.getBytes(StandardCharsets.UTF_8), AssessmentRequest.class));
        Problem problem = refused.toProblem(Language.EN, "/assessments");
        assertEquals("/problems/invalid-request", problem.type());
        assertEquals(pointer, problem.errors().get(0).pointer());
    }

    private static JsonProcessingException failureOf(String body) {
        try {
            JSON.readValue(body.getBytes(StandardCharsets.UTF_8), AssessmentRequest.class);
        } catch (JsonProcessingException e) {
            return e;
        } catch (java.io.IOException e) {
            fail(e);
        }
        return fail("read without failure: " + body);
    }

    /** The same failure - type, parser, location, path, cause - with another message. */
    private static JsonProcessingException reworded(JsonProcessingException e) {
        JsonParser parser = e.getProcessor() instanceof JsonParser p ? p : null;
        JsonProcessingException copy;
        if (e instanceof UnrecognizedPropertyException u) {
            copy = new UnrecognizedPropertyException(parser, REWORDED, u.getLocation(), u.getReferringClass(),
                    u.getPropertyName(), u.getKnownPropertyIds());
        } else if (e instanceof MismatchedInputException m) {
            copy = MismatchedInputException.from(parser, m.getTargetType(), REWORDED);
        } else if (e instanceof JsonMappingException m) {
            copy = JsonMappingException.from(parser, REWORDED,
                    m.getCause() instanceof JsonProcessingException cause ? reworded(cause) : m.getCause());
        } else if (e instanceof JsonEOFException eof) {
            copy = new JsonEOFException(parser, eof.getTokenBeingDecoded(), REWORDED);
        } else if (e instanceof StreamConstraintsException) {
            copy = new StreamConstraintsException(REWORDED, e.getLocation());
        } else if (e instanceof InputCoercionException coercion) {
            copy = new InputCoercionException(parser, REWORDED, coercion.getInputType(), coercion.getTargetType());
        } else if (e instanceof JsonParseException) {
            copy = new JsonParseException(parser, REWORDED, e.getLocation());
        } else {
            return fail("no rewording for " + e.getClass());
        }
        if (e instanceof JsonMappingException mapping && copy instanceof JsonMappingException copied) {
            List<JsonMappingException.Reference> path = new ArrayList<>(mapping.getPath());
            for (int i = path.size() - 1; i >= 0; i--) {
                copied.prependPath(path.get(i));
            }
        }
        assertInstanceOf(e.getClass(), copy);
        return copy;
    }
}
