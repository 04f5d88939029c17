package dev.trainingadvisor.api.mcp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A repeated key in an MCP message is refused before any tool runs, as the REST reader refuses it in a body: the
 * extension's own parser would keep the last value.
 */
@QuarkusTest
class McpRepeatedKeysTest {
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";

    @Test
    void aKeyRepeatedInAToolsArgumentsIsAnInvalidRequestNamingItsPointer() {
        call("\"labeledExamples\":5000,\"labeledExamples\":5")
                .then().statusCode(200)
                .body("error.code", equalTo(-32600))
                .body("error.message", containsString("/params/arguments/profile/labeledExamples"));
    }

    @Test
    void theSameMessageWithoutTheRepetitionIsAnswered() {
        call("\"labeledExamples\":5000")
                .then().statusCode(200)
                .body("result.isError", equalTo(false));
    }

    @Test
    void aNullArgumentIsAbsentAndGetsTheToolsProblem() {
        String session = given().contentType("application/json").accept("application/json, text/event-stream")
                .body(INITIALIZE).post("/mcp").then().statusCode(200).extract().header("Mcp-Session-Id");
        given().contentType("application/json").accept("application/json, text/event-stream")
                .header("Mcp-Session-Id", session)
                .body("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"assess_project\","
                        + "\"arguments\":{\"profile\":null,\"language\":null}}}")
                .post("/mcp")
                .then().statusCode(200)
                .body("result.isError", equalTo(true))
                .body("result.content[0].text", containsString("\"pointer\":\"/profile\""));
    }

    /**
     * Bytes the shared JSON reader refuses (a NUL before a value, as McpFuzzIT's seed -3863807950649963427 sent;
     * UTF-16; an overlong sequence; a lone surrogate's bytes) are a JSON-RPC Parse error, never the REST 500 that the
     * reader's problem became on /mcp.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "7b2270726f66696c65223a007b7d7d", // {"profile":\0{}}
        "7b002200700072006f00660069006c00650022003a007b007d007d00", // UTF-16LE
        "7b2270726f66696c65223a22c0af227d", // overlong '/'
        "7b2270726f66696c65223a22eda080227d" }) // U+D800 encoded
    void bytesThatAreNotUtf8JsonAreAParseError(String hex) {
        String session = given().contentType("application/json").accept("application/json, text/event-stream")
                .body(INITIALIZE).post("/mcp").then().statusCode(200).extract().header("Mcp-Session-Id");
        byte[] arguments = java.util.HexFormat.of().parseHex(hex);
        byte[] head = ("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":"
                + "\"assess_project\",\"arguments\":").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] message = java.util.Arrays.copyOf(head, head.length + arguments.length + 2);
        System.arraycopy(arguments, 0, message, head.length, arguments.length);
        message[message.length - 2] = '}';
        message[message.length - 1] = '}';
        given().contentType("application/json").accept("application/json, text/event-stream")
                .header("Mcp-Session-Id", session)
                .body(message)
                .post("/mcp")
                .then().statusCode(200)
                .body("error.code", equalTo(-32700))
                .body("id", org.hamcrest.Matchers.nullValue());
    }

    /**
     * Params the extension does not check before it reads them (the breaker's finds: HTTP 500s, a JSON-RPC Internal
     * error, and a tools/call without a name that hung 30 s and closed the connection) are Invalid params, with the
     * request's id.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "\"method\":\"tools/call\",\"params\":{\"arguments\":{}}",
        "\"method\":\"tools/call\",\"params\":{\"name\":null}",
        "\"method\":\"tools/call\",\"params\":[]",
        "\"method\":\"tools/call\",\"params\":\"x\"",
        "\"method\":\"tools/call\",\"params\":{\"name\":\"assess_project\",\"arguments\":[]}",
        "\"method\":\"tools/call\",\"params\":{\"name\":\"list_models\",\"arguments\":{},\"_meta\":\"x\"}",
        "\"method\":\"prompts/get\",\"params\":{}",
        "\"method\":\"resources/read\",\"params\":[]",
        "\"method\":\"logging/setLevel\",\"params\":null",
        "\"method\":\"initialize\",\"params\":{\"protocolVersion\":null}"})
    void paramsOfTheWrongShapeAreInvalidParams(String methodAndParams) {
        String session = given().contentType("application/json").accept("application/json, text/event-stream")
                .body(INITIALIZE).post("/mcp").then().statusCode(200).extract().header("Mcp-Session-Id");
        given().contentType("application/json").accept("application/json, text/event-stream")
                .header("Mcp-Session-Id", session)
                .body("{\"jsonrpc\":\"2.0\",\"id\":17," + methodAndParams + "}")
                .post("/mcp")
                .then().statusCode(200)
                .body("error.code", equalTo(-32602))
                .body("id", equalTo(17));
    }

    /**
     * JSON-RPC ids are strings or numbers, and MCP 2025-06-18 takes one message per POST: an id of another type and a
     * batch are Invalid Requests with id null. The extension took both (found by the breaker).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "{\"jsonrpc\":\"2.0\",\"id\":true,\"method\":\"tools/list\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"tools/list\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":[1],\"method\":\"tools/list\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"tools/list\"}",
        "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}]",
        "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"},{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}]"})
    void anIdOfAnotherTypeOrABatchIsAnInvalidRequestWithIdNull(String message) {
        String session = given().contentType("application/json").accept("application/json, text/event-stream")
                .body(INITIALIZE).post("/mcp").then().statusCode(200).extract().header("Mcp-Session-Id");
        given().contentType("application/json").accept("application/json, text/event-stream")
                .header("Mcp-Session-Id", session).body(message).post("/mcp")
                .then().statusCode(200)
                .body("error.code", equalTo(-32600))
                .body("id", org.hamcrest.Matchers.nullValue())
                .body("$", org.hamcrest.Matchers.hasKey("id"));
        given().contentType("application/json").accept("application/json, text/event-stream")
                .header("Mcp-Session-Id", session).body("{\"jsonrpc\":\"2.0\",\"id\":\"s\",\"method\":\"ping\"}")
                .post("/mcp").then().statusCode(200).body("id", equalTo("s"));
    }

    /**
     * JSON-RPC 2.0 §5: the answer's id is the request's, the same value. The extension's codec reads a number with a
     * fraction or exponent as a decimal and writes it back its own way ({@code 1e0} was answered {@code "id": 1},
     * {@code 1E+2} as 100, {@code 1e400} as 401 digits); so such an id, and {@code -0} (answered 0), is an Invalid
     * Request with id null: JSON-RPC 2.0 §4 says an id SHOULD NOT have a fraction, MCP takes a string or an integer.
     */
    @ParameterizedTest
    @ValueSource(strings = {"1e0", "1.0", "1.5", "1E+2", "0.0", "-1e-3", "1e400", "-0"})
    void aNumericIdThatIsNotAPlainIntegerIsAnInvalidRequestWithIdNull(String id) {
        String session = given().contentType("application/json").accept("application/json, text/event-stream")
                .body(INITIALIZE).post("/mcp").then().statusCode(200).extract().header("Mcp-Session-Id");
        for (String message : List.of("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/list\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"list_models\","
                        + "\"arguments\":{\"language\":\"en\",\"language\":\"en\"}}}")) {
            String answer = given().contentType("application/json").accept("application/json, text/event-stream")
                    .header("Mcp-Session-Id", session).body(message).post("/mcp")
                    .then().statusCode(200).body("error.code", equalTo(-32600)).extract().asString();
            assertTrue(answer.contains("\"id\":null"), answer);
        }
    }

