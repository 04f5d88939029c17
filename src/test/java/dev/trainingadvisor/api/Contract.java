package dev.trainingadvisor.api;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import io.restassured.filter.Filter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>A translation can hide what the 3.1 contract says ({@code type: object} with an {@code anyOf} that allows null
 * passed, while the contract itself refuses null). So every JSON body is also checked against the contract's own
 * schema for that operation, status and media type, as JSON Schema 2020-12 (networknt json-schema-validator), with
 * every object closed to properties the contract does not declare ({@link #schemaErrors}).
 *
 * <p>A lean answer ({@code Prefer: return=minimal}, said by {@code Preference-Applied}) is checked against the schema
 * its operation's 200 declares under {@code x-return-minimal} instead: the contract keeps it beside the 200's schema
 * rather than in a {@code oneOf}, so that typed clients get no union (see ContractFilter).
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
    }

    /** The contract as one JSON document that the 2020-12 validator resolves pointers and {@code $ref}s in. */
    private static final class Schemas {
        static final String BASE = "https://training-advisor.invalid/openapi.json";
        static final JsonNode CONTRACT = closed(readContract());
        static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(BASE, CONTRACT.toString()))));
        static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();
    }

    static final String PREFERENCE_APPLIED = "Preference-Applied";
    /** The 200 response's extension that holds the lean answer ({@code Prefer: return=minimal}), see ContractFilter. */
    static final String RETURN_MINIMAL = "x-return-minimal";

    /** Checks each response against the contract ({@link #errors}). */
    private static final Filter RESPONSES = (request, response, context) -> {
        Response answer = context.next(request, response);
        List<String> errors = errors(URI.create(request.getURI()).getRawPath(), request.getMethod(),
                answer.getStatusCode(), answer.getContentType(), answer.getHeader(PREFERENCE_APPLIED),
                answer.asString());
        if (!errors.isEmpty()) {
            throw new AssertionError("the response breaks the OpenAPI contract: " + errors
                    + "\n" + request.getMethod() + " " + request.getURI() + " -> " + answer.getStatusCode() + " "
                    + answer.asString());
        }
        return answer;
    };


    /**
     * Everything the contract says against a response: its status, media type and body as the swagger validator reads
     * the 3.0 translation, and its JSON body against the 3.1 schema as JSON Schema 2020-12 ({@link #schemaErrors}).
     * A response that says {@code Preference-Applied: return=minimal} to an operation whose 200 declares a lean answer
     * ({@code x-return-minimal}) must be a 200 whose body matches that schema instead. (The batch's own schema holds
     * both kinds of item, so its lean answers are checked as any other.)
     */
    public static List<String> errors(String path, String method, int status, String contentType,
                                      String preferenceApplied, String body) {
        Optional<String> lean = preferenceApplied != null && preferenceApplied.contains("return=minimal")
                ? minimalSchemaPointer(path, method.toLowerCase(Locale.ROOT)) : Optional.empty();
        if (lean.isPresent()) {
            String media = contentType == null ? "" : contentType.split(";")[0].trim();
            if (status != 200 || !media.equals("application/json")) {
                return List.of("a lean answer must be a 200 application/json, not " + status + " " + contentType);
            }
            return validate(lean.get(), body);
        }
        List<String> errors = new ArrayList<>();
        var response = com.atlassian.oai.validator.model.SimpleResponse.Builder.status(status);
        if (status != 204) { // no content: neither a media type nor a body to check
            response.withContentType(contentType == null ? "" : contentType).withBody(body);
        }
        ValidationReport report = Validator.VALIDATOR.validateResponse(path,
                com.atlassian.oai.validator.model.Request.Method.valueOf(method.toUpperCase(Locale.ROOT)),
                response.build());
        report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .forEach(m -> errors.add(m.toString()));
        errors.addAll(schemaErrors(path, method, status, contentType, body));
        return errors;
    }

    private static Optional<String> minimalSchemaPointer(String path, String method) {
        return operationPointer(path, method).flatMap(at -> {
            String lean = at + "/responses/200/" + RETURN_MINIMAL + "/content/application~1json/schema";
            return Schemas.CONTRACT.at(lean).isMissingNode() ? Optional.empty() : Optional.of(lean);
        });
    }

    private static Optional<String> operationPointer(String path, String method) {
        JsonNode paths = Schemas.CONTRACT.path("paths");
        for (Iterator<String> templates = paths.fieldNames(); templates.hasNext(); ) {
            String template = templates.next();
            if (path.matches(template.replaceAll("\\{[^}]+}", "[^/]+"))) {
                return paths.path(template).has(method) ? Optional.of("/paths/" + token(template) + "/" + method)
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static List<String> validate(String pointer, String body) {
        JsonSchema schema = Schemas.CACHE.computeIfAbsent(pointer,
                at -> Schemas.FACTORY.getSchema(SchemaLocation.of(Schemas.BASE + "#" + at)));
        return schema.validate(body, InputFormat.JSON).stream().map(Object::toString).toList();
    }

    /**
     * The JSON Schema 2020-12 errors of a JSON response body against the contract's schema for its operation, status
     * and media type; empty when the body is not JSON or the contract has no schema for it (the swagger validator
     * reports undeclared statuses and media types).
     */
    public static List<String> schemaErrors(String path, String method, int status, String contentType, String body) {
        String media = contentType == null ? "" : contentType.split(";")[0].trim();
        if (!media.endsWith("json")) {
            return List.of();
        }
        Optional<String> pointer = schemaPointer(path, method.toLowerCase(Locale.ROOT), status, media);
        if (pointer.isEmpty()) {
            return List.of();
        }
        return validate(pointer.get(), body);
    }

    private static Optional<String> schemaPointer(String path, String method, int status, String media) {
        JsonNode paths = Schemas.CONTRACT.path("paths");
        for (Iterator<String> templates = paths.fieldNames(); templates.hasNext(); ) {
            String template = templates.next();
            if (!path.matches(template.replaceAll("\\{[^}]+}", "[^/]+"))) {
                continue;
            }
            JsonNode responses = paths.path(template).path(method).path("responses");
            String code = responses.has(Integer.toString(status)) ? Integer.toString(status) : "default";
            String at = "/paths/" + token(template) + "/" + method + "/responses/" + code;
            JsonNode answer = responses.path(code);
            if (answer.has("$ref")) {
                at = answer.get("$ref").asText().substring(1);
                answer = Schemas.CONTRACT.at(at);
            }
            if (answer.path("content").path(media).has("schema")) {
                return Optional.of(at + "/content/" + token(media) + "/schema");
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String token(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static JsonNode readContract() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contract " + FILE.toAbsolutePath(), e);
        }
    }

    /** Every object schema with {@code properties} refuses others ({@code additionalProperties: false}), as the API tests expect. */
    private static JsonNode closed(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.elements().forEachRemaining(Contract::closed);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(Contract::closed);
        }
        return node;
    }

    /** The validator behind {@link #api()}, for tests that check it can fail. */
    public static OpenApiInteractionValidator validator() {
        return Validator.VALIDATOR;
    }

    private Contract() {
    }

    /** A request whose response is checked against the contract, and logged in full if a check fails. */
    public static RequestSpecification api() {
        return given().filter(RESPONSES).log().ifValidationFails();
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
