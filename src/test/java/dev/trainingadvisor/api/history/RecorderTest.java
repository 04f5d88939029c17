package dev.trainingadvisor.api.history;

import static dev.trainingadvisor.api.Bodies.profile;
import static dev.trainingadvisor.api.Bodies.with;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trainingadvisor.api.assessment.AssessmentBatch;
import dev.trainingadvisor.api.assessment.AssessmentBatchResponse;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.assessment.RulesetId;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A batch's answers are encoded once, for their records, and its body is written from those bytes (issue 18): the body
 * must be byte for byte what Jackson writes for the batch.
 */
@QuarkusTest
class RecorderTest {
    @Inject
    ObjectMapper json;
    @Inject
    AssessmentBatch batch;

    @Test
    void aBatchWrittenFromItsEncodedAnswersIsByteForByteWhatJacksonWritesForIt() throws Exception {
        for (boolean minimal : new boolean[] {false, true}) {
            for (Language language : Language.values()) {
                AssessmentBatchResponse response = assessed(minimal, language);
                Map<Object, byte[]> encoded = encoded(response);
                assertEquals(3, encoded.size());
                assertArrayEquals(json.writeValueAsBytes(response),
                        json.writeValueAsBytes(Recorder.encodedBatch(response, encoded)),
                        "minimal " + minimal + ", " + language);
            }
        }
    }

    @Test
    void theBatchCarriesTheEncodedBytesThemselvesNotASecondSerialisation() throws Exception {
        AssessmentBatchResponse response = assessed(false, Language.EN);
        Map<Object, byte[]> encoded = encoded(response);
        Object first = response.results().get(0).assessment();
        encoded.put(first, "{\"encoded\":true}".getBytes(StandardCharsets.UTF_8));
        String body = json.writeValueAsString(Recorder.encodedBatch(response, encoded));
        assertTrue(body.contains("\"results\":[{\"index\":0,\"status\":200,\"assessment\":{\"encoded\":true}}"), body);
    }

    /** Two full or lean answers around a refused profile, and a TRAINING answer (market data, validUntil). */
    private AssessmentBatchResponse assessed(boolean minimal, Language language) {
        List<JsonNode> profiles = List.of(json.valueToTree(profile()),
                json.valueToTree(with(profile(), "labeledExamples", -1)),
                json.valueToTree(with(profile(), "desiredChange", "STYLE_TONE_FORMAT")),
                json.valueToTree(training()));
        return batch.assess(profiles, RulesetId.TWO, language, minimal, "/assessments/batch");
    }

    private Map<Object, byte[]> encoded(AssessmentBatchResponse response) throws Exception {
        Map<Object, byte[]> encoded = new IdentityHashMap<>();
        for (AssessmentBatchResponse.Result result : response.results()) {
            Object answer = result.assessment() != null ? result.assessment() : result.assessmentSummary();
            if (answer != null) {
                encoded.put(answer, json.writeValueAsBytes(answer));
            }
        }
        return encoded;
    }

    /** Trains under both rulesets, as PreferMinimalTest's: market warnings and validUntil apply. */
    private static Map<String, Object> training() {
        return with(with(with(profile(), "mlExpertise", "IN_HOUSE"), "knowledgeInPublicData", false),
                "ragTooSlowOrExpensive", true);
    }
}
