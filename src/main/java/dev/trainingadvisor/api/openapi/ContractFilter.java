package dev.trainingadvisor.api.openapi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trainingadvisor.api.common.Representation;
import dev.trainingadvisor.api.problem.ProblemType;
import dev.trainingadvisor.api.problem.Problems;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * What every operation of the contract shares, added once at build time rather than repeated on each resource: the
 * problem responses it can return (400 and 406 everywhere, 404 on paths with an id, 413 and 415 where it takes a body,
 * 500), the Accept-Language parameter and Content-Language header, and a worked example for each request and response
 * (files under {@code META-INF/openapi-examples/}, kept true by {@code ApiExamplesTest}); and, on an operation that
 * answers {@code Prefer: return=minimal} with another schema, that schema and its example under the 200 response's
 * {@value #RETURN_MINIMAL_EXTENSION}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {
    /** The security scheme of bearer tokens (RFC 6750), under ADVISOR_AUTH=oidc. */
    public static final String BEARER = "bearerAuth";
    /** The operations that need a bearer token under ADVISOR_AUTH=oidc: decision history. */
    static final java.util.Set<String> NEEDS_TOKEN = java.util.Set.of("getAssessmentRecord", "listAssessmentRecords",
            "eraseAssessmentRecord", "getReassessment", "createImpactAnalysis");
    /** The operations that need the role advisor-auditor (or advisor-admin) under ADVISOR_AUTH=oidc: 403 otherwise. */
    static final java.util.Set<String> NEEDS_AUDITOR = java.util.Set.of("createImpactAnalysis");
    static final String EXAMPLES = "META-INF/openapi-examples/";
    private static final String JSON = "application/json";
    /** The 200 response's extension that gives the lean answer's schema and example. */
    public static final String RETURN_MINIMAL_EXTENSION = "x-return-minimal";
    /** Operations that answer {@code Prefer: return=minimal} with another schema, and that schema. */
    private static final Map<String, String> RETURN_MINIMAL = Map.of("createAssessment", "AssessmentSummary");
    /** Operations that record answers or read the history: their database may be unavailable (503). */
    private static final java.util.Set<String> RECORDING_OR_HISTORY = java.util.Set.of("createAssessment",
            "createAssessmentBatch", "getAssessmentRecord", "listAssessmentRecords", "eraseAssessmentRecord",
            "getReassessment", "createImpactAnalysis");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents()
                .addParameter("AcceptLanguage", OASFactory.createParameter()
                        .name("Accept-Language")
                        .in(Parameter.In.HEADER)
                        .description("zh or zh-CN (any Simplified Chinese range) for Chinese texts; anything else, or "
                                + "nothing, for English. Codes never change with the language.")
                        .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema
                                .SchemaType.STRING).maxLength(512))
                        .example("zh-CN,zh;q=0.9,en;q=0.8"))
                .addHeader("ContentLanguage", OASFactory.createHeader()
                        .description("The language of the response's texts.")
                        .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema
                                .SchemaType.STRING).enumeration(List.of("en", "zh-CN"))));
        openAPI.getComponents().addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("Under ADVISOR_AUTH=oidc: an OpenID Connect access token from the service's identity "
                        + "provider (issuer and audience as configured; roles in its groups claim, owner in its tenant "
                        + "claim or subject). Decision history needs one; the stateless operations take one but do not "
                        + "need it, and refuse one that is not valid (401)."));
        for (ProblemType type : ProblemType.values()) {
            if (type == ProblemType.METHOD_NOT_ALLOWED) {
                continue; // not an operation's response: any path answers 405 to a method it does not take
            }
            APIResponse response = openAPI.getComponents().getResponses() == null ? null
                    : openAPI.getComponents().getResponses().get(responseName(type));
            if (response == null) {
                response = OASFactory.createAPIResponse()
                        .description(description(type))
                        .addHeader("Content-Language", contentLanguage())
                        .content(OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
                if (type == ProblemType.HISTORY_UNAVAILABLE) {
                    response.addHeader(Problems.RETRY_AFTER, OASFactory.createHeader().required(true)
                            .description("Seconds to wait before trying again (RFC 9110 §10.2.3).")
                            .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media
                                    .Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.ONE)));
                }
                openAPI.getComponents().addResponse(responseName(type), response);
            }
            MediaType problem = response.getContent().getMediaType(Problems.MEDIA_TYPE);
            json("problem-" + type.slug() + ".json").ifPresent(example -> problem.addExample(type.slug(),
                    OASFactory.createExample().summary(type.slug()).value(example)));
        }
        openAPI.getComponents().getSchemas().values().forEach(ContractFilter::nullableSaysNull);
        for (String request : List.of("AssessmentRequest", "AssessmentBatchRequest", "RoiRequest",
                "CostComparisonRequest", "CostPrices", "SetupCosts", "ImpactAnalysisRequest",
                "ImpactAnalysisRecords")) {
            // The server rejects unknown properties; the contract says so.
            openAPI.getComponents().getSchemas().get(request).additionalPropertiesBoolean(Boolean.FALSE);
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                complete(path.getKey(), entry.getKey(), entry.getValue());
            }
        }
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        String id = operation.getOperationId();
        operation.addParameter(OASFactory.createParameter().ref("#/components/parameters/AcceptLanguage"));
        Optional<Object> section12 = json(id + ".section12.request.json");
        if (operation.getRequestBody() != null) {
            MediaType body = operation.getRequestBody().getContent().getMediaType(JSON);
            if (section12.isPresent()) {
                // The cost comparison's two request shapes: §11 (model, prices) and §12 (baseline, fineTune).
                json(id + ".request.json").ifPresent(example -> body.addExample("section11", OASFactory
                        .createExample().summary("ADVISOR-RULES §11: one model's prices").value(example)));
                body.addExample("section12", OASFactory.createExample().summary("ADVISOR-RULES §12: a baseline "
                        + "and a dedicated LoRA (example 1)").value(section12.get()));
            } else {
                json(id + ".request.json").ifPresent(body::setExample);
            }
        }
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok == null) { // 204: no content, no language
            problems(path, operation);
            return;
        }
        ok.addHeader("Content-Language", contentLanguage());
        MediaType okJson = ok.getContent().getMediaType(JSON);
        Optional<Object> rulesetOne = json(id + ".ruleset1.response.json");
        if (okJson != null && section12.isPresent()) {
            json(id + ".response.json").ifPresent(example -> okJson.addExample("section11",
                    OASFactory.createExample().summary("ADVISOR-RULES §11").value(example)));
            json(id + ".section12.response.json").ifPresent(example -> okJson.addExample("section12",
                    OASFactory.createExample().summary("ADVISOR-RULES §12, example 1").value(example)));
        } else if (okJson != null && rulesetOne.isPresent()) {
            // An operation that answers by ruleset: the default ruleset's answer, and ruleset 1's for ?ruleset=1.
            json(id + ".response.json").ifPresent(example -> okJson.addExample("defaultRuleset",
                    OASFactory.createExample().summary("The default ruleset (2)").value(example)));
            okJson.addExample("ruleset1", OASFactory.createExample().summary("?ruleset=1, the literal tree")
                    .value(rulesetOne.get()));
        } else if (okJson != null) {
            json(id + ".response.json").ifPresent(okJson::setExample);
        }
        String minimalSchema = RETURN_MINIMAL.get(id);
        if (minimalSchema != null) {
            // The lean answer to Prefer: return=minimal. Beside the 200's schema rather than in a oneOf with it: a
            // oneOf would make every typed client (openapi-fetch) check which of the two it got, although the
            // request alone decides it. Contract (the test suite's) validates lean answers against this schema.
            Map<String, Object> media = new java.util.LinkedHashMap<>();
            media.put("schema", Map.of("$ref", "#/components/schemas/" + minimalSchema));
            json(id + ".minimal.response.json").ifPresent(example -> media.put("example", example));
            Map<String, Object> lean = new java.util.LinkedHashMap<>(); // in this order, whatever Map.of's
            lean.put("description", "The answer when the request says Prefer: return=minimal (RFC 7240); the "
                    + "response then carries Preference-Applied: return=minimal.");
            lean.put("content", Map.of(JSON, media));
            ok.addExtension(RETURN_MINIMAL_EXTENSION, lean);
        }
        MediaType mermaid = ok.getContent().getMediaType(Representation.MERMAID_TYPE);
        if (mermaid != null) {
            text(id + ".response.mermaid").ifPresent(mermaid::setExample);
        }
        problems(path, operation);
    }

    /** The problems every operation may answer, and those of its kind. */
    private static void problems(String path, Operation operation) {
        String id = operation.getOperationId();
        if (NEEDS_TOKEN.contains(id)) {
            // Under ADVISOR_AUTH=oidc a history operation needs a bearer token; under none, nothing ({}).
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(BEARER),
                    OASFactory.createSecurityRequirement()));
        }
        List<ProblemType> problems = new ArrayList<>(List.of(ProblemType.INVALID_REQUEST, ProblemType.UNAUTHORIZED,
                ProblemType.NOT_ACCEPTABLE, ProblemType.INTERNAL_ERROR));
        if (path.contains("{")) {
            problems.add(ProblemType.NOT_FOUND);
        }
        if (operation.getRequestBody() != null) {
            problems.add(ProblemType.PAYLOAD_TOO_LARGE);
            problems.add(ProblemType.UNSUPPORTED_MEDIA_TYPE);
        }
        if (RECORDING_OR_HISTORY.contains(id)) {
            problems.add(ProblemType.HISTORY_UNAVAILABLE);
        }
        if (NEEDS_AUDITOR.contains(id)) {
            problems.add(ProblemType.FORBIDDEN);
        }
        for (ProblemType problem : problems) {
            String status = Integer.toString(problem.status());
            APIResponse own = operation.getResponses().getAPIResponse(status);
            if (own == null || own.getContent() == null) { // an operation's own 404 says more
                operation.getResponses().addAPIResponse(status,
                        OASFactory.createAPIResponse().ref("#/components/responses/" + responseName(problem)));
            }
        }
        Map<String, APIResponse> sorted = new java.util.TreeMap<>(operation.getResponses().getAPIResponses());
        operation.getResponses().setAPIResponses(sorted);
    }

    /**
     * Every property the service may answer with {@code null} says so in its {@code type} (OpenAPI 3.1, JSON Schema
     * 2020-12): the service sends null rather than leaving the property out (each is required), so that a client sees
     * every property of the answer. {@code nullable = true} on a property whose type is another schema comes out of
     * SmallRye as {@code type: object} plus {@code anyOf: [$ref, {type: "null"}]}, and {@code type: object} alone
     * refuses the null that the {@code anyOf} allows; here the type gains {@code "null"} wherever such an
     * {@code anyOf} (or {@code oneOf}) allows null, throughout the tree.
     */
    static void nullableSaysNull(org.eclipse.microprofile.openapi.models.media.Schema schema) {
        if (schema == null) {
            return;
        }
        List<org.eclipse.microprofile.openapi.models.media.Schema> alternatives = new ArrayList<>();
        if (schema.getAnyOf() != null) {
            alternatives.addAll(schema.getAnyOf());
        }
        if (schema.getOneOf() != null) {
            alternatives.addAll(schema.getOneOf());
        }
        boolean allowsNull = alternatives.stream().anyMatch(alternative -> alternative.getType() != null
                && alternative.getType().contains(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.NULL));
        if (allowsNull && schema.getType() != null && !schema.getType().isEmpty()
                && !schema.getType().contains(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.NULL)) {
            schema.addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.NULL);
        }
        // JSON Schema 2020-12: "enum" constrains null too, so a nullable enumeration lists null among its values.
        if (schema.getType() != null
                && schema.getType().contains(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.NULL)
                && schema.getEnumeration() != null && !new ArrayList<>(schema.getEnumeration()).contains(null)) {
            List<Object> values = new ArrayList<>(schema.getEnumeration());
            values.add(null);
            schema.setEnumeration(values);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ContractFilter::nullableSaysNull);
        }
        nullableSaysNull(schema.getItems());
        alternatives.forEach(ContractFilter::nullableSaysNull);
    }

    private static Header contentLanguage() {
        return OASFactory.createHeader().ref("#/components/headers/ContentLanguage");
    }

    /** 400 is two types (malformed JSON, invalid request): one response component covers both. */
    private static String responseName(ProblemType type) {
        return switch (type) {
            case MALFORMED_JSON, INVALID_REQUEST -> "BadRequest";
            default -> toCamel(type.slug());
        };
    }

    private static String description(ProblemType type) {
        return switch (type) {
            case MALFORMED_JSON, INVALID_REQUEST -> "The request is malformed JSON (type /problems/malformed-json) "
                    + "or breaks the contract (type /problems/invalid-request, with errors[] naming each offending "
                    + "property by JSON Pointer, or query parameter by name).";
            case UNAUTHORIZED -> "Under ADVISOR_AUTH=oidc: the bearer token is not valid (any operation: expired, "
                    + "another issuer or audience, unsigned, a signature that does not verify), or a history operation "
                    + "was called without one (type /problems/unauthorized); WWW-Authenticate: Bearer says which.";
            case NOT_FOUND -> "No item has this id (type /problems/not-found).";
            case FORBIDDEN -> "Under ADVISOR_AUTH=oidc: the token is valid but lacks the role advisor-auditor (or "
                    + "advisor-admin) that the operation needs (type /problems/forbidden).";
            case METHOD_NOT_ALLOWED -> "The path does not take this method; see the Allow header.";
            case NOT_ACCEPTABLE -> "None of the media types in Accept can be produced (type /problems/not-acceptable).";
            case PAYLOAD_TOO_LARGE -> "The body exceeds the limit, 64 KiB by default (type /problems/payload-too-large).";
            case UNSUPPORTED_MEDIA_TYPE -> "The body is not application/json (type /problems/unsupported-media-type).";
            case INTERNAL_ERROR -> "An unexpected failure, logged with the error id the detail gives "
                    + "(type /problems/internal-error).";
            case HISTORY_OFF -> "The service keeps no decision history, ADVISOR_HISTORY=off (type "
                    + "/problems/history-off).";
            case HISTORY_UNAVAILABLE -> "The decision history could not record or read; nothing was answered or "
                    + "recorded, try again (type /problems/history-unavailable).";
        };
    }

    private static String toCamel(String slug) {
        StringBuilder out = new StringBuilder();
        for (String part : slug.split("-")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }

    /** An example file parsed as JSON; empty when there is none (ApiExamplesTest fails on a missing example). */
    static Optional<Object> json(String name) {
        return text(name).map(text -> {
            try {
                return MAPPER.readValue(text, Object.class);
            } catch (IOException e) {
                throw new UncheckedIOException("example " + name + " is not JSON", e);
            }
        });
    }

    static Optional<String> text(String name) {
        try (InputStream in = ContractFilter.class.getClassLoader().getResourceAsStream(EXAMPLES + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
