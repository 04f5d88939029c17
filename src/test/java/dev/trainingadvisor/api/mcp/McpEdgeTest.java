package dev.trainingadvisor.api.mcp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The MCP endpoint at the HTTP edge (breaker's findings, issue 21): its 405 names what it takes, a session it does
 * not hold is said to be unknown (not "nothing lives at /mcp"), a body that is not JSON is a 415, an answer without
 * content carries no {@code Content-Encoding: identity}, the repeated-key refusal answers the request's id, and the
 * arguments are read as REST reads the same values (a control character in {@code language}, money in exponent form).
 */
@QuarkusTest
class McpEdgeTest {
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";
    private static final String COMPARISON = "{\"queriesPerMonth\":1000,\"promptTokens\":100,\"outputTokens\":100,"
            + "\"trainingTokens\":1000000,\"model\":\"gpt-4o-mini-2024-07-18\",\"ragMonthlyUsd\":%s}";

    @Test
    void aMethodMcpDoesNotTakeIs405NamingTheMethodsItTakes() {
        given().put("/mcp").then().statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", "DELETE, GET, OPTIONS, POST")
                .body("detail", containsString("DELETE, GET, OPTIONS, POST"));
        given().options("/mcp").then().statusCode(200).header("Allow", "DELETE, GET, OPTIONS, POST");
    }

    @Test
    void aSessionTheServiceDoesNotHoldIsAnUnknownSessionNotAMissingEndpoint() {
        given().contentType("application/json").accept("application/json, text/event-stream")
                .header("Mcp-Session-Id", "no-such-session")
                .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}").post("/mcp")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("no-such-session"))
                .body("detail", containsString("initialize"));
        given().header("Mcp-Session-Id", "no-such-session").header("Accept-Language", "zh").delete("/mcp")
                .then().statusCode(404).body("detail", containsString("MCP 会话 no-such-session"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "application/jsonx", "text/json"})
    void aMessageThatIsNotJsonByItsTypeIs415(String type) {
        given().contentType(type).accept("application/json, text/event-stream")
                .body(INITIALIZE.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/mcp")
                .then().statusCode(415).contentType("application/problem+json");
        given().contentType("application/json; charset=UTF-8").accept("application/json, text/event-stream")
                .body(INITIALIZE).post("/mcp").then().statusCode(200);
    }

    @Test
    void endingASessionAnswersWithoutContentEncodingIdentity() {
        String session = session();
        Response ended = given().header("Mcp-Session-Id", session).header("Accept-Encoding", "gzip").delete("/mcp");
        assertEquals(200, ended.statusCode() / 100 * 100);
        assertNull(ended.header("Content-Encoding"), ended.headers().toString());
        assertNull(given().options("/training-methods").header("Content-Encoding"));
    }

    @Test
    void aRepeatedKeyIsRefusedWithTheRequestsIdWhenItIsReadable() {
        message(session(), "{\"jsonrpc\":\"2.0\",\"id\":\"call-7\",\"method\":\"tools/call\",\"params\":{\"name\":"
                + "\"list_models\",\"arguments\":{\"language\":\"en\",\"language\":\"zh\"}}}")
                .then().statusCode(200).body("id", equalTo("call-7")).body("error.code", equalTo(-32600));
        message(session(), "{\"jsonrpc\":\"2.0\",\"id\":42,\"params\":{\"a\":1,\"a\":2},\"method\":\"tools/list\"}")
                .then().statusCode(200).body("id", equalTo(42));
        // The id itself repeated: which one the client meant cannot be known, so null (JSON-RPC 2.0 §5).
        message(session(), "{\"jsonrpc\":\"2.0\",\"id\":1,\"id\":2,\"method\":\"tools/list\"}")
                .then().statusCode(200).body("id", nullValue()).body("error.code", equalTo(-32600));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh\\u0001", "\\u0000", "en\\u007f", "zh\\nen"})
    void aControlCharacterInLanguageIsRefusedAsRestRefusesItInAcceptLanguage(String language) {
        message(session(), "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":"
                + "\"list_models\",\"arguments\":{\"language\":\"" + language + "\"}}}")
                .then().statusCode(200).body("result.isError", equalTo(true))
                .body("result.content[0].text", containsString("\"pointer\":\"/language\""));
    }

    /**
     * The prompt's {@code language} is held to what the tools take (an Accept-Language value as REST takes it in the
     * header field): {@code "zh\r\nX"} was taken silently (tester). A prompt has no error result, so the refusal is
     * JSON-RPC's Invalid params (-32602, as MCP answers a missing argument) naming the argument.
     */
    @ParameterizedTest
    @ValueSource(strings = {"zh\\r\\nX", "zh\\u0001", "en\\u007f", "\\u0000"})
    void aPromptLanguageTheToolsRefuseIsInvalidParams(String language) {
        message(session(), "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"prompts/get\",\"params\":{\"name\":"
                + "\"should_we_fine_tune\",\"arguments\":{\"language\":\"" + language + "\"}}}")
                .then().statusCode(200).body("id", equalTo(6)).body("error.code", equalTo(-32602))
                .body("error.message", containsString("language"));
    }

    @Test
    void aPromptLanguageLongerThanTheToolsTakeIsInvalidParamsAndAGoodOneIsTaken() {
        String session = session();
        message(session, "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"prompts/get\",\"params\":{\"name\":"
                + "\"should_we_fine_tune\",\"arguments\":{\"language\":\"" + "en,".repeat(90) + "\"}}}")
                .then().statusCode(200).body("error.code", equalTo(-32602));
        message(session, "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"prompts/get\",\"params\":{\"name\":"
                + "\"should_we_fine_tune\",\"arguments\":{\"language\":\"zh-Hans, fr;q=0.5\"}}}")
                .then().statusCode(200).body("error", nullValue())
                .body("result.messages[0].content.text", containsString("团队"));
    }

    /** Before, 1e400 came back as 401 digits (too long a number) and 9.99e999999999 as a JSON-RPC Internal error. */
    @ParameterizedTest
    @ValueSource(strings = {"1e400", "9.99e999999999", "1E+13", "-1e400"})
    void moneyInExponentFormIsRefusedAsRestRefusesIt(String amount) {
        String rest = given().contentType("application/json").body(COMPARISON.formatted(amount))
                .post("/cost-comparisons").then().statusCode(400).extract().path("errors[0].detail");
        message(session(), "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/call\",\"params\":{\"name\":"
                + "\"compare_costs\",\"arguments\":{\"comparison\":" + COMPARISON.formatted(amount) + "}}}")
                .then().statusCode(200).body("result.isError", equalTo(true))
                .body("result.content[0].text", containsString("\"pointer\":\"/comparison/ragMonthlyUsd\""))
                .body("result.content[0].text", containsString(rest));
    }

    /**
     * A whole number in exponent form whose value has no scale ({@code 1e0}, {@code 0.5e1}) is refused as REST refuses
     * it; MCP took it as the integer (found by the breaker).
     */
    @ParameterizedTest
    @ValueSource(strings = {"5000e0", "500.0e1", "5000E0"})
    void aWholeNumberInExponentFormIsRefusedAsRestRefusesIt(String number) {
        String profile = "{\"usesPrivateData\":false,\"desiredChange\":\"NONE\",\"labeledExamples\":" + number + "}";
        String rest = given().contentType("application/json").body(profile).post("/assessments").then()
                .statusCode(400).extract().path("errors[0].detail");
        message(session(), "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"tools/call\",\"params\":{\"name\":"
                + "\"assess_project\",\"arguments\":{\"profile\":" + profile + "}}}")
                .then().statusCode(200).body("result.isError", equalTo(true))
                .body("result.content[0].text", containsString("\"pointer\":\"/profile/labeledExamples\""))
                .body("result.content[0].text", containsString(rest));
        message(session(), "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/call\",\"params\":{\"name\":"
                + "\"assess_project\",\"arguments\":{\"ruleset\":1e0,\"profile\":{\"usesPrivateData\":false,"
                + "\"desiredChange\":\"NONE\"}}}}")
                .then().statusCode(200).body("result.isError", equalTo(true))
                .body("result.content[0].text", containsString("\"pointer\":\"/ruleset\""));
    }

    private static String session() {
        return given().contentType("application/json").accept("application/json, text/event-stream")
                .body(INITIALIZE).post("/mcp").then().statusCode(200).extract().header("Mcp-Session-Id");
    }

    private static Response message(String session, String body) {
        return given().contentType("application/json").accept("application/json, text/event-stream")
                .header("Mcp-Session-Id", session).body(body).post("/mcp");
    }
}
