package dev.trainingadvisor.api.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is built at its first request, not at start (issue 22), and served the same on every path the
 * extension serves it at. That the bytes are the extension's own is {@code OpenApiContractTest}'s part.
 */
@QuarkusTest
class ContractDocumentTest {
    @Inject
    ContractDocument document;

    @Test
    void theExtensionPreparesNoDocumentAtStart() {
        // If a Quarkus upgrade stops honouring the class loader the extension is shown, it prepares the whole
        // document at every start again (about a quarter of the main thread's start): this fails then.
        assertEquals(0, document.preparedAtStart(Format.JSON).length);
        assertEquals(0, document.preparedAtStart(Format.YAML).length);
    }

    @Test
    void everyPathServesTheSameDocument() {
        String json = given().get("/q/openapi?format=json").then().statusCode(200)
                .contentType("application/json").extract().asString();
        String yaml = given().get("/q/openapi").then().statusCode(200)
                .contentType("application/yaml").extract().asString();
        assertTrue(document.built());
        assertEquals(json, given().get("/q/openapi.json").then().statusCode(200).extract().asString());
        assertEquals(json, given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        assertEquals(yaml, given().get("/q/openapi.yaml").then().statusCode(200).extract().asString());
        assertEquals(yaml, given().get("/q/openapi.yml").then().statusCode(200).extract().asString());
        assertTrue(json.startsWith("{") && json.contains("\"Training Advisor\""), json.substring(0, 80));
        assertTrue(yaml.startsWith("---") || yaml.startsWith("openapi:"), yaml.substring(0, 80));
    }
}
