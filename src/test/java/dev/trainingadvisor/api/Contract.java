package dev.trainingadvisor.api;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The committed contract ({@code openapi/openapi.yaml}) as a RestAssured filter: every response an API test receives
 * must match the contract's declared status codes, media types and schemas, and may hold no property the contract
 * does not declare. Requests are not checked: the bad-input tests send invalid ones on purpose.
 *
 * <p>The validator (swagger-request-validator 2.44) checks no {@code type} at all in an OpenAPI 3.1 document, and
 * cannot read 3.1 header schemas. So it is given the contract translated to 3.0.3, which says the same for this API:
 * {@code type: [X, "null"]} becomes {@code type: X, nullable: true}, schema {@code examples} become {@code example},
 * and response headers are left out (the API tests assert them directly). ContractValidationTest shows each kind of
 * drift failing against this translation.
 */
public final class Contract {
    public static final Path FILE = Path.of("openapi", "openapi.yaml");

    /** Read on first use, so that a test that writes the contract can run before it exists. */
    private static final class Validator {
        static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
                .createForInlineApiSpecification(asOpenApi30())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        static final OpenApiValidationFilter RESPONSES = new OpenApiValidationFilter(VALIDATOR);
    }

    /** The validator behind {@link #api()}, for tests that check it can fail. */
    public static OpenApiInteractionValidator validator() {
        return Validator.VALIDATOR;
    }

    private Contract() {
    }

    /** A request whose response is checked against the contract, and logged in full if a check fails. */
    public static RequestSpecification api() {
        return given().filter(Validator.RESPONSES).log().ifValidationFails();
    }

    /** For what the contract cannot describe (405 on any path, an unknown path): logged, not checked. */
    public static RequestSpecification unchecked() {
        return given().log().ifValidationFails();
    }

    private static String asOpenApi30() {
        try {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
            ObjectNode contract = (ObjectNode) yaml.readTree(Files.readString(FILE));
            contract.put("openapi", "3.0.3");
            contract.path("components").path("responses").forEach(Contract::dropHeaders);
            contract.path("paths").forEach(path -> path.forEach(operation ->
                    operation.path("responses").forEach(Contract::dropHeaders)));
            toOpenApi30(contract.path("components").path("schemas"));
            return yaml.writeValueAsString(contract);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contract " + FILE.toAbsolutePath(), e);
        }
    }

    private static void dropHeaders(JsonNode response) {
        if (response instanceof ObjectNode object) {
            object.remove("headers");
        }
    }

    /** 3.1 schema keywords to their 3.0 equivalents, throughout the tree. */
    private static void toOpenApi30(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode type = object.get("type");
            if (type != null && type.isArray()) {
                List<String> types = new ArrayList<>();
                type.forEach(t -> types.add(t.asText()));
                boolean nullable = types.remove("null");
                if (types.size() == 1) {
                    object.put("type", types.get(0));
                } else {
                    object.remove("type");
                }
                if (nullable) {
                    object.put("nullable", true);
                }
            }
            JsonNode examples = object.get("examples");
            if (examples != null && examples.isArray() && !object.has("properties")) {
                object.remove("examples");
                if (!examples.isEmpty()) {
                    object.set("example", examples.get(0));
                }
            }
            object.elements().forEachRemaining(Contract::toOpenApi30);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(Contract::toOpenApi30);
        }
    }
}
