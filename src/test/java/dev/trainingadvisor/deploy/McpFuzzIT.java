package dev.trainingadvisor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trainingadvisor.api.Contract;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The MCP tools fuzzed like the REST bodies, against the packaged service, over raw JSON-RPC on HTTP: the profiles and
 * cost requests of {@link ApiFuzzIT}, valid and mutated (wrong types, missing and extra fields, huge numbers,
 * corrupted JSON), as a tool's argument. Whatever comes in: never an HTTP 5xx or a JSON-RPC internal error; a message
 * over the body limit is the REST 413 problem; a tool
 * answer is what the contract allows for its REST operation's 200; a tool error is a problem document the contract
 * allows for its REST operation's 4xx; JSON that is not JSON is a JSON-RPC parse error.
 */
class McpFuzzIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ApiFuzzIT REST = new ApiFuzzIT();
    private static PackagedService service;
    private static String session;

    @BeforeContainer
    static void start() throws Exception {
        service = PackagedService.start("mcp-fuzz", List.of());
        HttpResponse<String> initialised = post(null, """
                {"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18",
                 "capabilities":{},"clientInfo":{"name":"fuzz","version":"1"}}}""".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, initialised.statusCode(), initialised.body());
        session = initialised.headers().firstValue("Mcp-Session-Id").orElseThrow();
        post(session, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"
                .getBytes(StandardCharsets.UTF_8));
        registeredAtTheFirstRequestNotAtStart();
    }

    /**
     * Issue 22: the tools are registered when the first MCP request comes, not at start, so their line comes after
     * Quarkus's "started in" (the console writer keeps the order of lines).
     */
    private static void registeredAtTheFirstRequestNotAtStart() throws Exception {
        String registered = dev.trainingadvisor.api.mcp.McpRegistration.REGISTERED;
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        String log = java.nio.file.Files.readString(service.log);
        while (!log.contains(registered) && System.nanoTime() < deadline) {
            Thread.sleep(20); // the console writer writes within 100 ms
            log = java.nio.file.Files.readString(service.log);
        }
        int started = log.indexOf(" started in ");
        org.junit.jupiter.api.Assertions.assertTrue(started >= 0 && started < log.indexOf(registered),
                "the MCP tools were registered before the service had started: " + log);
    }

    @AfterContainer
    static void stop() throws Exception {
        service.close();
    }

    @Property(tries = 200)
    void everyProfileIsAssessedOrRefusedAsRestWould(@ForAll("profiles") byte[] profile,
                                                    @ForAll("rulesets") String ruleset) throws Exception {
        call("assess_project", "{\"profile\":" + text(profile) + ruleset + "}", "/assessments");
    }

    @Property(tries = 120)
    void everyCostRequestIsComparedOrRefusedAsRestWould(@ForAll("costRequests") byte[] comparison)
            throws Exception {
        call("compare_costs", "{\"comparison\":" + text(comparison) + "}", "/cost-comparisons");
    }

    @Provide
    Arbitrary<byte[]> profiles() {
        return Arbitraries.oneOf(REST.profiles().map(McpFuzzIT::bytes), REST.mutatedProfiles());
    }

    @Provide
    Arbitrary<byte[]> costRequests() {
        return Arbitraries.oneOf(REST.costRequests().map(McpFuzzIT::bytes), REST.mutatedCostRequests());
    }

    @Provide
    Arbitrary<String> rulesets() {
        return Arbitraries.of("", ",\"ruleset\":1", ",\"ruleset\":2", ",\"ruleset\":\"2\"", ",\"ruleset\":3",
                ",\"lean\":true", ",\"lean\":\"yes\"", ",\"language\":\"zh-Hans\"", ",\"language\":7",
                ",\"colour\":\"blue\"", ",\"language\":\"" + "x".repeat(300) + "\"");
    }

    /** One tools/call with {@code arguments}; the answer is judged against the contract of {@code restPath}. */
    private static void call(String tool, String arguments, String restPath) throws Exception {
        byte[] message = ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":" + arguments + "}}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = post(session, message);
        assertTrue(response.statusCode() < 500, () -> response.statusCode() + " " + response.body());
        if (response.statusCode() == 413) { // the service's body limit, as on REST
            assertTrue(message.length > 64 * 1024, () -> message.length + " bytes refused as too large");
            assertEquals(413, JSON.readTree(response.body()).get("status").asInt(), response::body);
            return;
        }
        JsonNode answer = JSON.readTree(response.body());
        if (answer.has("error")) {
            int code = answer.at("/error/code").asInt();
            assertFalse(valid(message), () -> "a JSON-RPC error for valid JSON: " + answer);
            assertEquals(-32700, code, answer::toString);
            return;
        }
        assertTrue(valid(message), () -> "corrupt JSON answered as a tool call: " + answer);
        JsonNode result = answer.get("result");
        String text = result.at("/content/0/text").asText();
        if (result.path("isError").asBoolean(false)) {
            int status = JSON.readTree(text).get("status").asInt();
            assertTrue(status >= 400 && status < 500, text);
            List<String> errors = Contract.schemaErrors(restPath, "POST", status, "application/problem+json", text);
            assertTrue(errors.isEmpty(), () -> errors + " in " + text);
        } else {
            String applied = arguments.contains("\"lean\":true") ? "return=minimal" : null;
            List<String> errors = Contract.errors(restPath, "POST", 200, "application/json", applied, text);
            assertTrue(errors.isEmpty(), () -> errors + " in " + text);
        }
    }

    private static boolean valid(byte[] message) {
        try {
            JSON.readTree(message);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static HttpResponse<String> post(String session, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.base + "/mcp"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (session != null) {
            request.header("Mcp-Session-Id", session);
        }
        return PackagedService.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] bytes(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(byte[] json) {
        return new String(json, StandardCharsets.UTF_8);
    }
}
