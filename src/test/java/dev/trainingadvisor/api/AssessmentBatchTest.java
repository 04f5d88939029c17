package dev.trainingadvisor.api;

import static dev.trainingadvisor.api.Bodies.profile;
import static dev.trainingadvisor.api.Bodies.with;
import static dev.trainingadvisor.api.Contract.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** POST /assessments/batch: each profile answered on its own, as the single call would answer it. */
@QuarkusTest
class AssessmentBatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Good and bad profiles, each bad in another way, as raw JSON texts (some are not even objects). */
    static final List<String> MIXED = List.of(
            json(profile()),
            json(with(profile(), "labeledExamples", -1)),
            json(with(with(profile(), "usesPrivateData", "true"), "surprise", 1)),
            "42",
            "null",
            "[]",
            json(with(profile(), "ragOptimizations", List.of("RERANKING", "RERANKING"))),
            json(with(profile(), "labeledExamples", new java.math.BigInteger("99999999999999999999"))),
            json(with(profile(), "labeledExamples", 1.5)),
            json(with(with(profile(), "privateDataRole", "TASK_INPUT"), "mlExpertise", "GURU")),
            json(with(profile(), "privateDataRole", "TASK_INPUT")),
            "{\"usesPrivateData\": false, \"desiredChange\": \"NONE\"}",
            json(PreferMinimalTest.training()));

    @Test
    void mixedProfilesAreAnsweredEachByIndexAsTheSingleCallAnswersThem() throws Exception {
        for (String ruleset : List.of("1", "2")) {
            JsonNode batch = JSON.readTree(api().queryParam("ruleset", ruleset).contentType("application/json")
                    .body(batch(MIXED)).post("/assessments/batch").then().statusCode(200)
                    .header("Vary", "Accept-Language, Prefer, Accept-Encoding")
                    .header("Preference-Applied", nullValue())
                    .extract().asString());
            assertEquals(MIXED.size(), batch.get("total").asInt());
            assertEquals(MIXED.size(), batch.get("results").size());
            int assessed = 0;
            for (int i = 0; i < MIXED.size(); i++) {
                JsonNode item = batch.get("results").get(i);
                assertEquals(i, item.get("index").asInt());
                var single = api().queryParam("ruleset", ruleset).contentType("application/json").body(MIXED.get(i))
                        .post("/assessments").then().extract();
                assertEquals(single.statusCode(), item.get("status").asInt(), "profile " + i + ": " + MIXED.get(i));
                JsonNode expected = JSON.readTree(single.asString());
                if (single.statusCode() == 200) {
                    assessed++;
                    assertEquals(withoutIdentity(expected), withoutIdentity(item.get("assessment")), "profile " + i);
                } else {
                    ObjectNode problem = ((ObjectNode) expected).put("instance", "/assessments/batch");
                    if (problem.has("errors")) {
                        for (JsonNode error : problem.get("errors")) {
                            if (error.has("pointer")) {
                                ((ObjectNode) error).put("pointer", "/profiles/" + i + error.get("pointer").asText());
                            }
                        }
                    }
                    assertEquals(problem, item.get("problem"), "profile " + i + ": " + MIXED.get(i));
                }
            }
            assertEquals(assessed, batch.get("assessed").asInt());
            assertEquals(MIXED.size() - assessed, batch.get("refused").asInt());
            assertTrue(assessed >= 2 && MIXED.size() - assessed >= 8, "both kinds, under ruleset " + ruleset);
        }
    }

    @Test
    void errorsPointIntoTheBatchRequest() {
        api().contentType("application/json")
                .body(batch(List.of(json(profile()), json(profile()), json(profile()),
                        json(with(profile(), "labeledExamples", -1)))))
                .post("/assessments/batch").then().statusCode(200)
                .body("results[3].status", equalTo(400))
                .body("results[3].problem.type", equalTo("/problems/invalid-request"))
                .body("results[3].problem.errors[0].pointer", equalTo("/profiles/3/labeledExamples"));
    }

    @Test
    void aHundredProfilesAreTakenAHundredAndOneAreNot() {
        List<String> hundred = Collections.nCopies(100, json(PreferMinimalTest.training()));
        String body = batch(hundred);
        assertTrue(body.getBytes(StandardCharsets.UTF_8).length < 64 * 1024, "fits the body limit");
        api().contentType("application/json").body(body).post("/assessments/batch").then().statusCode(200)
                .body("total", equalTo(100)).body("assessed", equalTo(100)).body("results", hasSize(100))
                .body("results[99].index", equalTo(99));
        List<String> more = new ArrayList<>(hundred);
        more.add(json(profile()));
        api().contentType("application/json").body(batch(more)).post("/assessments/batch").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-request"))
                .body("errors[0].pointer", equalTo("/profiles"))
                .body("errors[0].detail", org.hamcrest.Matchers.containsString("100"));
    }

    @Test
    void anEmptyListAnswersAnEmptyBatch() {
        api().contentType("application/json").body("{\"profiles\": []}").post("/assessments/batch").then()
                .statusCode(200).body("total", equalTo(0)).body("assessed", equalTo(0)).body("refused", equalTo(0))
                .body("results", hasSize(0));
    }

    @Test
    void aBodyThatIsNotABatchIsTheUsual400() {
        api().contentType("application/json").body("[" + json(profile()) + "]").post("/assessments/batch").then()
                .statusCode(400).body("type", equalTo("/problems/invalid-request"))
                .body("errors[0].pointer", equalTo("")).body("errors[0].detail", equalTo("must be a JSON object"));
        api().contentType("application/json").body("{}").post("/assessments/batch").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/profiles"));
        api().contentType("application/json").body("{\"profiles\": {}}").post("/assessments/batch").then()
                .statusCode(400).body("errors[0].pointer", equalTo("/profiles"));
        api().contentType("application/json").body("{\"profiles\": [], \"ruleset\": 1}").post("/assessments/batch")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/ruleset"));
        api().contentType("application/json").body("{\"profiles\": [").post("/assessments/batch").then()
                .statusCode(400).body("type", equalTo("/problems/malformed-json"));
        api().contentType("application/json").body("").post("/assessments/batch").then().statusCode(400);
        api().contentType("application/json").queryParam("ruleset", "3").body(batch(List.of(json(profile()))))
                .post("/assessments/batch").then().statusCode(400).body("errors[0].parameter", equalTo("ruleset"));
        api().contentType("text/plain").body("x").post("/assessments/batch").then().statusCode(415);
    }

    @Test
    void aRepeatedKeyInAProfileIsNamedWhereItIs() {
        api().contentType("application/json")
                .body("{\"profiles\": [" + json(profile()) + ", {\"usesPrivateData\": true, \"usesPrivateData\": "
                        + "false, \"desiredChange\": \"NONE\"}]}")
                .post("/assessments/batch").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/profiles/1/usesPrivateData"));
        api().contentType("application/json").body("{\"usesPrivateData\": true, \"usesPrivateData\": true}")
                .post("/assessments").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/usesPrivateData"));
    }

    @Test
    void theRulesetAndTheLanguageApplyToEveryProfile() {
        api().queryParam("ruleset", "1").contentType("application/json").header("Accept-Language", "zh-CN")
                .body(batch(List.of(json(profile()), json(PreferMinimalTest.training()),
                        "{\"usesPrivateData\": false, \"desiredChange\": \"NONE\"}")))
                .post("/assessments/batch").then().statusCode(200)
                .header("Content-Language", "zh-CN")
                .body("results.assessment.ruleset", equalTo(List.of(1, 1)))
                .body("results.assessment.language", equalTo(List.of("zh-CN", "zh-CN")))
                .body("results[2].problem.title", equalTo("请求无效"))
                .body("results[2].problem.errors.pointer", equalTo(List.of("/profiles/2/labeledExamples",
                        "/profiles/2/mlExpertise", "/profiles/2/trainingBudgetUsd")));
        api().contentType("application/json").body(batch(List.of(json(profile()))))
                .post("/assessments/batch").then().statusCode(200)
                .header("Content-Language", "en")
                .body("results[0].assessment.ruleset", equalTo(2));
    }

    @Test
    void aBatchAssessedOnSeveralThreadsStillAnswersEachProfileInTheRequestsLanguageAndOrder() throws Exception {
        List<String> profiles = new java.util.ArrayList<>();
        for (int i = 0; i < 3 * dev.trainingadvisor.api.assessment.AssessmentBatchAccess.parallelFrom(); i++) {
            profiles.add(i % 2 == 0 ? json(with(profile(), "labeledExamples", -i - 1)) : json(profile()));
        }
        String chinese = api().contentType("application/json").header("Accept-Language", "zh-CN")
                .body(batch(profiles)).post("/assessments/batch").then().statusCode(200).extract().asString();
        String single = api().contentType("application/json").header("Accept-Language", "zh-CN")
                .body(profiles.get(0)).post("/assessments").then().statusCode(400).extract().asString();
        JsonNode results = JSON.readTree(chinese).get("results");
        for (int i = 0; i < profiles.size(); i++) {
            JsonNode item = results.get(i);
            assertEquals(i, item.get("index").asInt());
            if (i % 2 == 0) {
                assertEquals(JSON.readTree(single).get("errors").get(0).get("detail"),
                        item.get("problem").get("errors").get(0).get("detail"), "profile " + i);
                assertEquals("/profiles/" + i + "/labeledExamples",
                        item.get("problem").get("errors").get(0).get("pointer").asText());
            } else {
                assertEquals("zh-CN", item.get("assessment").get("language").asText(), "profile " + i);
            }
        }
    }

    @Test
    void preferReturnMinimalGivesLeanItems() throws Exception {
        JsonNode batch = JSON.readTree(api().contentType("application/json").header("Prefer", "return=minimal")
                .body(batch(MIXED)).post("/assessments/batch").then().statusCode(200)
                .header("Preference-Applied", "return=minimal")
                .header("Vary", "Accept-Language, Prefer, Accept-Encoding")
                .extract().asString());
        JsonNode full = JSON.readTree(api().contentType("application/json").body(batch(MIXED))
                .post("/assessments/batch").then().statusCode(200).extract().asString());
        for (int i = 0; i < MIXED.size(); i++) {
            JsonNode lean = batch.get("results").get(i);
            JsonNode whole = full.get("results").get(i);
            assertEquals(whole.get("status"), lean.get("status"));
            if (lean.get("status").asInt() == 200) {
                assertTrue(!lean.has("assessment") && lean.has("assessmentSummary"), lean.toString());
                assertEquals(whole.get("assessment").get("approach"), lean.get("assessmentSummary").get("approach"));
                List<String> names = new ArrayList<>();
                lean.get("assessmentSummary").fieldNames().forEachRemaining(names::add);
                assertEquals(whole.get("assessment").has("validUntil"), names.remove("validUntil"));
                assertEquals(PreferMinimalTest.LEAN_PROPERTIES, new java.util.HashSet<>(names));
            } else {
                assertEquals(whole.get("problem"), lean.get("problem"));
            }
        }
    }

    @Test
    void eachProfileAssessedIsCountedAndLoggedOnce() throws Exception {
        double before = PreferMinimalTest.count("HIRE_ML_ENGINEER");
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = PreferMinimalTest.capture(lines);
        Logger logger = Logger.getLogger("advisor.decision");
        logger.addHandler(capture);
        List<String> ids = new ArrayList<>();
        try {
            for (String prefer : List.of("return=representation", "return=minimal")) {
                JsonNode batch = JSON.readTree(api().contentType("application/json").header("Prefer", prefer)
                        .body(batch(List.of(json(with(profile(), "projectName", "batch-a")), "{}",
                                json(with(profile(), "projectName", "batch-b")))))
                        .post("/assessments/batch").then().statusCode(200).extract().asString());
                for (JsonNode item : batch.get("results")) {
                    JsonNode assessment = item.has("assessment") ? item.get("assessment")
                            : item.get("assessmentSummary");
                    if (assessment != null) {
                        ids.add(assessment.get("assessmentId").asText());
                    }
                }
            }
            PreferMinimalTest.written();
        } finally {
            logger.removeHandler(capture);
        }
        assertEquals(4, ids.size());
        for (String id : ids) {
            assertEquals(1, lines.stream().filter(line -> line.contains(id)).count(), id + " in " + lines);
        }
        assertEquals(4, lines.stream().filter(line -> line.contains("\"projectName\":\"batch-")).count(), lines.toString());
        assertEquals(before + 4, PreferMinimalTest.count("HIRE_ML_ENGINEER"));
    }

    static String batch(List<String> profiles) {
        return "{\"profiles\": [" + String.join(", ", profiles) + "]}";
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode withoutIdentity(JsonNode assessment) {
        ObjectNode copy = assessment.deepCopy();
        copy.remove(List.of("assessmentId", "evaluatedAt"));
        return copy;
    }
}
