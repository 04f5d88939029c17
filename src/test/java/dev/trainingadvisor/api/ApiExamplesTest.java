package dev.trainingadvisor.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract's worked examples are real: each stored response example is what the service answers to the stored
 * request (an assessment's id and time aside). {@code -Dexamples.update=true} rewrites them from the service; the
 * build then bakes them into the contract, so update the contract afterwards (see OpenApiContractTest).
 */
@QuarkusTest
class ApiExamplesTest {
    static final Path DIR = Path.of("src", "main", "resources", "META-INF", "openapi-examples");
    static final String UPDATE = "examples.update";
    static final String EXAMPLE_ID = "5b0c7f5e-2d3a-4f1e-9a47-0c8d2b6e1a93";
    static final String EXAMPLE_TIME = "2026-11-29T09:30:00Z";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // Jackson's DecimalNode drops trailing zeros (5840.00 becomes 5.84E+3): the examples show plain decimals,
            // as the service writes them.
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT);

    record Example(String file, Supplier<Response> call) {
    }

    static List<Example> examples() {
        String assessment = read("createAssessment.request.json");
        String roi = read("createRoiEstimate.request.json");
        String costs = read("createCostComparison.request.json");
        String costs12 = read("createCostComparison.section12.request.json");
        String batch = read("createAssessmentBatch.request.json");
        String impact = read("createImpactAnalysis.request.json");
        return List.of(
                new Example("createAssessment.response.json", () -> given().contentType("application/json")
                        .body(assessment).post("/assessments")),
                new Example("createAssessment.ruleset1.response.json", () -> given().contentType("application/json")
                        .queryParam("ruleset", "1").body(assessment).post("/assessments")),
                new Example("createAssessment.minimal.response.json", () -> given().contentType("application/json")
                        .header("Prefer", "return=minimal").body(assessment).post("/assessments")),
                new Example("createAssessmentBatch.response.json", () -> given().contentType("application/json")
                        .body(batch).post("/assessments/batch")),
                new Example("createAssessmentDiagram.response.mermaid", () -> given().contentType("application/json")
                        .body(assessment).post("/assessments/mermaid")),
                new Example("listTrainingMethods.response.json", () -> given().get("/training-methods")),
                new Example("getTrainingMethod.response.json", () -> given().get("/training-methods/SFT")),
                new Example("listProviders.response.json", () -> given().get("/providers")),
                new Example("getProvider.response.json", () -> given().get("/providers/openai-fine-tuning")),
                new Example("listModels.response.json", () -> given().get("/models")),
                new Example("getModel.response.json", () -> given().get("/models/gpt-4o-mini-2024-07-18")),
                new Example("listFineTuningOfferings.response.json", () -> given().get("/fine-tuning-offerings")),
                new Example("getFineTuningOffering.response.json",
                        () -> given().get("/fine-tuning-offerings/together-llama-3.1-8b-lora-dedicated")),
                new Example("createRoiEstimate.response.json", () -> given().contentType("application/json")
                        .body(roi).post("/roi-estimates")),
                new Example("createCostComparison.response.json", () -> given().contentType("application/json")
                        .body(costs).post("/cost-comparisons")),
                new Example("createCostComparison.section12.response.json", () -> given()
                        .contentType("application/json").body(costs12).post("/cost-comparisons")),
                new Example("getDecisionTree.response.json", () -> given().get("/decision-tree")),
                new Example("listRulesets.response.json", () -> given().get("/rulesets")),
                new Example("getDecisionTree.response.mermaid", () -> given().accept("text/vnd.mermaid")
                        .get("/decision-tree")),
                new Example("getProblemType.response.json", () -> given().get("/problems/invalid-request")),
                new Example("getAssessmentRecord.response.json", () -> given().get(java.net.URI.create(
                        given().contentType("application/json").header("Accept-Language", "zh-CN").body(assessment)
                                .post("/assessments").then().statusCode(200).extract().header("Location"))
                        .getPath())),
                new Example("getReassessment.response.json", () -> given().queryParam("ruleset", "1").get(
                        java.net.URI.create(given().contentType("application/json").body(assessment)
                                .post("/assessments").then().statusCode(200).extract().header("Location"))
                                .getPath() + "/reassessment")),
                // January 2025 holds no record (history began in 2026), so the example stays what the service answers
                new Example("createImpactAnalysis.response.json", () -> given().contentType("application/json")
                        .body(impact).post("/impact-analyses")),
                new Example("listAssessmentRecords.response.json", () -> {
                    for (int i = 0; i < 2; i++) { // two at least, so that there is a next page
                        given().contentType("application/json").header("Prefer", "return=minimal").body(assessment)
                                .post("/assessments").then().statusCode(200);
                    }
                    return given().queryParam("limit", 1).queryParam("approach", "TRAINING")
                            .queryParam("projectName", "Lab report assistant").get("/assessments");
                }),
                new Example("problem-malformed-json.json", () -> given().contentType("application/json")
                        .body("{\"usesPrivateData\": tru}").post("/assessments")),
                new Example("problem-invalid-request.json", () -> given().contentType("application/json")
                        .body("{\"usesPrivateData\": null, \"desiredChange\": \"DEEP_KNOWLEDGE\", \"labeledExamples\": "
                                + "-1, \"mlExpertise\": \"IN_HOUSE\", \"trainingBudgetUsd\": 20000, "
                                + "\"ragOptimizations\": [\"RERANKING\", \"RERANKING\"]}").post("/assessments")),
                new Example("problem-not-found.json", () -> given().get("/training-methods/LORA")),
                new Example("problem-not-acceptable.json", () -> given().accept("application/xml")
                        .get("/decision-tree")),
                new Example("problem-payload-too-large.json", () -> given().contentType("application/json")
                        .body("{\"projectName\": \"" + "x".repeat(70_000) + "\"}").post("/assessments")),
                new Example("problem-unsupported-media-type.json", () -> given().contentType("text/plain")
                        .body("usesPrivateData=false").post("/assessments")));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleIsWhatTheServiceAnswers() {
        return examples().stream().map(example -> DynamicTest.dynamicTest(example.file(), () -> {
            String actual = normalise(example.file(), example.call().get().then().extract().asString());
            Path file = DIR.resolve(example.file());
            if (Boolean.getBoolean(UPDATE)) {
                Files.writeString(file, actual);
            }
            assertTrue(Files.exists(file), "missing example " + file + "; run with -D" + UPDATE + "=true");
            String stored = Files.readString(file);
            if (example.file().endsWith(".json")) {
                assertEquals(JSON.readTree(stored), JSON.readTree(actual), example.file()
                        + " is no longer what the service answers; rerun with -D" + UPDATE + "=true and review");
            } else {
                assertEquals(stored, actual, example.file() + " changed; rerun with -D" + UPDATE + "=true");
            }
        }));
    }

    /** Every request body and every response (each media type, each problem) in the contract has an example. */
    @Test
    void everyRequestAndResponseOfTheContractHasAWorkedExample() throws IOException {
        JsonNode contract = JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        List<String> missing = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(operation -> {
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                operation.getValue().path("requestBody").path("content").fields().forEachRemaining(media -> {
                    if (!media.getValue().has("example") && !media.getValue().has("examples")) {
                        missing.add(where + " request " + media.getKey());
                    }
                });
                operation.getValue().path("responses").path("200").path("content").fields().forEachRemaining(
                        media -> {
                            if (!media.getValue().has("example") && !media.getValue().has("examples")) {
                                missing.add(where + " 200 " + media.getKey());
                            }
                        });
            });
        }
        contract.path("components").path("responses").fields().forEachRemaining(response ->
                response.getValue().path("content").fields().forEachRemaining(media -> {
                    if (!media.getValue().has("examples")) {
                        missing.add("response " + response.getKey() + " " + media.getKey());
                    }
                }));
        assertEquals(List.of(), missing, "requests and responses without a worked example");
    }

    private static String normalise(String file, String body) throws JsonProcessingException {
        if (!file.endsWith(".json")) {
            return body;
        }
        JsonNode tree = JSON.readTree(body);
        fixIdentity(tree);
        return JSON.writeValueAsString(tree) + "\n";
    }

    /** Every assessment in the document (a batch holds several) gets the example's id and time. */
    private static void fixIdentity(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("assessmentId")) {
            object.put("assessmentId", EXAMPLE_ID);
            if (object.has("evaluatedAt")) {
                object.put("evaluatedAt", EXAMPLE_TIME);
            }
            if (object.has("recordedAt")) { // a history record
                object.put("recordedAt", EXAMPLE_TIME);
            }
            if (object.has("href")) {
                object.put("href", "/assessments/" + EXAMPLE_ID);
            }
            if (object.path("caller").path("traceId").isTextual()) { // each request has a trace id of its own
                ((ObjectNode) object.get("caller")).put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
            }
        }
        if (node instanceof ObjectNode object && object.has("records") && object.path("next").isTextual()) {
            object.put("next", "http://localhost:8080/assessments?limit=1&approach=TRAINING&projectName=Lab+report+assistant&cursor="
                    + "MjAyNi0xMS0yOVQwOTozMDowMFp8NDI");
        }
        node.elements().forEachRemaining(ApiExamplesTest::fixIdentity);
    }

    private static String read(String name) {
        try {
            return Files.readString(DIR.resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