    /** An integer id is answered exactly as sent, of any size (beyond a long's range too), also by a refusal. */
    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
        "123456789012345678901234567890"})
    void anIntegerIdIsAnsweredExactlyAsSentWhateverItsSize(String id) {
        String session = given().contentType("application/json").accept("application/json, text/event-stream")
                .body(INITIALIZE).post("/mcp").then().statusCode(200).extract().header("Mcp-Session-Id");
        for (String message : List.of("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/list\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"list_models\","
                        + "\"arguments\":{\"language\":\"en\",\"language\":\"en\"}}}",
                "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":[]}")) {
            String answer = given().contentType("application/json").accept("application/json, text/event-stream")
                    .header("Mcp-Session-Id", session).body(message).post("/mcp")
                    .then().statusCode(200).extract().asString();
            assertTrue(answer.contains("\"id\":" + id + ","), answer);
        }
    }

    /** assess_project in a new session, with {@code fields} after the profile's two required ones. */
    private static io.restassured.response.Response call(String fields) {
        String session = given().contentType("application/json").accept("application/json, text/event-stream")
                .body(INITIALIZE).post("/mcp").then().statusCode(200).extract().header("Mcp-Session-Id");
        return given().contentType("application/json").accept("application/json, text/event-stream")
                .header("Mcp-Session-Id", session)
                .body("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"assess_project\","
                        + "\"arguments\":{\"profile\":{\"usesPrivateData\":false,\"desiredChange\":\"NONE\"," + fields + "}}}}")
                .post("/mcp");
    }
}
