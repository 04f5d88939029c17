package dev.trainingadvisor.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trainingadvisor.api.assessment.AssessmentRequest;
import dev.trainingadvisor.api.problem.Problem;
import dev.trainingadvisor.api.problem.ProblemMappers;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.Texts;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Numbers at the edges of JSON's grammar (RFC 8259 §6) on a whole-number property (issue 21): every form of a whole
 * number other than the plain one is refused naming its plain form, every fraction - however tiny its exponent makes
 * it - is refused as a fraction, every number beyond the type - however large its exponent - as too large, and none
 * of them takes longer than a plain number (no exponent is ever expanded). Properties over the forms, read by the
 * service's own Jackson and mapped by its own problem mappers.
 */
class NumberFormsPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    static {
        new StrictJson().customize(JSON);
    }

    @Property
    void thePlainFormOfAWholeNumberIsRead(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long value)
            throws IOException {
        assertEquals(value, read(Long.toString(value)).labeledExamples());
    }

    @Property
    void aWholeNumberWithAnExponentOrADecimalPointIsRefusedNamingItsPlainForm(
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long value, @ForAll @IntRange(min = 0, max = 30) int shift,
            @ForAll @IntRange(min = 0, max = 3) int zeros, @ForAll("exponentMarks") String mark) {
        // value = (value / 10^shift) * 10^shift, written as a mantissa with a point and `zeros` trailing zeros.
        String mantissa = new BigDecimal(value).movePointLeft(shift).setScale(Math.max(shift, 0) + zeros)
                .toPlainString();
        String form = shift == 0 && zeros == 0 ? value + ".0" : mantissa + mark + shift;
        Problem problem = problemFor(form);
        assertEquals(Texts.in(Language.EN).format("problem.detail.wholeNumberForm", "plain", Long.toString(value)),
                problem.errors().get(0).detail(), form);
        assertEquals("/labeledExamples", problem.errors().get(0).pointer());
    }

    @Property
    void aFractionIsRefusedAsOneHoweverSmallItsExponent(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long digits,
                                                        @ForAll @IntRange(min = 1, max = 999_999_999) int exponent) {
        String form = (digits % 10 == 0 ? digits + 1 : digits) + "e-" + exponent;
        Problem problem = problemFor(form);
        assertEquals(Texts.in(Language.EN).format("problem.detail.wrongType", "expected",
                Texts.in(Language.EN).get("problem.detail.type.integer")), problem.errors().get(0).detail(), form);
    }

    @Property
    void aWholeNumberBeyondTheTypeIsTooLargeHoweverLargeItsExponent(
            @ForAll @IntRange(min = 1, max = 9) int digit, @ForAll @IntRange(min = 19, max = 999_999_999) int exponent,
            @ForAll("exponentMarks") String mark) {
        String form = digit + mark + exponent;
        Problem problem = problemFor(form);
        assertEquals(Texts.in(Language.EN).get("problem.detail.numberTooLarge"), problem.errors().get(0).detail(),
                form);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> exponentMarks() {
        return net.jqwik.api.Arbitraries.of("e", "E", "e+", "E+");
    }

    private static AssessmentRequest read(String number) throws IOException {
        return JSON.readValue(("{\"labeledExamples\": " + number + "}").getBytes(StandardCharsets.UTF_8),
                AssessmentRequest.class);
    }

    private static Problem problemFor(String number) {
        try {
            read(number);
        } catch (JsonProcessingException e) {
            Problem problem = ProblemMappers.problem(e, Language.EN, "/assessments");
            assertEquals("/problems/invalid-request", problem.type(), problem::toString);
            return problem;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError(number + " was read");
    }
}
