package dev.trainingadvisor.api.mcp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

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
