package dev.trainingadvisor.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trainingadvisor.api.assessment.AssessmentRequest;
import dev.trainingadvisor.api.json.StrictJson;
import dev.trainingadvisor.domain.Language;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bean Validation reports violations as a set in no fixed order; the problem document must not depend on it. */
class ViolationOrderTest {

    @Test
    void twoViolationsOfOneFieldGiveTheSameErrorsInWhicheverOrderTheyAreReported() throws Exception {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        new StrictJson().customize(json);
        AssessmentRequest request = json.readValue("{\"usesPrivateData\": true, \"desiredChange\": \"DEEP_KNOWLEDGE\", "
                + "\"trainingBudgetUsd\": -1e-400}", AssessmentRequest.class);
        List<ConstraintViolation<AssessmentRequest>> violations = new ArrayList<>(
                Validation.buildDefaultValidatorFactory().getValidator().validate(request));
        assertEquals(2, violations.size(), "the body breaks two rules of one field: " + violations);

        Problem reported = ProblemMappers.problem(new ConstraintViolationException(new LinkedHashSet<>(violations)),
                Language.EN, "/assessments");
        Collections.reverse(violations);
        Set<ConstraintViolation<AssessmentRequest>> reversed = new LinkedHashSet<>(violations);
        Problem reportedReversed = ProblemMappers.problem(new ConstraintViolationException(reversed), Language.EN,
                "/assessments");

        assertEquals(reported, reportedReversed);
    }
}
