package dev.trainingadvisor.deploy;

import dev.trainingadvisor.api.auth.Tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trainingadvisor.api.Contract;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property-based HTTP fuzzing of every operation, against the packaged service: thousands of generated valid and
 * mutated requests (wrong types, missing and extra fields, boundary and huge numbers, duplicates, corrupted JSON,
 * random bytes, huge strings, deep nesting, odd headers and parameters). Whatever comes in: no 5xx; every 2xx body
 * matches the contract; every 4xx is a problem document the contract allows for that operation (or, for 404 on an
 * unknown path and 405, a well-formed problem). The number of tries is bounded so that CI runs it every time.
 */
class ApiFuzzIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> REQUIRED = Set.of("usesPrivateData", "desiredChange", "labeledExamples",
            "mlExpertise", "trainingBudgetUsd");
    private static PackagedService service;

    @BeforeContainer
    static void start() throws Exception {
        service = PackagedService.start("fuzz", List.of());
    }

    @AfterContainer
    static void stop() throws Exception {
        service.close();
    }

    // --- POST /assessments --------------------------------------------------------------------------------------------

    @Property(tries = 500)
    void validProfilesAreAlwaysAssessed(@ForAll("profiles") Map<String, Object> profile,
                                        @ForAll("prefers") String prefer) throws Exception {
        Exchange exchange = send("POST", "/assessments", jsonBytes(profile), "application/json", null, null, prefer);
        assertEquals(200, exchange.status, exchange.toString());
        exchange.conformsToContract();
        assertTrue(List.of("PROMPT_ENGINEERING", "RAG", "HIRE_ML_ENGINEER", "TRAINING")
                .contains(exchange.json().get("approach").asText()));
        Statistics.label("representation").collect(exchange.preferenceApplied == null ? "none"
                : exchange.preferenceApplied);
        Statistics.label("representation").coverage(coverage -> {
            coverage.check("return=minimal").count(n -> n > 0);
            coverage.check("none").count(n -> n > 0);
        });
    }

    // --- POST /assessments/batch --------------------------------------------------------------------------------------

    @Property(tries = 150)
    void validBatchesAreAnsweredProfileByProfile(@ForAll("batches") List<Map<String, Object>> profiles,
                                                 @ForAll("prefers") String prefer,
                                                 @ForAll("languages") String language) throws Exception {
        Exchange exchange = send("POST", "/assessments/batch", jsonBytes(Map.of("profiles", profiles)),
                "application/json", language, null, prefer);
        assertEquals(200, exchange.status, exchange.toString());
        exchange.conformsToContract();
        JsonNode results = exchange.json().get("results");
        assertEquals(profiles.size(), results.size(), exchange.toString());
        for (int i = 0; i < results.size(); i++) {
            assertEquals(i, results.get(i).get("index").asInt());
            assertEquals(200, results.get(i).get("status").asInt(), exchange.toString());
        }
    }

    @Property(tries = 400)
    void mutatedBatchesNeverBreakTheService(@ForAll("mutatedBatches") byte[] body,
                                            @ForAll("prefers") String prefer,
                                            @ForAll("languages") String language) throws Exception {
        Exchange exchange = send("POST", "/assessments/batch", body, "application/json", language, null, prefer);
        assertTrue(Set.of(200, 400, 413).contains(exchange.status), exchange.toString());
        exchange.conformsToContract();
        Statistics.label("status").collect(exchange.status);
        if (exchange.status == 200) {
            JsonNode answer = exchange.json();
            assertEquals(answer.get("total").asInt(), answer.get("assessed").asInt() + answer.get("refused").asInt());
            for (JsonNode item : answer.get("results")) {
                Statistics.label("item").collect(item.get("status").asInt());
                for (JsonNode error : item.path("problem").path("errors")) {
                    assertTrue(error.get("pointer").asText().startsWith("/profiles/" + item.get("index").asInt()),
                            exchange.toString());
                }
            }
        }
        Statistics.label("status").coverage(coverage -> {
            coverage.check(200).count(n -> n > 0);
            coverage.check(400).count(n -> n > 0);
            coverage.check(413).count(n -> n > 0);
        });
        Statistics.label("item").coverage(coverage -> {
            coverage.check(200).count(n -> n > 0);
            coverage.check(400).count(n -> n > 0);
        });
    }

    @Property(tries = 1500)
    void mutatedProfilesNeverBreakTheService(@ForAll("mutatedProfiles") byte[] body,
                                             @ForAll("languages") String language) throws Exception {
        Exchange exchange = send("POST", "/assessments", body, "application/json", language);
        assertTrue(Set.of(200, 400, 413).contains(exchange.status), exchange.toString());
        exchange.conformsToContract();
        Statistics.label("status").collect(exchange.status);
        Statistics.label("status").coverage(coverage -> {
            coverage.check(400).percentage(p -> p > 60); // the mutations really break most requests
            coverage.check(413).count(n -> n > 0);       // and some are too large
        });
    }

    // --- POST /roi-estimates -----------------------------------------------------------------------------------------

    @Property(tries = 300)
    void validRoiRequestsAreAlwaysEstimated(@ForAll("roiRequests") Map<String, Object> request) throws Exception {
        Exchange exchange = send("POST", "/roi-estimates", jsonBytes(request), "application/json", null);
        assertEquals(200, exchange.status, exchange.toString());
        exchange.conformsToContract();
    }

    @Property(tries = 700)
    void mutatedRoiRequestsNeverBreakTheService(@ForAll("mutatedRoiRequests") byte[] body) throws Exception {
        Exchange exchange = send("POST", "/roi-estimates", body, "application/json", null);
        assertTrue(Set.of(200, 400, 413).contains(exchange.status), exchange.toString());
        exchange.conformsToContract();
        Statistics.label("status").collect(exchange.status);
        Statistics.label("status").coverage(coverage -> coverage.check(400).percentage(p -> p > 60));
    }

    // --- POST /cost-comparisons -----------------------------------------------------------------------------------------

    @Property(tries = 300)
    void validCostRequestsAreAlwaysCompared(@ForAll("costRequests") Map<String, Object> request) throws Exception {
        Exchange exchange = send("POST", "/cost-comparisons", jsonBytes(request), "application/json", null);
        assertEquals(200, exchange.status, exchange.toString());
        exchange.conformsToContract();
    }

    @Property(tries = 700)
    void mutatedCostRequestsNeverBreakTheService(@ForAll("mutatedCostRequests") byte[] body,
                                                 @ForAll("languages") String language) throws Exception {
        Exchange exchange = send("POST", "/cost-comparisons", body, "application/json", language);
        assertTrue(Set.of(200, 400, 413).contains(exchange.status), exchange.toString());
        exchange.conformsToContract();
        Statistics.label("status").collect(exchange.status);
        Statistics.label("status").coverage(coverage -> coverage.check(400).percentage(p -> p > 60));
    }

    // --- the read operations, with arbitrary ids, parameters and headers ----------------------------------------------

    @Property(tries = 600)
    void readOperationsAnswerAnyIdParameterOrAcceptWithoutBreaking(@ForAll("reads") String pathAndQuery,
                                                                     @ForAll("accepts") String accept,
                                                                     @ForAll("languages") String language)
            throws Exception {
        Exchange exchange = send("GET", pathAndQuery, null, null, language, accept);
        assertTrue(exchange.status < 500, exchange.toString());
        exchange.conformsToContract();
        Statistics.label("status").collect(exchange.status);
        Statistics.label("status").coverage(coverage -> {
            coverage.check(200).count(n -> n > 0);
            coverage.check(400).count(n -> n > 0);
            coverage.check(404).count(n -> n > 0);
            coverage.check(406).count(n -> n > 0);
        });
    }

    @Property(tries = 300)
    void anyContentTypeAndMethodGetsADocumentedAnswer(@ForAll("methods") String method,
                                                       @ForAll("paths") String path,
                                                       @ForAll("contentTypes") String contentType,
                                                       @ForAll("bodies") byte[] body) throws Exception {
        Exchange exchange = send(method, path, body, contentType, null);
        assertTrue(exchange.status < 500, exchange.toString());
        exchange.conformsToContract();
    }

    // --- the history operations, under the Deployment's ADVISOR_AUTH=oidc ------------------------------------------------

    /** Ids of records made by {@link #recorded()}: the caller "fuzz"'s own. */
    private static final List<String> RECORDED = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * GET and DELETE on a record and the listing, with real, erased, unknown and malformed ids, any filter, cursor and
     * limit, and tokens of every kind (none, the owner's, another caller's, an auditor's, an admin's, expired, unsigned,
     * tampered, another key's, not a token): never a 5xx; every answer what the contract allows (401 with its
     * challenge, 404 for another caller's record).
     */
    @Property(tries = 400)
    void historyOperationsAnswerAnyIdFilterOrTokenWithoutBreaking(@ForAll("historyMethods") String method,
                                                                    @ForAll("historyTargets") String target,
                                                                    @ForAll("bearers") String authorization,
                                                                    @ForAll("languages") String language)
            throws Exception {
        recorded();
        String resolved = target.replace("{recorded}", RECORDED.get(Math.floorMod(target.hashCode(), RECORDED.size())));
        String effectiveMethod = resolved.startsWith("/assessments?") || resolved.equals("/assessments") ? "GET"
                : method;
        Exchange exchange = send(effectiveMethod, resolved, null, null, language, null, null, authorization);
        assertTrue(exchange.status < 500, exchange.toString());
        exchange.conformsToContract();
        if (exchange.status == 401) {
            assertTrue(exchange.challenge.startsWith("Bearer"), "401 names its challenge: " + exchange);
        }
        Statistics.label("status").collect(exchange.status);
        Statistics.label("status").coverage(coverage -> {
            coverage.check(200).count(n -> n > 0);
            coverage.check(400).count(n -> n > 0);
            coverage.check(401).count(n -> n > 0);
            coverage.check(404).count(n -> n > 0);
        });
    }

    /** Records of the caller "fuzz", once: the ids the history property reads and erases. */
    private static synchronized void recorded() throws Exception {
        if (!RECORDED.isEmpty()) {
            return;
        }
        for (int i = 0; i < 20; i++) {
            Exchange made = send("POST", "/assessments", jsonBytes(Map.of("usesPrivateData", i % 2 == 0,
                            "desiredChange", "TASK_SKILL", "projectName", "fuzz-" + i)), "application/json", null, null,
                    null, "Bearer " + Tokens.of("fuzz"));
            assertEquals(200, made.status, made.toString());
            RECORDED.add(made.json().get("assessmentId").asText());
        }
    }

    @Provide
    Arbitrary<String> historyMethods() {
        return Arbitraries.of("GET", "GET", "GET", "DELETE");
    }

    @Provide
    Arbitrary<String> historyTargets() {
        Arbitrary<String> anyText = Arbitraries.strings().ofMaxLength(40)
                .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8));
        Arbitrary<String> filter = Combinators.combine(
                Arbitraries.of("approach", "ruleset", "projectName", "warning", "from", "to", "limit", "cursor",
                        "colour"),
                Arbitraries.oneOf(anyText, Arbitraries.of("RAG", "TRAINING", "rag", "1", "2", "3", "fuzz-3",
                        "MARKET_DATA_STALE", "NO_SUCH", "2026-01-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-01-01",
                        "0", "100", "101", "-1", "1e2", "9".repeat(30), "", "%00", "eyJzZXEiOjF9")))
                .as((name, value) -> name + "=" + value);
        return Arbitraries.oneOf(
                Arbitraries.just("/assessments/{recorded}"),
                Arbitraries.of("00000000-0000-4000-8000-000000000000", "not-a-uuid", "",
                        "00000000-0000-4000-8000-00000000000G").map(id -> "/assessments/" + id),
                anyText.map(id -> "/assessments/" + id),
                filter.list().ofMaxSize(3).map(filters -> filters.isEmpty() ? "/assessments"
                        : "/assessments?" + String.join("&", filters)));
    }

    @Provide
    Arbitrary<String> bearers() {
        return Arbitraries.of("", "Bearer " + Tokens.of("fuzz"), "Bearer " + Tokens.of("fuzz"),
                "Bearer " + Tokens.of("someone-else"), "Bearer " + Tokens.of("audit", "advisor-auditor"),
                "Bearer " + Tokens.of("admin", "advisor-admin"), "Bearer " + Tokens.unsigned("fuzz"),
                "Bearer " + Tokens.tampered("someone-else", "fuzz"), "Bearer " + Tokens.signedByAnotherKey("fuzz"),
                "Bearer " + Tokens.sign(Tokens.claims("fuzz").expiresAt(1_000_000L)), "Bearer", "Bearer x.y.z",
                "Basic Zm9vOmJhcg==", "bearer " + Tokens.of("fuzz"));
    }

    // --- generators ----------------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Map<String, Object>> profiles() {
        Arbitrary<Map<String, Object>> required = Combinators.combine(
                Arbitraries.of(true, false), Arbitraries.of("NONE", "STYLE_TONE_FORMAT", "TASK_SKILL", "DEEP_KNOWLEDGE"),
                Arbitraries.oneOf(Arbitraries.of(0L, 9_999L, 10_000L, 1_000_000_000L),
                        Arbitraries.longs().between(0, 1_000_000_000L)),
                Arbitraries.of("NONE", "CAN_HIRE", "IN_HOUSE"),
                money()).as((privateData, change, examples, expertise, budget) -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("usesPrivateData", privateData);
                    body.put("desiredChange", change);
                    body.put("labeledExamples", examples);
                    body.put("mlExpertise", expertise);
                    body.put("trainingBudgetUsd", budget);
                    return body;
                });
        Arbitrary<Map<String, Object>> optional = Arbitraries.maps(Arbitraries.of(OPTIONAL.keySet()),
                Arbitraries.just(0)).ofMaxSize(OPTIONAL.size()).flatMap(keys -> {
                    List<Arbitrary<Tuple.Tuple2<String, Object>>> entries = new ArrayList<>();
                    keys.keySet().forEach(key -> entries.add(OPTIONAL.get(key).map(value -> Tuple.of(key, value))));
                    return entries.isEmpty() ? Arbitraries.just(Map.<String, Object>of())
                            : Combinators.combine(entries).as(list -> {
                                Map<String, Object> map = new LinkedHashMap<>();
                                list.forEach(t -> map.put(t.get1(), t.get2()));
                                return map;
                            });
                });
        return Combinators.combine(required, optional).as((r, o) -> {
            Map<String, Object> body = new LinkedHashMap<>(r);
            body.putAll(o);
            return body;
        });
    }

    private static final Map<String, Arbitrary<Object>> OPTIONAL = Map.ofEntries(
            Map.entry("projectName", Arbitraries.strings().ofMinLength(1).ofMaxLength(200).map(s -> s)),
            Map.entry("knowledgeInPublicData", Arbitraries.of(true, false).map(b -> b)),
            Map.entry("ragTooSlowOrExpensive", Arbitraries.of(true, false).map(b -> b)),
            Map.entry("ragAccuracyPercent", Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100))
                    .ofScale(2).map(b -> b)),
            Map.entry("ragOptimizations", Arbitraries.subsetOf("HYBRID_SEARCH", "RERANKING", "BETTER_CHUNKING")
                    .map(s -> new ArrayList<Object>(s))),
            Map.entry("promptTechniques", Arbitraries.subsetOf("FEW_SHOT", "CHAIN_OF_THOUGHT")
                    .map(s -> new ArrayList<Object>(s))),
            Map.entry("providersTested", Arbitraries.longs().between(0, 1000).map(l -> l)),
            Map.entry("promptingOutcome", Arbitraries.of("NOT_TRIED", "SUFFICIENT", "INSUFFICIENT_QUALITY",
                    "TOO_COSTLY").map(s -> s)),
            Map.entry("monthlyApiSpendUsd", money().map(b -> b)),
            Map.entry("humanFeedbackHours", Arbitraries.bigDecimals().between(BigDecimal.ZERO,
                    new BigDecimal("1000000000")).ofScale(1).map(b -> b)),
            Map.entry("rlhfExpertise", Arbitraries.of(true, false).map(b -> b)),
            Map.entry("alreadyDoingSft", Arbitraries.of(true, false).map(b -> b)),
            Map.entry("multipleSpecializedModels", Arbitraries.of(true, false).map(b -> b)),
            Map.entry("loraExperience", Arbitraries.of(true, false).map(b -> b)),
            Map.entry("onDeviceDeployment", Arbitraries.of(true, false).map(b -> b)),
            Map.entry("proprietaryModelWanted", Arbitraries.of(true, false).map(b -> b)));

    @Provide
    Arbitrary<byte[]> mutatedProfiles() {
        return mutate(profiles());
    }

    @Provide
    Arbitrary<List<Map<String, Object>>> batches() {
        return profiles().list().ofMaxSize(12);
    }

    /**
     * A batch of profiles each valid or mutated (so some are not JSON, which makes the whole batch malformed), or
     * a batch that is not one: a bare list, an unknown property, 101 profiles, huge profiles (over the body limit).
     */
    @Provide
    Arbitrary<byte[]> mutatedBatches() {
        Arbitrary<String> item = Arbitraries.frequencyOf(
                Tuple.of(3, profiles().map(ApiFuzzIT::jsonText)),
                Tuple.of(6, mutatedProfiles().filter(ApiFuzzIT::isJson)
                        .map(bytes -> new String(bytes, StandardCharsets.UTF_8))),
                Tuple.of(1, mutatedProfiles().map(bytes -> new String(bytes, StandardCharsets.UTF_8))),
                Tuple.of(1, Arbitraries.of("null", "1", "\"x\"", "[]", "{}", "true")));
        Arbitrary<List<String>> items = item.list().ofMaxSize(10);
        return Arbitraries.frequencyOf(
                Tuple.of(12, items.map(list -> "{\"profiles\": [" + String.join(",", list) + "]}")),
                Tuple.of(1, items.map(list -> "[" + String.join(",", list) + "]")),
                Tuple.of(1, items.map(list -> "{\"profiles\": [" + String.join(",", list) + "], \"x\": 1}")),
                Tuple.of(1, profiles().map(p -> "{\"profiles\": [" + String.join(",",
                        java.util.Collections.nCopies(101, jsonText(p))) + "]}")),
                Tuple.of(1, profiles().map(p -> "{\"profiles\": [" + String.join(",",
                        java.util.Collections.nCopies(100, jsonText(p).replaceFirst("\\{", "{\"projectName\": \""
                                + "\u4e2d".repeat(200) + "\", "))) + "]}")),
                Tuple.of(1, Arbitraries.of("{\"profiles\": null}", "{\"profiles\": {}}", "{}", "null", "",
                        "{\"profiles\": [")))
                .map(text -> text.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isJson(byte[] bytes) {
        try {
            JSON.readTree(bytes);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** Prefer header values: none, the two return preferences in several spellings, and malformed ones. */
    @Provide
    Arbitrary<String> prefers() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "return=minimal", "return=representation", "RETURN=\"minimal\"",
                        "respond-async, return=minimal; x=1", "return=MINIMAL", "return=", "return=\"minimal",
                        ";;,,==", "return=minimal, return=representation", "handling=strict",
                        "x=\"a\\\"b, c\", return=minimal", "return=\"min\\imal\"", "return=\"\\",
                        "return=minimal;p=\"q\\\\\""),
                Arbitraries.strings().withChars("return=minimalpsnt;,\"\\ \t").ofMaxLength(30));
    }

    @Provide
    Arbitrary<Map<String, Object>> roiRequests() {
        Arbitrary<Integer> months = Arbitraries.integers().between(1, 120);
        return Combinators.combine(money(), Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100))
                        .ofScale(2), money(), money(), months, months)
                .as((spend, reduction, training, running, interval, horizon) -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("monthlyApiSpendUsd", spend);
                    body.put("expectedSpendReductionPercent", reduction);
                    body.put("trainingCostUsd", training);
                    body.put("monthlyOperatingCostUsd", running);
                    body.put("retrainingIntervalMonths", interval);
                    body.put("horizonMonths", horizon);
                    return body;
                });
    }

    @Provide
    Arbitrary<byte[]> mutatedRoiRequests() {
        return mutate(roiRequests());
    }

    /**
     * Every field of a comparison, each at its bounds or anywhere between; prices explicit (all five), from a model of
     * the market data, or some over a model.
     */
    @Provide
    Arbitrary<Map<String, Object>> costRequests() {
        Arbitrary<Long> tokens = Arbitraries.oneOf(Arbitraries.of(0L, 10_000_000L),
                Arbitraries.longs().between(0, 10_000_000L));
        Arbitrary<BigDecimal> price = Arbitraries.oneOf(Arbitraries.of(BigDecimal.ZERO, new BigDecimal("1000000"),
                        new BigDecimal("0.000001")),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(6));
        Arbitrary<Map<String, Object>> prices = Combinators.combine(price, price, price, price, price)
                .as((in, out, ftIn, ftOut, training) -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    map.put("inputUsd", in);
                    map.put("outputUsd", out);
                    map.put("fineTunedInputUsd", ftIn);
                    map.put("fineTunedOutputUsd", ftOut);
                    map.put("trainingUsd", training);
                    return map;
                });
        Arbitrary<Long> volume = Arbitraries.oneOf(Arbitraries.of(0L, 1_000_000_000_000L),
                Arbitraries.longs().between(0, 1_000_000_000_000L));
        Arbitrary<Map<String, Object>> setup = Combinators.combine(money(), money(), money()).as((p, r, f) -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("PROMPTING", p);
            map.put("RAG", r);
            map.put("FINE_TUNED", f);
            return map;
        });
        return Combinators.combine(
                Combinators.combine(volume, Arbitraries.integers().between(1, 120), prices, tokens, tokens, tokens)
                        .as((q, horizon, p, prompt, output, extra) -> {
                            Map<String, Object> body = new LinkedHashMap<>();
                            body.put("queriesPerMonth", q);
                            body.put("horizonMonths", horizon);
                            body.put("prices", p);
                            body.put("promptTokens", prompt);
                            body.put("outputTokens", output);
                            body.put("fewShotTokens", extra);
                            body.put("retrievedTokens", extra);
                            return body;
                        }),
                tokens, Arbitraries.oneOf(Arbitraries.of(0L, 1_000_000_000_000L),
                        Arbitraries.longs().between(0, 1_000_000_000_000L)),
                Arbitraries.integers().between(0, 120), money(), setup, Arbitraries.of(PriceSource.values()))
                .as((body, fineTunedPrompt, training, retrain, ragMonthly, setupCosts, source) -> {
                    Map<String, Object> full = new LinkedHashMap<>(body);
                    if (source != PriceSource.EXPLICIT) {
                        full.put("model", "gpt-4o-mini-2024-07-18");
                    }
                    if (source == PriceSource.MODEL) {
                        full.remove("prices");
                    } else if (source == PriceSource.MODEL_AND_SOME) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> some = new LinkedHashMap<>((Map<String, Object>) full.get("prices"));
                        some.keySet().removeIf(name -> name.startsWith("fineTuned"));
                        full.put("prices", some);
                    }
                    full.put("fineTunedPromptTokens", fineTunedPrompt);
                    full.put("trainingTokens", training);
                    full.put("retrainEveryMonths", retrain);
                    full.put("ragMonthlyUsd", ragMonthly);
                    full.put("setupCostUsd", setupCosts);
                    return full;
                });
    }

    /** Where a generated comparison's prices come from. */
    enum PriceSource { EXPLICIT, MODEL, MODEL_AND_SOME }

    @Provide
    Arbitrary<byte[]> mutatedCostRequests() {
        return mutate(costRequests());
    }

    @Provide
    Arbitrary<String> reads() {
        Arbitrary<String> anyText = Arbitraries.strings().ofMaxLength(40)
                .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8));
        return Arbitraries.oneOf(
                Arbitraries.of("/training-methods", "/providers", "/models", "/decision-tree", "/q/health/ready"),
                Arbitraries.of("RAG", "SFT", "RLHF", "PEFT", "sft", "LORA", "").map(id -> "/training-methods/" + id),
                anyText.map(id -> "/training-methods/" + id),
                Arbitraries.of("replicate", "anthropic", "openai", "").map(id -> "/providers/" + id),
                anyText.map(id -> "/providers/" + id),
                Arbitraries.of("gpt-4o-mini-2024-07-18", "gpt-4.1-2025-04-14", "gpt-5", "").map(id -> "/models/" + id),
                anyText.map(id -> "/models/" + id),
                Combinators.combine(Arbitraries.of("method", "status", "maxStartingCostUsd", "maxCost", "format", ""),
                        Arbitraries.oneOf(anyText, Arbitraries.of("SFT", "RLHF", "DPO", "AVAILABLE", "CLOSING",
                                "1000", "0.5", "-1", "1e13", "NaN",
                                "1e-999999999", "9".repeat(200))))
                        .as((name, value) -> "/providers?" + name + "=" + value),
                Arbitraries.oneOf(anyText, Arbitraries.of("json", "mermaid", "JSON", "svg", ""))
                        .map(format -> "/decision-tree?format=" + format),
                Arbitraries.oneOf(anyText, Arbitraries.of("1", "2", "3", "01", ""))
                        .map(ruleset -> "/decision-tree?ruleset=" + ruleset),
                Arbitraries.of("/rulesets", "/rulesets?ruleset=2"),
                Arbitraries.of("invalid-request", "not-found", "teapot", "").map(slug -> "/problems/" + slug));
    }

    @Provide
    Arbitrary<String> accepts() {
        return Arbitraries.of("", "*/*", "application/json", "text/vnd.mermaid", "application/xml", "text/*",
                "application/json;q=0.1, text/vnd.mermaid;q=0.9", "garbage;;;", "application/problem+json");
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.oneOf(Arbitraries.of("", "zh", "zh-CN", "en", "de;q=0.9, zh;q=0.8", "*", "zh-TW", ";;"),
                Arbitraries.strings().ofMaxLength(600));
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH");
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of("/assessments", "/assessments/batch", "/roi-estimates", "/cost-comparisons",
                "/training-methods",
                "/providers/replicate",
                "/decision-tree", "/nope", "/assessments/1", "/");
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of("application/json", "text/plain", "application/xml", "application/json; charset=latin1",
                "multipart/form-data", "");
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
                Arbitraries.of("{}", "[]", "null", "", "{\"usesPrivateData\": true}").map(s -> s.getBytes()));
    }

    private static Arbitrary<BigDecimal> money() {
        return Arbitraries.oneOf(Arbitraries.of(new BigDecimal("0"), new BigDecimal("4999.99"), new BigDecimal("5000"),
                        new BigDecimal("9999.99"), new BigDecimal("10000"), new BigDecimal("1000000000000")),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000000000")).ofScale(2));
    }

    /** One mutation of a valid body: a structural change of the document, or damage to its bytes. */
    private static Arbitrary<byte[]> mutate(Arbitrary<Map<String, Object>> valid) {
        Arbitrary<Object> wrongValue = Arbitraries.of("text", "", 1, -1, 1.5, true, false, List.of(), Map.of(),
                List.of(List.of(List.of())), 1e300, Long.MAX_VALUE, "1".repeat(100), Arrays.asList((Object) null));
        Arbitrary<Object> nullValue = Arbitraries.just("\u0000NULL");
        return Combinators.combine(valid, Arbitraries.integers().between(0, 11), Arbitraries.oneOf(wrongValue,
                nullValue), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12), Arbitraries.integers()
                .between(0, 10_000), Arbitraries.bytes()).as((body, kind, value, name, position, noise) -> {
                    Map<String, Object> map = new LinkedHashMap<>(body);
                    List<String> keys = new ArrayList<>(map.keySet());
                    String key = keys.get(position % keys.size());
                    switch (kind) {
                        case 0 -> map.remove(key);
                        case 1 -> map.put(key, value);
                        case 2 -> map.put(name, value);
                        case 3 -> map.put(key, new BigDecimal("1e" + (position % 40)).negate());
                        case 4 -> map.put(key, new BigDecimal("1e" + (position % 40 + 12)));
                        case 5 -> map.put("projectName", "p".repeat(position * 10));
                        case 6 -> map.put(key, "[".repeat(position % 3000) + "]".repeat(position % 3000));
                        default -> {
                        }
                    }
                    byte[] bytes = jsonText(map).replace("\"\\u0000NULL\"", "null").getBytes(StandardCharsets.UTF_8);
                    int at = Math.min(position, bytes.length - 1);
                    return switch (kind) {
                        case 7 -> Arrays.copyOf(bytes, at); // truncated
                        case 8 -> { // one byte replaced
                            byte[] damaged = bytes.clone();
                            damaged[at] = noise;
                            yield damaged;
                        }
                        case 9 -> ("[" + new String(bytes, StandardCharsets.UTF_8) + "]").getBytes(StandardCharsets.UTF_8);
                        case 10 -> (new String(bytes, StandardCharsets.UTF_8) + "}garbage").getBytes(StandardCharsets.UTF_8);
                        case 11 -> new String(bytes, StandardCharsets.UTF_8).replace("\":", "\" ")
                                .getBytes(StandardCharsets.UTF_8);
                        default -> bytes;
                    };
                });
    }

    // --- exchanges ------------------------------------------------------------------------------------------------------

    private record Exchange(String method, String path, int status, String contentType, String preferenceApplied,
                            String body, String challenge) {
        JsonNode json() throws Exception {
            return JSON.readTree(body);
        }

        /** The response is what the contract allows for this operation; a 404 or 405 outside it is a proper problem. */
        void conformsToContract() throws Exception {
            String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            boolean outsideContract = status == 405 || (status == 404 && !documented(bare))
                    || bare.startsWith("/q/");
            if (outsideContract) {
                if (status >= 400) {
                    assertTrue(contentType.startsWith("application/problem+json"), toString());
                    JsonNode problem = json();
                    assertEquals(status, problem.get("status").asInt(), toString());
                    for (String field : List.of("type", "title", "detail", "instance")) {
                        assertTrue(problem.hasNonNull(field), field + " in " + this);
                    }
                }
                return;
            }
            List<String> errors = Contract.errors(bare, method, status, contentType, preferenceApplied, body);
            assertTrue(errors.isEmpty(), errors + " for " + this);
        }

        private static boolean documented(String path) {
            return path.equals("/assessments") || path.equals("/assessments/batch") || path.equals("/roi-estimates")
                    || path.matches("/assessments/[^/]+")
                    || path.equals("/cost-comparisons")
                    || path.equals("/decision-tree")
                    || path.equals("/training-methods") || path.equals("/providers") || path.equals("/models")
                    || path.matches("/(training-methods|providers|models|problems)/[^/]+");
        }

        @Override
        public String toString() {
            return method + " " + path + " -> " + status + " " + contentType + " "
                    + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }

    private static Exchange send(String method, String path, byte[] body, String contentType, String language)
            throws Exception {
        return send(method, path, body, contentType, language, null);
    }

    private static Exchange send(String method, String path, byte[] body, String contentType, String language,
                                 String accept) throws Exception {
        return send(method, path, body, contentType, language, accept, null);
    }

    private static Exchange send(String method, String path, byte[] body, String contentType, String language,
                                 String accept, String prefer) throws Exception {
        return send(method, path, body, contentType, language, accept, prefer, null);
    }

    private static Exchange send(String method, String path, byte[] body, String contentType, String language,
                                 String accept, String prefer, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.base + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null && !contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        if (language != null && !language.isEmpty() && language.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            request.header("Accept-Language", language);
        }
        if (accept != null && !accept.isEmpty()) {
            request.header("Accept", accept);
        }
        if (prefer != null && !prefer.isBlank() && prefer.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            request.header("Prefer", prefer.strip());
        }
        if (authorization != null && !authorization.isEmpty()) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = PackagedService.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Exchange(method, path, response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Preference-Applied").orElse(null), response.body(),
                response.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    private static byte[] jsonBytes(Map<String, Object> body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String jsonText(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
