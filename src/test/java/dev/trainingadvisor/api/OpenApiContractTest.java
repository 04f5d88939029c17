package dev.trainingadvisor.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed contract is exactly what the service serves. When the code changes the API, this fails and says how
 * to update {@code openapi/openapi.yaml} (after reviewing the change: clients generate code from it).
 */
@QuarkusTest
class OpenApiContractTest {
    static final String UPDATE = "openapi.update";

    @Test
    void committedContractIsWhatTheServiceServes() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean(UPDATE)) {
            Files.writeString(Contract.FILE, served);
        }
        String committed = Files.exists(Contract.FILE) ? Files.readString(Contract.FILE) : "";
        if (!served.equals(committed)) {
            Path actual = Path.of("target", "openapi-served.yaml");
            Files.writeString(actual, served);
            fail("""
                    The API the code serves differs from the committed contract %s.
                    The served contract was written to %s; compare them (diff %s %s).
                    If the change is intended, update the contract and commit it:
                        ./mvnw test -Dtest=OpenApiContractTest -D%s=true"""
                    .formatted(Contract.FILE, actual, Contract.FILE, actual, UPDATE));
        }
    }

    @Test
    void contractIsServedAsJsonToo() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", org.hamcrest.Matchers.equalTo("Training Advisor"));
    }

    @Test
    void swaggerUiIsServedInEveryProfile() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
        assertEquals(true, Files.exists(Contract.FILE) || Boolean.getBoolean(UPDATE), "committed contract missing");
    }
}
