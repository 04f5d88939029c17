package dev.trainingadvisor.api;

import static dev.trainingadvisor.api.Contract.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DecisionTreeResourceTest {

    @Test
    void servesTheTreeAsNodesAndEdges() {
        api().queryParam("ruleset", "1").get("/decision-tree").then().statusCode(200).contentType("application/json")
                .body("rulesetVersion", equalTo("1"))
                .body("root", equalTo("Q1_PRIVATE_DATA"))
                .body("nodes", hasSize(16))
                .body("edges", hasSize(16))
                .body("edges.condition", hasItem("labeledExamples >= 10000"))
                .body("nodes.find { it.id == 'TRAINING' }.approach", equalTo("TRAINING"))
                .body("nodes.find { it.id == 'Q1_PRIVATE_DATA' }.approach", equalTo(null));
    }

    @Test
    void servesMermaidForAcceptOrFormat() {
        String byAccept = api().accept("text/vnd.mermaid").get("/decision-tree").then().statusCode(200)
                .contentType(startsWith("text/vnd.mermaid")).header("Content-Language", "en").extract().asString();
        String byFormat = api().queryParam("format", "mermaid").get("/decision-tree").then().statusCode(200)
                .contentType(startsWith("text/vnd.mermaid")).extract().asString();
        assertEquals(byAccept, byFormat);
        assertTrue(byAccept.startsWith("flowchart TD\n"), byAccept);
        assertTrue(byAccept.contains("Q3_LABELED_EXAMPLES -->|\"no\"| RAG_FEW_EXAMPLES"), byAccept);
        assertTrue(byAccept.contains("classDef hire fill:#fff3cd"), byAccept);
    }

    @Test
    void mermaidIsInChineseWhenAsked() {
        String chinese = api().accept("text/vnd.mermaid").header("Accept-Language", "zh-CN").get("/decision-tree")
                .then().statusCode(200).header("Content-Language", "zh-CN").extract().asString();
        assertTrue(chinese.contains("仍然使用 RAG"), chinese);
    }

    @Test
    void prefersTheBetterQualityAndJsonOnATie() {
        api().accept("text/vnd.mermaid;q=0.9, application/json;q=0.5").get("/decision-tree").then()
                .statusCode(200).contentType(startsWith("text/vnd.mermaid"));
        api().accept("application/json, text/vnd.mermaid").get("/decision-tree").then()
                .statusCode(200).contentType("application/json");
    }

    @Test
    void unacceptableMediaTypeIs406() {
        api().accept("application/xml").get("/decision-tree").then().statusCode(406)
                .contentType("application/problem+json").body("type", equalTo("/problems/not-acceptable"));
    }

    /**
     * /decision-tree reads Accept as every other GET does (AcceptQuality): a quoted comma in a parameter, a q-value,
     * a subtype wildcard and a q-value out of the grammar are answered as /training-methods answers them, JSON where
     * it takes JSON. It answered 400 or 406 where the others answered 200 (found by the breaker).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"application/json;x=\"a,b\"", "application/json;q=1",
        "*/json", "application/json;q=2", "application/json;q=abc", "application/json, ,",
        "application/json ; charset=utf-8", "text/html;q=0.9, */*;q=0.1", "application/*;q=0.5",
        "application/json;q=0", "text/html", "application/json;x=\"a;b\";q=0.5"})
    void oddAcceptFormsAreAnsweredAsOnTheOtherGets(String accept) {
        io.restassured.response.Response other = io.restassured.RestAssured.given().accept(accept)
                .get("/training-methods");
        io.restassured.response.Response tree = io.restassured.RestAssured.given().accept(accept)
                .get("/decision-tree");
        assertEquals(other.statusCode(), tree.statusCode(), accept + ": " + tree.asString());
        if (tree.statusCode() == 200) {
            assertTrue(tree.contentType().startsWith("application/json"), tree.contentType());
        }
    }
}
