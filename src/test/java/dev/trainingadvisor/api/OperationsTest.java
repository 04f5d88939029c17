package dev.trainingadvisor.api;

import static dev.trainingadvisor.api.Bodies.profile;
import static dev.trainingadvisor.api.Bodies.with;
import static dev.trainingadvisor.api.Contract.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What operators rely on: health, metrics by approach, the decision log, compression. */
@QuarkusTest
class OperationsTest {

    @Test
    void healthIsLiveAndReady() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsCountAssessmentsByApproach() {
        double ragBefore = count("RAG");
        double hireBefore = count("HIRE_ML_ENGINEER");
        api().contentType("application/json").body(with(profile(), "usesPrivateData", true)).post("/assessments")
                .then().statusCode(200);
        api().contentType("application/json").body(with(profile(), "usesPrivateData", true)).post("/assessments")
                .then().statusCode(200);
        api().contentType("application/json").body(profile()).post("/assessments").then().statusCode(200);
        assertEquals(ragBefore + 2, count("RAG"));
        assertEquals(hireBefore + 1, count("HIRE_ML_ENGINEER"));
        assertTrue(given().get("/q/metrics").asString().contains("advisor_assessments_total{approach=\"TRAINING\""),
                "every approach is exported from the start");
        assertTrue(given().get("/q/metrics").asString()
                        .contains("advisor_assessments_total{approach=\"TRAINING\",ruleset=\"1\""),
                "and every ruleset");
    }

    @Test
    void writesOneStructuredDecisionLogLinePerAssessment() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("advisor.decision");
        logger.addHandler(capture);
        try {
            String id = api().queryParam("ruleset", "1").contentType("application/json")
                    .body(with(profile(), "projectName", "Log \"quoted\"\nline"))
                    .post("/assessments").then().statusCode(200).extract().path("assessmentId");
            PreferMinimalTest.written();
            List<String> mine = lines.stream().filter(line -> line.contains(id)).toList();
            assertEquals(1, mine.size(), lines.toString());
            JsonNode entry = new ObjectMapper().readTree(mine.get(0));
            assertEquals("assessment", entry.get("event").asText());
            assertEquals("HIRE_ML_ENGINEER", entry.get("approach").asText());
            assertEquals("1", entry.get("rulesetVersion").asText());
            assertEquals(1, entry.get("ruleset").asInt());
            assertEquals("Log \"quoted\"\nline", entry.get("projectName").asText());
            assertTrue(!mine.get(0).contains("\n"), "one line, even with a newline in the project name");
        } finally {
            logger.removeHandler(capture);
        }
    }

    @Test
    void largeResponsesAreCompressedForClientsThatAskForIt() {
        given().header("Accept-Encoding", "gzip").get("/training-methods").then().statusCode(200)
                .header("Content-Encoding", "gzip");
        // RestAssured asks for gzip unless it has no decoders; without Accept-Encoding the answer is plain.
        given().config(io.restassured.config.RestAssuredConfig.config().decoderConfig(
                        io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()))
                .get("/training-methods").then().statusCode(200)
                .header("Content-Encoding", (String) null);
    }

    private static double count(String approach) {
        // Requests without ?ruleset= are decided by the default ruleset, 2.
        Matcher matcher = Pattern.compile("advisor_assessments_total\\{approach=\"" + approach
                        + "\",ruleset=\"2\"[^}]*} ([0-9.E]+)")
                .matcher(given().get("/q/metrics").asString());
        assertTrue(matcher.find(), "no counter for " + approach);
        return Double.parseDouble(matcher.group(1));
    }
}
