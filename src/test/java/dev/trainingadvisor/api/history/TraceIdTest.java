package dev.trainingadvisor.api.history;

import static dev.trainingadvisor.api.Bodies.profile;
import static dev.trainingadvisor.api.Bodies.with;
import static dev.trainingadvisor.api.Contract.api;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 point 6: the request's W3C trace id ({@code traceparent}) is in the history record
 * ({@code caller.traceId}) and in the decision log line, so a caller's trace leads to the decision and back; a
 * request without a trace context gets a fresh trace id, the same in both.
 */
@QuarkusTest
class TraceIdTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";

    private final List<String> decisionLines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            decisionLines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("advisor.decision").addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("advisor.decision").removeHandler(capture);
    }

    private static String randomTraceId() {
        return String.format("%016x%016x", ThreadLocalRandom.current().nextLong() | 1,
                ThreadLocalRandom.current().nextLong());
    }

    private static String traceparent(String traceId, String flags) {
        return "00-" + traceId + "-00f067aa0ba902b7-" + flags;
    }

    private JsonNode decisionLine(String assessmentId) throws Exception {
        io.quarkus.arc.Arc.container().instance(dev.trainingadvisor.api.ops.ConsoleLog.class).get().writeSubmitted();
        List<String> mine = decisionLines.stream().filter(line -> line.contains(assessmentId)).toList();
        assertEquals(1, mine.size(), decisionLines.toString());
        return JSON.readTree(mine.get(0));
    }

    private static JsonNode record(String assessmentId) throws Exception {
        return JSON.readTree(api().get("/assessments/" + assessmentId).then().statusCode(200).extract().asString());
    }

    @Test
    void theCallersTraceIdIsInTheRecordAndTheDecisionLogLine() throws Exception {
        for (String flags : List.of("01", "00")) { // sampled or not, the trace id is the caller's
            String traceId = randomTraceId();
            String id = api().contentType("application/json").header("traceparent", traceparent(traceId, flags))
                    .body(profile()).post("/assessments").then().statusCode(200).extract().path("assessmentId");
            assertEquals(traceId, record(id).at("/caller/traceId").asText(), "flags " + flags);
            assertEquals(traceId, decisionLine(id).get("traceId").asText(), "flags " + flags);
        }
    }

    @Test
    void leanAnswersAndBatchItemsCarryTheirRequestsTraceId() throws Exception {
        String traceId = randomTraceId();
        String lean = api().contentType("application/json").header("traceparent", traceparent(traceId, "01"))
                .header("Prefer", "return=minimal").body(profile()).post("/assessments").then().statusCode(200)
                .extract().path("assessmentId");
        assertEquals(traceId, record(lean).at("/caller/traceId").asText());
        assertEquals(traceId, decisionLine(lean).get("traceId").asText());

        String batchTrace = randomTraceId();
        JsonNode batch = JSON.readTree(api().contentType("application/json")
                .header("traceparent", traceparent(batchTrace, "01"))
                .body(Map.of("profiles", List.of(profile(), with(profile(), "usesPrivateData", true))))
                .post("/assessments/batch").then().statusCode(200).extract().asString());
        for (JsonNode item : batch.get("results")) {
            String id = item.at("/assessment/assessmentId").asText();
            assertEquals(batchTrace, record(id).at("/caller/traceId").asText());
            assertEquals(batchTrace, decisionLine(id).get("traceId").asText());
        }
    }

    /** Two traceparent lines are one field with two values (RFC 9110 §5.3), which W3C Trace Context restarts. */
    @Test
    void twoTraceparentHeadersStartAFreshTrace() throws Exception {
        String a = randomTraceId();
        String b = randomTraceId();
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(io.restassured.RestAssured.baseURI + ":"
                                + io.restassured.RestAssured.port + "/assessments"))
                        .header("Content-Type", "application/json")
                        .header("traceparent", traceparent(a, "01")).header("traceparent", traceparent(b, "01"))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(profile())))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        String traceId = record(JSON.readTree(answer.body()).get("assessmentId").asText()).at("/caller/traceId")
                .asText();
        assertTrue(traceId.matches("[0-9a-f]{32}"), traceId);
        assertNotEquals(a, traceId);
        assertNotEquals(b, traceId);
    }

    @Test
    void withoutATraceparentOrWithABadOneARequestGetsAFreshTraceId() throws Exception {
        String first = api().contentType("application/json").body(profile()).post("/assessments").then()
                .statusCode(200).extract().path("assessmentId");
        String fresh = record(first).at("/caller/traceId").asText();
        assertTrue(fresh.matches("[0-9a-f]{32}") && !fresh.equals("0".repeat(32)), fresh);
        assertEquals(fresh, decisionLine(first).get("traceId").asText());

        // An all-zero trace id is invalid (W3C Trace Context 3.2.2.3): ignored, a fresh one is made.
        String second = api().contentType("application/json")
                .header("traceparent", traceparent("0".repeat(32), "01")).body(profile()).post("/assessments")
                .then().statusCode(200).extract().path("assessmentId");
        String other = record(second).at("/caller/traceId").asText();
        assertTrue(other.matches("[0-9a-f]{32}") && !other.equals("0".repeat(32)), other);
        assertNotEquals(fresh, other, "each request without a trace context starts its own trace");
    }

    @Test
    void anAssessmentRecordedThroughMcpCarriesTheTraceIdOfItsRequest() throws Exception {
        String project = "trace-mcp-" + UUID.randomUUID();
        String session = given().contentType("application/json").accept("application/json, text/event-stream")
                .body(INITIALIZE).post("/mcp").then().statusCode(200).extract().header("Mcp-Session-Id");
        String traceId = randomTraceId();
        String text = given().contentType("application/json").accept("application/json, text/event-stream")
                .header("Mcp-Session-Id", session).header("traceparent", traceparent(traceId, "01"))
                .body("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"assess_project\","
                        + "\"arguments\":{\"profile\":{\"usesPrivateData\":false,\"desiredChange\":\"NONE\","
                        + "\"projectName\":\"" + project + "\"}}}}")
                .post("/mcp").then().statusCode(200).extract().path("result.content[0].text");
        String id = JSON.readTree(text).get("assessmentId").asText();
        assertEquals(traceId, record(id).at("/caller/traceId").asText());
        assertEquals(traceId, decisionLine(id).get("traceId").asText());
    }
}
