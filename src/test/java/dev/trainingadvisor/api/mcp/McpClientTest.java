package dev.trainingadvisor.api.mcp;

import static dev.trainingadvisor.api.Bodies.costs;
import static dev.trainingadvisor.api.Bodies.profile;
import static dev.trainingadvisor.api.Bodies.with;
import static dev.trainingadvisor.api.Contract.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trainingadvisor.api.NodeProject;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The MCP endpoint driven by the official MCP client SDK (TypeScript, {@code @modelcontextprotocol/sdk} from npm,
 * {@code src/test/resources/mcp-client}) as an agent's client drives it: initialise, list the tools, call each with
 * good and bad input, read the resources, get the prompt. Every tool's answer equals the REST answer to the same input
 * (apart from the id and time of an assessment), and every refusal is the REST problem with its pointers under the
 * tool's argument.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class McpClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PER_CALL = Set.of("assessmentId", "evaluatedAt");
    /**
     * Numbers equal by value: a JavaScript client sends 3.0 as 3, and the cost comparison echoes its input as read.
     */
    private static final java.util.Comparator<JsonNode> NUMERICALLY = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    private final List<ObjectNode> steps = new ArrayList<>();
    private JsonNode results;
    private JsonNode server;

    /**
     * The steps of one MCP session, run once with the SDK (on the first test, when the test port is known); each test
     * reads its step's result.
     */
    private synchronized void runOneSessionWithTheSdk() throws IOException, InterruptedException {
        if (results != null) {
            return;
        }
        step("listTools", Map.of());
        step("callTool", Map.of("name", "assess_project", "arguments", Map.of("profile", training())));
        step("callTool", Map.of("name", "assess_project", "arguments",
                Map.of("profile", training(), "ruleset", 1, "lean", true)));
        step("callTool", Map.of("name", "assess_project", "arguments",
                Map.of("profile", training(), "language", "zh-Hans")));
        step("callTool", Map.of("name", "assess_project", "arguments",
                Map.of("profile", with(with(profile(), "labeledExamples", -1), "labelledExamples", 3))));
        step("callTool", Map.of("name", "assess_project", "arguments",
                Map.of("profile", profile(), "ruleset", 3, "colour", "blue")));
        step("callTool", Map.of("name", "assess_project", "arguments", Map.of()));
        step("callTool", Map.of("name", "compare_costs", "arguments", Map.of("comparison", costs())));
        step("callTool", Map.of("name", "compare_costs", "arguments",
                Map.of("comparison", with(costs(), "model", "no-such-model"), "language", "zh-Hans")));
        step("callTool", Map.of("name", "list_models", "arguments", Map.of()));
        step("callTool", Map.of("name", "get_model", "arguments", Map.of("id", "no-such-model")));
        step("callTool", Map.of("name", "get_assessment", "arguments", Map.of("id", recorded())));
        step("callTool", Map.of("name", "get_assessment", "arguments",
                Map.of("id", "00000000-0000-4000-8000-000000000000")));
        step("listResources", Map.of());
        step("readResource", Map.of("uri", "advisor://rules"));
        step("readResource", Map.of("uri", "advisor://decision-tree/2.mmd"));
        step("readResource", Map.of("uri", "advisor://decision-tree/1.json"));
        step("listPrompts", Map.of());
        step("getPrompt", Map.of("name", "should_we_fine_tune", "arguments",
                Map.of("project", "a support bot", "language", "zh-Hans")));
        step("callTool", Map.of("name", "list_fine_tuning_offerings", "arguments", Map.of("method", "SFT")));
        step("callTool", Map.of("name", "reassess_assessment", "arguments", Map.of("id", recordedId, "ruleset", 1,
                "language", "zh-Hans")));
        step("callTool", Map.of("name", "reassess_assessment", "arguments",
                Map.of("id", "00000000-0000-4000-8000-000000000000")));

        NodeProject client = NodeProject.installed("mcp-client", "session.mjs");
        Path stepsFile = client.directory().resolve("steps.json");
        Path resultsFile = client.directory().resolve("results.json");
        Files.deleteIfExists(resultsFile);
        JSON.writeValue(stepsFile.toFile(), steps);
        client.expectSuccess(List.of("node", "session.mjs", "http://localhost:" + RestAssured.port + "/mcp",
                "steps.json", "results.json"), 120, Map.of());
        JsonNode session = JSON.readTree(resultsFile.toFile());
        server = session.get("server");
        results = session.get("results");
        assertEquals(steps.size(), session.get("results").size(), session::toString);
    }

    @Test
    void listsEveryToolWithADescriptionAndTheContractsSchemaOfItsBody() {
        JsonNode tools = result(0).get("tools");
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        tools.forEach(tool -> byName.put(tool.get("name").asText(), tool));
        assertEquals(Set.of("assess_project", "compare_costs", "list_models", "get_model", "get_assessment",
                "list_fine_tuning_offerings", "reassess_assessment"),
                byName.keySet());
        byName.values().forEach(tool -> assertTrue(tool.path("description").asText().length() > 80, tool::toString));
        JsonNode assess = byName.get("assess_project").get("inputSchema");
        assertEquals("#/$defs/AssessmentRequest", assess.at("/properties/profile/$ref").asText());
        JsonNode contract = contractSchema("AssessmentRequest");
        assertEquals(contract.get("properties").size(), assess.at("/$defs/AssessmentRequest/properties").size());
        assertTrue(assess.at("/$defs").has("DesiredChange"), "referenced components come along: " + assess);
        assertEquals("#/$defs/CostComparisonRequest",
                byName.get("compare_costs").at("/inputSchema/properties/comparison/$ref").asText());
        assertEquals("training-advisor", server.get("name").asText());
    }

    @Test
    void assessingAnswersWhatRestAnswersInEveryFormAndIsRecorded() throws IOException {
        assertSameAnswer(rest().body(training()).post("/assessments").then().statusCode(200)
                .extract().asString(), text(1));
        assertSameAnswer(rest().header("Prefer", "return=minimal").body(training()).post("/assessments?ruleset=1")
                .then().statusCode(200).extract().asString(), text(2));
        assertSameAnswer(rest().header("Accept-Language", "zh-Hans").body(training()).post("/assessments")
                .then().statusCode(200).extract().asString(), text(3));
        assertFalse(result(1).path("isError").asBoolean(false));
        String id = JSON.readTree(text(1)).get("assessmentId").asText();
        assertEquals(JSON.readTree(text(1)), JSON.readTree(rest().get("/assessments/" + id).then().statusCode(200)
                .extract().asString()).get("answer"), "recorded in history as it was answered");
    }

    @Test
    void aBadProfileIsTheRestProblemWithItsPointersUnderProfile() throws IOException {
        JsonNode restProblem = JSON.readTree(rest().body(with(with(profile(), "labeledExamples", -1),
                "labelledExamples", 3)).post("/assessments").then().statusCode(400).extract().asString());
        assertTrue(result(4).get("isError").asBoolean(), result(4)::toString);
        JsonNode toolProblem = JSON.readTree(text(4));
        assertEquals(under(restProblem, "/profile"), toolProblem);
    }

    @Test
    void badArgumentsArePointedAtInTheArguments() throws IOException {
        JsonNode unknownAndOutOfRange = JSON.readTree(text(5));
        assertTrue(result(5).get("isError").asBoolean());
        assertEquals(400, unknownAndOutOfRange.get("status").asInt());
        assertEquals("/colour", unknownAndOutOfRange.at("/errors/0/pointer").asText(), unknownAndOutOfRange::toString);
        JsonNode missing = JSON.readTree(text(6));
        assertEquals("/profile", missing.at("/errors/0/pointer").asText(), missing::toString);
    }

    @Test
    void comparingCostsAnswersWhatRestAnswersAndItsRefusalInTheChosenLanguage() throws IOException {
        assertSameAnswer(rest().body(costs()).post("/cost-comparisons").then().statusCode(200).extract().asString(),
                text(7));
        JsonNode restProblem = JSON.readTree(rest().header("Accept-Language", "zh-Hans")
                .body(with(costs(), "model", "no-such-model")).post("/cost-comparisons").then().statusCode(400)
                .extract().asString());
        assertEquals(under(restProblem, "/comparison"), JSON.readTree(text(8)));
    }

    @Test
    void modelsAreTheRestListingAndAnUnknownIdIsItsNotFoundProblem() throws IOException {
        assertEquals(JSON.readTree(rest().get("/models").then().statusCode(200).extract().asString()),
                JSON.readTree(text(9)));
        assertEquals(JSON.readTree(rest().get("/models/no-such-model").then().statusCode(404).extract().asString()),
                JSON.readTree(text(10)));
    }

    @Test
    void aRecordedAssessmentIsWhatRestReadsAndAnUnknownIdItsNotFound() throws IOException {
        result(0); // runs the session, which records the assessment first
        String id = recordedId;
        assertEquals(JSON.readTree(rest().get("/assessments/" + id).then().statusCode(200).extract().asString()),
                JSON.readTree(text(11)));
        assertEquals(JSON.readTree(rest().get("/assessments/00000000-0000-4000-8000-000000000000").then()
                .statusCode(404).extract().asString()), JSON.readTree(text(12)));
    }

    @Test
    void aReassessmentIsWhatRestAnswersAndAnUnknownIdItsNotFound() throws IOException {
        result(0);
        ObjectNode expected = (ObjectNode) JSON.readTree(rest().header("Accept-Language", "zh-Hans")
                .get("/assessments/" + recordedId + "/reassessment?ruleset=1").then().statusCode(200).extract()
                .asString());
        ObjectNode actual = (ObjectNode) JSON.readTree(text(20));
        assertEquals(recordedId, actual.get("assessmentId").asText());
        assertSameAnswer(expected.remove("assessment").toString(), actual.remove("assessment").toString());
        assertEquals(expected, actual, "changes and reasons as REST answers them");
        assertEquals(JSON.readTree(rest().get("/assessments/00000000-0000-4000-8000-000000000000/reassessment")
                .then().statusCode(404).extract().asString()), JSON.readTree(text(21)));
        assertTrue(result(21).path("isError").asBoolean(false));
    }

    /** Records one assessment over REST, for get_assessment to read. */
    private String recorded() {
        recordedId = rest().body(training()).post("/assessments").then().statusCode(200).extract()
                .path("assessmentId");
        return recordedId;
    }

    private String recordedId;

    @Test
    void offeringsAreTheRestListing() throws IOException {
        assertEquals(JSON.readTree(rest().get("/fine-tuning-offerings?method=SFT").then().statusCode(200).extract()
                .asString()), JSON.readTree(text(19)));
    }

    @Test
    void resourcesAreTheRulesDocumentAndBothDecisionTrees() throws IOException {
        List<String> uris = new ArrayList<>();
        result(13).get("resources").forEach(resource -> uris.add(resource.get("uri").asText()));
        assertTrue(uris.containsAll(List.of("advisor://rules", "advisor://decision-tree/1.mmd",
                "advisor://decision-tree/2.mmd", "advisor://decision-tree/1.json", "advisor://decision-tree/2.json")),
                uris::toString);
        assertEquals(Files.readString(Path.of("src", "docs", "ADVISOR-RULES.md")),
                result(14).at("/contents/0/text").asText());
        assertEquals(rest().accept("text/vnd.mermaid").get("/decision-tree?ruleset=2").then().statusCode(200)
                .extract().asString(), result(15).at("/contents/0/text").asText());
        assertEquals(JSON.readTree(rest().get("/decision-tree?ruleset=1").then().statusCode(200).extract().asString()),
                JSON.readTree(result(16).at("/contents/0/text").asText()));
    }

    @Test
    void thePromptWalksThroughTheQuestionsInTheChosenLanguage() {
        assertEquals("should_we_fine_tune", result(17).at("/prompts/0/name").asText());
        String text = result(18).at("/messages/0/content/text").asText();
        assertTrue(text.contains("a support bot") && text.contains("assess_project"), text);
        assertTrue(text.contains("团队"), "Simplified Chinese: " + text);
    }

    @Test
    void theReadmesClientConfigurationNamesThisEndpoint() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int marker = readme.indexOf("<!-- McpClientTest reads the next block");
        assertTrue(marker >= 0, "the README marks its MCP client configuration");
        int start = readme.indexOf("```json\n", marker) + "```json\n".length();
        JsonNode server = JSON.readTree(readme.substring(start, readme.indexOf("\n```", start)))
                .at("/mcpServers/training-advisor");
        assertEquals("http", server.get("type").asText());
        assertEquals(java.net.URI.create("http://localhost:8080/mcp").getPath(),
                java.net.URI.create(server.get("url").asText()).getPath());
        assertEquals(200, RestAssured.given().contentType("application/json")
                .accept("application/json, text/event-stream")
                .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                        + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"readme\",\"version\":\"1\"}}}")
                .post(java.net.URI.create(server.get("url").asText()).getPath()).statusCode());
    }

    private void step(String op, Map<String, Object> fields) {
        ObjectNode step = JSON.createObjectNode().put("op", op);
        fields.forEach((name, value) -> step.set(name, JSON.valueToTree(value)));
        steps.add(step);
    }

    private JsonNode result(int index) {
        try {
            runOneSessionWithTheSdk();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
        JsonNode result = results.get(index);
        assertFalse(result.has("thrown"), () -> steps.get(index) + " threw: " + result);
        return result;
    }

    private String text(int index) {
        JsonNode content = result(index).get("content");
        assertEquals(1, content.size(), content::toString);
        assertEquals("text", content.get(0).get("type").asText());
        return content.get(0).get("text").asText();
    }

    private static RequestSpecification rest() {
        return api().contentType("application/json");
    }

    /** The two answers are equal but for what differs on every call (an assessment's id and time). */
    private static void assertSameAnswer(String restAnswer, String toolAnswer) {
        try {
            ObjectNode expected = (ObjectNode) JSON.readTree(restAnswer);
            ObjectNode actual = (ObjectNode) JSON.readTree(toolAnswer);
            for (String field : PER_CALL) {
                assertEquals(expected.has(field), actual.has(field), field);
                expected.remove(field);
                actual.remove(field);
            }
            assertTrue(expected.equals(NUMERICALLY, actual), () -> "expected " + expected + "\nbut was " + actual);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The problem with each error's pointer moved under {@code prefix}. */
    private static JsonNode under(JsonNode problem, String prefix) {
        JsonNode copy = problem.deepCopy();
        copy.path("errors").forEach(error -> {
            if (error.has("pointer")) {
                ((ObjectNode) error).put("pointer", prefix + error.get("pointer").asText());
            }
        });
        return copy;
    }

    private static JsonNode contractSchema(String name) {
        try {
            return new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
                    .readTree(dev.trainingadvisor.api.Contract.FILE.toFile()).at("/components/schemas/" + name);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Trains under both rulesets (the market warnings apply). */
    private static Map<String, Object> training() {
        return with(with(with(profile(), "mlExpertise", "IN_HOUSE"), "knowledgeInPublicData", false),
                "ragTooSlowOrExpensive", true);
    }
}
