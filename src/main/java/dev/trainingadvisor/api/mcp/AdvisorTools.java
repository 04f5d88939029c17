package dev.trainingadvisor.api.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trainingadvisor.api.assessment.AssessmentRequest;
import dev.trainingadvisor.api.assessment.AssessmentRules;
import dev.trainingadvisor.api.assessment.AssessmentService;
import dev.trainingadvisor.api.common.RulesetParameter;
import dev.trainingadvisor.api.common.ValidBody;
import dev.trainingadvisor.api.cost.CostComparisonRequest;
import dev.trainingadvisor.api.cost.CostComparisonService;
import dev.trainingadvisor.api.history.AssessmentRecordDto;
import dev.trainingadvisor.api.history.HistoryResource;
import dev.trainingadvisor.api.history.Recorder;
import dev.trainingadvisor.api.auth.Requesters;
import dev.trainingadvisor.api.assessment.AssessmentAnswer;
import java.util.Optional;
import dev.trainingadvisor.api.language.Languages;
import dev.trainingadvisor.api.market.MarketAnswers;
import dev.trainingadvisor.api.problem.Problem;
import dev.trainingadvisor.api.problem.Refusals;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.assessment.RulesetId;
import io.quarkiverse.mcp.server.TextContent;
import io.quarkiverse.mcp.server.ToolManager;
import io.quarkiverse.mcp.server.ToolManager.ToolAnnotations;
import io.quarkiverse.mcp.server.ToolResponse;
import io.quarkiverse.mcp.server.TransportHint;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The advisor's operations as Model Context Protocol tools (Streamable HTTP at {@code /mcp}, through the Quarkiverse
 * MCP server extension). Each tool does what its REST operation does, through the same services, so it is validated,
 * counted, logged (the decision log) and answered alike:
 * <ul>
 *   <li>{@value #ASSESS}: {@code POST /assessments} ({@code lean: true} is {@code Prefer: return=minimal});</li>
 *   <li>{@value #COMPARE}: {@code POST /cost-comparisons};</li>
 *   <li>{@value #LIST_MODELS}, {@value #GET_MODEL}: {@code GET /models}, {@code GET /models/{id}};</li>
 *   <li>{@value #GET_ASSESSMENT}: {@code GET /assessments/{id}}, a recorded assessment, under the same access rules
 *   (a bearer token under {@code ADVISOR_AUTH=oidc}, the caller's own records unless it is an auditor).</li>
 * </ul>
 * A tool's answer is the REST answer's JSON as text content. A refusal is a tool error ({@code isError: true}) whose
 * text is the RFC 9457 problem document the REST call would answer, its JSON Pointers rooted at the tool's
 * arguments ({@code /profile/labeledExamples}), its {@code instance} the REST path the tool stands for.
 *
 * <p>Arguments are read from the call's {@code arguments} object as JSON text by the service's strict reader
 * ({@link dev.trainingadvisor.api.json.StrictJson}): unknown arguments or properties, wrong types and coercions are
 * refused as in a REST body. What differs: the MCP extension parses the JSON-RPC message before this reader sees it,
 * so a repeated key inside a message keeps its last value instead of being refused, and a number with a fraction or
 * an exponent arrives as a binary double (beyond 17 significant digits it is rounded; an exponent past a double's
 * range is refused as not a number instead of as out of range).
 */
@Singleton
public class AdvisorTools {
    static final String ASSESS = "assess_project";
    static final String COMPARE = "compare_costs";
    static final String LIST_MODELS = "list_models";
    static final String GET_MODEL = "get_model";
    static final String GET_ASSESSMENT = "get_assessment";
    static final String REASSESS = "reassess_assessment";
    static final String LIST_OFFERINGS = "list_fine_tuning_offerings";

    private static final String LANGUAGE = "An Accept-Language value (RFC 9110 §12.5.4) choosing the language of "
            + "the answer's texts: en or zh-Hans (zh, zh-CN also choose Simplified Chinese). Absent or unknown: the "
            + "service's default language. Codes are the same in every language.";

    private final ToolManager tools;
    private final ObjectMapper json;
    private final ValidBody validBody;
    private final Languages languages;
    private final RulesetParameter rulesets;
    private final AssessmentService assessments;
    private final CostComparisonService costs;
    private final MarketAnswers market;
    private final HistoryResource history;
    private final Recorder recorder;
    private final dev.trainingadvisor.api.offering.OfferingResource offerings;
    private final Requesters requesters;
    private final dev.trainingadvisor.api.change.Reassessments reassessments;

    public AdvisorTools(ToolManager tools, ObjectMapper json, ValidBody validBody, Languages languages,
                        RulesetParameter rulesets, AssessmentService assessments, CostComparisonService costs,
                        MarketAnswers market, HistoryResource history, Recorder recorder, Requesters requesters,
                        dev.trainingadvisor.api.offering.OfferingResource offerings,
                        dev.trainingadvisor.api.change.Reassessments reassessments) {
        this.offerings = offerings;
        this.reassessments = reassessments;
        this.history = history;
        this.recorder = recorder;
        this.requesters = requesters;
        this.tools = tools;
        this.json = json;
        this.validBody = validBody;
        this.languages = languages;
        this.rulesets = rulesets;
        this.assessments = assessments;
        this.costs = costs;
        this.market = market;
    }

    /**
     * Registers the tools, with input schemas taken from the packaged contract; {@link McpRegistration} calls it once,
     * at the first MCP request.
     */
    void register() {
        ToolSchemas schemas = ToolSchemas.fromContract();
        Map<String, JsonNode> assess = new LinkedHashMap<>();
        assess.put("profile", ToolSchemas.body("AssessmentRequest", "The project profile: the body of POST "
                + "/assessments, field for field."));
        ObjectNode ruleset = ToolSchemas.of("integer", RulesetParameter.DESCRIPTION);
        ArrayNode numbers = ruleset.putArray("enum");
        for (RulesetId id : RulesetId.values()) {
            numbers.add(id.number());
        }
        assess.put("ruleset", ruleset);
        assess.put("language", ToolSchemas.of("string", LANGUAGE));
        assess.put("lean", ToolSchemas.of("boolean", "true: only the decision's codes (approach, reason, step, "
                + "methods, warning codes), no texts, no counterfactuals - the lean answer of Prefer: return=minimal. "
                + "Default false: the full assessment with reasons, checklists and counterfactuals."));
        define(ASSESS, "Assess whether to fine-tune",
                "Use this first when someone asks whether to fine-tune (SFT, RLHF, PEFT/LoRA), use RAG or improve "
                        + "prompts for a project. Give what the team knows about its project as `profile`; only "
                        + "usesPrivateData and desiredChange are required, and unknown facts are better left out "
                        + "than guessed (ruleset 2 lists them under toFindOut). Answers the recommended approach "
                        + "(PROMPT_ENGINEERING, RAG, HIRE_ML_ENGINEER or TRAINING) with every step of the decision "
                        + "and the guide section behind it, the golden-rule gate, method checklists, the smallest "
                        + "changes that would lead to each other approach (onlyUnstated ones first: what to find "
                        + "out), warnings about today's market, and validUntil when the advice depends on a dated "
                        + "fact. The same as POST /assessments.",
                schemas.object(assess, "profile"), this::assess);

        Map<String, JsonNode> compare = new LinkedHashMap<>();
        compare.put("comparison", ToolSchemas.body("CostComparisonRequest", "The workload and the prices: the "
                + "body of POST /cost-comparisons, field for field."));
        compare.put("language", ToolSchemas.of("string", LANGUAGE));
        define(COMPARE, "Compare the costs of prompting, RAG and a fine-tune",
                "Use this when the question is what prompting, RAG and a fine-tuned model would cost for a "
                        + "workload (tokens per query, queries per month), at the dated prices of a model of "
                        + "list_models or at prices given. Answers per-query, monthly, upfront and cumulative costs "
                        + "of each option for every month of the horizon, the cheapest, the month and the monthly "
                        + "volume from which the fine-tune costs no more than each other option (exact decimals, "
                        + "USD; prices per 1M tokens), the prices used with their sources, and warnings (a model "
                        + "retiring or a provider closing within the horizon). The same as POST /cost-comparisons.",
                schemas.object(compare, "comparison"), this::compare);

        Map<String, JsonNode> listing = new LinkedHashMap<>();
        listing.put("language", ToolSchemas.of("string", LANGUAGE));
        define(LIST_MODELS, "List fine-tunable models and their prices",
                "Use this to find a model id for compare_costs or to read today's prices: every fine-tunable "
                        + "model of the service's dated market data, with base and fine-tuned prices in USD per 1M "
                        + "tokens, the training price per 1M training tokens, the day it retires and the source of "
                        + "each figure. A price nobody publishes is absent, never 0. The same as GET /models.",
                schemas.object(listing), this::listModels);

        Map<String, JsonNode> item = new LinkedHashMap<>();
        item.put("id", ToolSchemas.of("string", "The model's id, as its provider writes it and list_models lists "
                + "it (gpt-4o-mini-2024-07-18)."));
        item.put("language", ToolSchemas.of("string", LANGUAGE));
        define(GET_MODEL, "Read one fine-tunable model",
                "One model of list_models by its id, with its prices, retirement and sources. The same as GET "
                        + "/models/{id}; an unknown id is an error naming the known ones.",
                schemas.object(item, "id"), this::getModel);

        Map<String, JsonNode> offered = new LinkedHashMap<>();
        offered.put("provider", ToolSchemas.of("string", "Only this provider's offerings (an id such as together-ai)."));
        offered.put("method", ToolSchemas.of("string", "Only offerings that train this method: SFT, PEFT, DPO, RFT."));
        offered.put("servingMode", ToolSchemas.of("string", "Only offerings served this way: PER_TOKEN, "
                + "PER_TOKEN_PLUS_HOSTING (a per-hour deployment fee), DEDICATED (GPUs by the hour)."));
        offered.put("status", ToolSchemas.of("string", "Only offerings whose provider is AVAILABLE, CLOSING or "
                + "DISCONTINUED today."));
        offered.put("language", ToolSchemas.of("string", LANGUAGE));
        define(LIST_OFFERINGS, "List the ways to buy a fine-tune today",
                "Use this when the answer is TRAINING, or to price a fine-tune in compare_costs: every fine-tuning "
                        + "offering of the dated market data (provider, base model, methods such as SFT or LoRA/PEFT, "
                        + "training price per 1M tokens, serving mode with its per-token or hourly prices, the base's "
                        + "retirement, whether it takes new jobs today, who may train, and sources). The same as GET "
                        + "/fine-tuning-offerings; a filter value it does not know is an error naming the known ones.",
                schemas.object(offered), this::listOfferings);

        Map<String, JsonNode> recorded = new LinkedHashMap<>();
        recorded.put("id", ToolSchemas.of("string", "The assessment's id: assessmentId of its answer (a UUID)."));
        recorded.put("language", ToolSchemas.of("string", LANGUAGE + " Only a refusal's texts: the record is as "
                + "it was answered."));
        define(GET_ASSESSMENT, "Read a recorded assessment",
                "Use this to find out what was decided before, and why: the assessment with this id as it was "
                        + "answered (its answer byte for byte, the profile, the ruleset version and the market data "
                        + "version it was decided with). Needs the service's history on; under ADVISOR_AUTH=oidc a "
                        + "bearer token, and only the caller's own records unless it is an auditor. The same as GET "
                        + "/assessments/{id}.",
                schemas.object(recorded, "id"), this::getAssessment);

        Map<String, JsonNode> again = new LinkedHashMap<>();
        again.put("id", ToolSchemas.of("string", "The recorded assessment's id: assessmentId of its answer (a UUID)."));
        ObjectNode otherRuleset = ToolSchemas.of("integer", "The ruleset to decide with: 1 or 2. Absent: the ruleset "
                + "the record was decided with.");
        ArrayNode rulesetNumbers = otherRuleset.putArray("enum");
        for (RulesetId id : RulesetId.values()) {
            rulesetNumbers.add(id.number());
        }
        again.put("ruleset", otherRuleset);
        again.put("language", ToolSchemas.of("string", LANGUAGE));
        define(REASSESS, "Re-assess a recorded assessment",
                "Use this when someone asks whether advice given earlier still holds: decides the recorded profile "
                        + "again under today's market data and the chosen ruleset (the recorded one by default), "
                        + "records nothing, and answers the new assessment with what changed - approach, methods, "
                        + "warnings added and removed - and why (the ruleset or its version changed, the market data "
                        + "version changed, or a dated fact such as a provider's last day has passed, named). The "
                        + "same access rules as get_assessment. The same as GET /assessments/{id}/reassessment.",
                schemas.object(again, "id"), this::reassess);
    }

    private ToolResponse reassess(ToolManager.ToolArguments call) {
        Language language = language(call);
        Object id = call.args().get("id");
        return answer(language, itemPath("/assessments/", id instanceof String text ? text : "") + "/reassessment",
                () -> {
                    ToolArguments.Reassess arguments = read(call, ToolArguments.Reassess.class);
                    return dev.trainingadvisor.api.change.ReassessmentDto.of(reassessments.reassess(arguments.id(),
                            Optional.ofNullable(arguments.ruleset()).flatMap(RulesetId::of), language), language);
                });
    }

    private ToolResponse listOfferings(ToolManager.ToolArguments call) {
        Language language = language(call);
        return answer(language, "/fine-tuning-offerings", () -> {
            ToolArguments.Offerings filters = read(call, ToolArguments.Offerings.class);
            return offerings.offerings(Optional.ofNullable(filters.provider()), Optional.ofNullable(filters.method()),
                    Optional.ofNullable(filters.servingMode()), Optional.ofNullable(filters.status()), language);
        });
    }

    private ToolResponse getAssessment(ToolManager.ToolArguments call) {
        Language language = language(call);
        Object id = call.args().get("id");
        return answer(language, itemPath("/assessments/", id instanceof String text ? text : ""),
                () -> AssessmentRecordDto.of(history.find(read(call, ToolArguments.Item.class).id())));
    }

    private void define(String name, String title, String description, ObjectNode inputSchema,
                        Function<ToolManager.ToolArguments, ToolResponse> handler) {
        tools.newTool(name)
                .setTitle(title)
                .setDescription(description)
                .setInputSchema(inputSchema)
                .setAnnotations(new ToolAnnotations(title, true, false, false, false))
                .addHint(TransportHint.STREAMABLE_HTTP_SKIP_SSE_INIT)
                .setHandler(handler)
                .register();
    }

    private ToolResponse assess(ToolManager.ToolArguments call) {
        Language language = language(call);
        return answer(language, "/assessments", () -> {
            ToolArguments.Assess arguments = read(call, ToolArguments.Assess.class);
            RulesetId ruleset = arguments.ruleset() == null ? rulesets.fallback()
                    : RulesetId.of(arguments.ruleset()).orElseThrow();
            AssessmentRequest profile = body(arguments.profile(), AssessmentRequest.class,
                    new Nesting(language, "/assessments", "/profile"));
            nested(new Nesting(language, "/assessments", "/profile"), () -> {
                AssessmentRules.check(profile, ruleset);
                return profile;
            });
            AssessmentAnswer answer = Boolean.TRUE.equals(arguments.lean()) ? assessments.summarise(profile, ruleset)
                    : assessments.assess(profile, ruleset, language).response();
            // Recorded in history as a REST answer is, and answered once the record is committed.
            return recorded(recorder.committed(new Recorder.Answered(profile, answer,
                    Optional.ofNullable(profile.projectName())), language, requesters.recordCaller()));
        });
    }

    private ToolResponse compare(ToolManager.ToolArguments call) {
        Language language = language(call);
        return answer(language, "/cost-comparisons", () -> {
            ToolArguments.Compare arguments = read(call, ToolArguments.Compare.class);
            Nesting nesting = new Nesting(language, "/cost-comparisons", "/comparison");
            CostComparisonRequest comparison = body(arguments.comparison(), CostComparisonRequest.class, nesting);
            return nested(nesting, () -> costs.compare(comparison, language));
        });
    }

    private ToolResponse listModels(ToolManager.ToolArguments call) {
        Language language = language(call);
        return answer(language, "/models", () -> {
            read(call, ToolArguments.Listing.class);
            return market.models(language);
        });
    }

    private ToolResponse getModel(ToolManager.ToolArguments call) {
        Language language = language(call);
        Object id = call.args().get("id");
        return answer(language, itemPath("/models/", id instanceof String text ? text : ""),
                () -> market.model(read(call, ToolArguments.Item.class).id(), language));
    }

    /** The REST path of an item, as a problem's {@code instance}: {@code prefix} and the id as one path segment. */
    private static String itemPath(String prefix, String id) {
        try {
            return new java.net.URI(null, null, prefix + id.replace("/", "%2F"), null).getRawPath()
                    .replace("%252F", "%2F");
        } catch (java.net.URISyntaxException e) {
            return prefix;
        }
    }

    /**
     * The language of the answer and of its problems: the {@code language} argument when it is a string, read
     * leniently (a bad one is refused by the strict reading, in the default language).
     */
    private Language language(ToolManager.ToolArguments call) {
        Object value = call.args().get("language");
        return languages.of(value instanceof String text && ToolArguments.isLanguage(text) ? text : null);
    }

    /** The call's {@code arguments} as {@code type}: the strict reader, then Bean Validation. */
    private <T> T read(ToolManager.ToolArguments call, Class<T> type) throws JsonProcessingException {
        JsonObject params = call.rawMessage().asJsonObject().getJsonObject("params");
        Object arguments = params == null ? null : params.getValue("arguments");
        String text = arguments == null ? "{}" : ArgumentsText.of(arguments, json.getFactory());
        return validBody.require(json.readValue(text, type));
    }

    /**
     * A REST body inside the arguments, read and validated exactly as its REST operation reads its body; a refusal's
     * pointers are moved under the nesting's pointer.
     */
    private <T> T body(JsonNode tree, Class<T> type, Nesting nesting) {
        return nested(nesting, () -> {
            try {
                return validBody.require(json.readerFor(type).<T>readValue(tree));
            } catch (JsonProcessingException e) {
                throw e;
            } catch (IOException e) {
                throw new UncheckedIOException(e); // reading a tree does no I/O
            }
        });
    }

    /** Where a nested body sits: the answer's language, the REST path, the body's pointer in the arguments. */
    private record Nesting(Language language, String instance, String pointer) {
    }

    /** Runs {@code work}; its refusal is rethrown with its pointers under the nesting's pointer. */
    private static <T> T nested(Nesting nesting, Refusals.Work<T> work) {
        return Refusals.attempt(nesting.language(), nesting.instance(), work).fold(value -> value, problem -> {
            throw new NestedRefusal(problem.under(nesting.pointer()));
        });
    }

    /** Runs a tool's work and answers its value as JSON text, or its refusal as a tool error. */
    private ToolResponse answer(Language language, String instance, Refusals.Work<Object> work) {
        Refusals.Outcome<Object> outcome;
        try {
            outcome = Refusals.attempt(language, instance, work);
        } catch (NestedRefusal refusal) {
            outcome = new Refusals.Outcome.Refused<>(refusal.problem);
        }
        return outcome.fold(value -> new ToolResponse(false, List.of(new TextContent(write(value)))),
                problem -> new ToolResponse(true, List.of(new TextContent(write(problem)))));
    }

    /** Waits for the record's commit (a tool runs on a worker thread); a failure is the REST call's 503 problem. */
    private static RawJson recorded(java.util.concurrent.CompletionStage<byte[]> committed) {
        try {
            return new RawJson(committed.toCompletableFuture().join());
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof dev.trainingadvisor.api.problem.ProblemException problem) {
                throw problem;
            }
            throw e;
        }
    }

    /** An answer already written as JSON (the bytes history keeps), sent as it is. */
    private record RawJson(byte[] bytes) {
    }

    private String write(Object value) {
        if (value instanceof RawJson raw) {
            return new String(raw.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer that cannot be written as JSON", e);
        }
    }

    /** A refusal of a nested body, its pointers already rooted at the tool's arguments. */
    private static final class NestedRefusal extends RuntimeException {
        private final transient Problem problem;

        NestedRefusal(Problem problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }
}
