package dev.trainingadvisor.api;

import static dev.trainingadvisor.api.Bodies.costs;
import static dev.trainingadvisor.api.Bodies.json;
import static dev.trainingadvisor.api.Bodies.profile;
import static dev.trainingadvisor.api.Bodies.roi;
import static dev.trainingadvisor.api.Bodies.with;
import static dev.trainingadvisor.api.Bodies.without;
import static dev.trainingadvisor.api.Contract.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input gets its documented 4xx problem, with a JSON Pointer to the client's own property where
 * there is one, and never a 5xx, a stack trace or a class name. Responses are checked against the contract.
 */
@QuarkusTest
class BadInputTest {
    static final String INVALID = "/problems/invalid-request";
    static final String MALFORMED = "/problems/malformed-json";

    static Stream<Arguments> badAssessments() {
        Map<String, Object> ok = profile();
        return Stream.of(
                // malformed JSON
                bad("malformedSyntax", "{\"usesPrivateData\" false}", MALFORMED, null),
                bad("truncatedDocument", "{\"usesPrivateData\": false,", MALFORMED, null),
                bad("trailingGarbage", json(ok) + " x", MALFORMED, null),
                bad("twoDocuments", json(ok) + json(ok), MALFORMED, null),
                bad("singleQuotes", "{'usesPrivateData': false}", MALFORMED, null),
                bad("commentInJson", "{/* hi */ \"usesPrivateData\": false}", MALFORMED, null),
                bad("nanNumber", json(ok).replace("10000}", "NaN}"), MALFORMED, null),
                // the body as a whole
                bad("emptyBody", "", INVALID, ""),
                bad("nullBody", "null", INVALID, ""),
                bad("arrayBody", "[" + json(ok) + "]", INVALID, ""),
                bad("stringBody", "\"assess me\"", INVALID, ""),
                bad("numberBody", "42", INVALID, ""),
                // unknown properties
                bad("unknownProperty", json(with(ok, "fineTune", true)), INVALID, "/fineTune"),
                bad("misspelledProperty", json(with(without(ok, "labeledExamples"), "labelledExamples", 10)),
                        INVALID, "/labelledExamples"),
                bad("wrongCaseProperty", json(with(ok, "UsesPrivateData", true)), INVALID, "/UsesPrivateData"),
                bad("propertyWithSlashIsEscapedInThePointer", json(with(ok, "a/b~c", 1)), INVALID, "/a~1b~0c"),
                bad("duplicateKey", json(ok).replace("{", "{\"usesPrivateData\": true,"), INVALID,
                        "/usesPrivateData"),
                // required fields: missing and null
                bad("missingUsesPrivateData", json(without(ok, "usesPrivateData")), INVALID, "/usesPrivateData"),
                bad("missingDesiredChange", json(without(ok, "desiredChange")), INVALID, "/desiredChange"),
                bad("missingLabeledExamples", json(without(ok, "labeledExamples")), INVALID, "/labeledExamples"),
                bad("missingMlExpertise", json(without(ok, "mlExpertise")), INVALID, "/mlExpertise"),
                bad("missingTrainingBudget", json(without(ok, "trainingBudgetUsd")), INVALID, "/trainingBudgetUsd"),
                bad("nullForRequiredBoolean", json(with(ok, "usesPrivateData", null)), INVALID, "/usesPrivateData"),
                bad("nullForRequiredNumber", json(with(ok, "labeledExamples", null)), INVALID, "/labeledExamples"),
                bad("nullListElement", json(with(ok, "ragOptimizations", java.util.Arrays.asList("RERANKING", null))),
                        INVALID, "/ragOptimizations/1"),
                // wrong JSON types
                bad("stringForBoolean", json(with(ok, "usesPrivateData", "true")), INVALID, "/usesPrivateData"),
                bad("numberForBoolean", json(with(ok, "usesPrivateData", 1)), INVALID, "/usesPrivateData"),
                bad("stringForInteger", json(with(ok, "labeledExamples", "10000")), INVALID, "/labeledExamples"),
                bad("booleanForInteger", json(with(ok, "labeledExamples", true)), INVALID, "/labeledExamples"),
                bad("stringForMoney", json(with(ok, "trainingBudgetUsd", "10000")), INVALID, "/trainingBudgetUsd"),
                bad("numberForString", json(with(ok, "projectName", 7)), INVALID, "/projectName"),
                bad("objectForString", json(with(ok, "projectName", Map.of("a", 1))), INVALID, "/projectName"),
                bad("numberForEnum", json(with(ok, "desiredChange", 1)), INVALID, "/desiredChange"),
                bad("unknownEnumCode", json(with(ok, "mlExpertise", "SOME")), INVALID, "/mlExpertise"),
                bad("lowerCaseEnumCode", json(with(ok, "mlExpertise", "in_house")), INVALID, "/mlExpertise"),
                bad("stringForList", json(with(ok, "ragOptimizations", "RERANKING")), INVALID, "/ragOptimizations"),
                bad("objectForList", json(with(ok, "promptTechniques", Map.of())), INVALID, "/promptTechniques"),
                bad("unknownCodeInList", json(with(ok, "promptTechniques", List.of("ZERO_SHOT"))), INVALID,
                        "/promptTechniques/0"),
                // fractions where whole numbers are required
                bad("fractionalExamples", json(with(ok, "labeledExamples", 1.9)), INVALID, "/labeledExamples"),
                bad("fractionalProviders", json(with(ok, "providersTested", 2.5)), INVALID, "/providersTested"),
                bad("exponentForInteger", json(ok).replace("\"labeledExamples\":10000", "\"labeledExamples\":1e4"),
                        INVALID, "/labeledExamples"),
                // duplicates in sets
                bad("duplicateOptimization", json(with(ok, "ragOptimizations", List.of("RERANKING", "RERANKING"))),
                        INVALID, "/ragOptimizations"),
                bad("duplicateTechnique", json(with(ok, "promptTechniques", List.of("FEW_SHOT", "FEW_SHOT"))),
                        INVALID, "/promptTechniques"),
                // out of range
                bad("negativeExamples", json(with(ok, "labeledExamples", -1)), INVALID, "/labeledExamples"),
                bad("tooManyExamples", json(with(ok, "labeledExamples", 1_000_000_001L)), INVALID, "/labeledExamples"),
                bad("examplesBeyondLong", json(ok).replace("10000,", "123456789012345678901234567890,"), INVALID,
                        "/labeledExamples"),
                bad("negativeBudget", json(with(ok, "trainingBudgetUsd", -0.01)), INVALID, "/trainingBudgetUsd"),
                bad("budgetOverTheBound", json(with(ok, "trainingBudgetUsd", new java.math.BigDecimal("1000000000000.01"))),
                        INVALID, "/trainingBudgetUsd"),
                bad("hugeExponentBudget", json(ok).replace("\"trainingBudgetUsd\":10000", "\"trainingBudgetUsd\":1e999999999"),
                        INVALID, "/trainingBudgetUsd"),
                bad("tinyExponentBudget", json(ok).replace("\"trainingBudgetUsd\":10000", "\"trainingBudgetUsd\":1e-999999999"),
                        INVALID, "/trainingBudgetUsd"),
                bad("tooManyDecimals", json(with(ok, "trainingBudgetUsd", new java.math.BigDecimal("10000.00001"))),
                        INVALID, "/trainingBudgetUsd"),
                bad("accuracyOverHundred", json(with(ok, "ragAccuracyPercent", 100.01)), INVALID, "/ragAccuracyPercent"),
                bad("negativeAccuracy", json(with(ok, "ragAccuracyPercent", -1)), INVALID, "/ragAccuracyPercent"),
                bad("negativeHours", json(with(ok, "humanFeedbackHours", -5)), INVALID, "/humanFeedbackHours"),
                bad("negativeSpend", json(with(ok, "monthlyApiSpendUsd", -5)), INVALID, "/monthlyApiSpendUsd"),
                bad("tooManyProviders", json(with(ok, "providersTested", 1001)), INVALID, "/providersTested"),
                bad("emptyProjectName", json(with(ok, "projectName", "")), INVALID, "/projectName"),
                bad("projectNameOf201Characters", json(with(ok, "projectName", "x".repeat(201))), INVALID,
                        "/projectName"),
                bad("veryLongString", json(with(ok, "projectName", "y".repeat(60_000))), INVALID, "/projectName"),
                // deep nesting is refused at its first token: it never costs more than a 400
                bad("deepNestingWhereAStringGoes", "{\"projectName\": " + "[".repeat(20_000) + "]".repeat(20_000) + "}",
                        INVALID, "/projectName"),
                bad("deepNestingAsTheBody", "[".repeat(30_000) + "]".repeat(30_000), INVALID, ""),
                bad("nestedWhereAScalarGoes", json(with(ok, "usesPrivateData", List.of(List.of(List.of(true))))),
                        INVALID, "/usesPrivateData"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAssessments")
    void badAssessmentGetsItsProblem(String name, String body, String type, String pointer) {
        // Sent as bytes, exactly as written: RestAssured takes seconds to handle a deeply nested String body.
        // Under ruleset 1, which requires the five fields the missing-field cases leave out.
        ValidatableResponse response = api().queryParam("ruleset", "1").contentType("application/json")
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/assessments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(type)).body("status", equalTo(400)).body("instance", equalTo("/assessments"));
        if (pointer != null) {
            response.body("errors.pointer", hasItem(pointer));
        }
        assertNoLeak(response.extract().asString());
    }

    static Stream<Arguments> badEstimates() {
        Map<String, Object> ok = roi();
        return Stream.of(
                bad("missingSpend", json(without(ok, "monthlyApiSpendUsd")), INVALID, "/monthlyApiSpendUsd"),
                bad("missingReduction", json(without(ok, "expectedSpendReductionPercent")), INVALID,
                        "/expectedSpendReductionPercent"),
                bad("missingTrainingCost", json(without(ok, "trainingCostUsd")), INVALID, "/trainingCostUsd"),
                bad("reductionOverHundred", json(with(ok, "expectedSpendReductionPercent", 101)), INVALID,
                        "/expectedSpendReductionPercent"),
                bad("zeroHorizon", json(with(ok, "horizonMonths", 0)), INVALID, "/horizonMonths"),
                bad("horizonOf121Months", json(with(ok, "horizonMonths", 121)), INVALID, "/horizonMonths"),
                bad("fractionalHorizon", json(with(ok, "horizonMonths", 12.5)), INVALID, "/horizonMonths"),
                bad("zeroRetrainingInterval", json(with(ok, "retrainingIntervalMonths", 0)), INVALID,
                        "/retrainingIntervalMonths"),
                bad("negativeOperatingCost", json(with(ok, "monthlyOperatingCostUsd", -1)), INVALID,
                        "/monthlyOperatingCostUsd"),
                bad("stringForMoney", json(with(ok, "trainingCostUsd", "10k")), INVALID, "/trainingCostUsd"),
                bad("unknownProperty", json(with(ok, "currency", "EUR")), INVALID, "/currency"),
                bad("nullForRequired", json(with(ok, "trainingCostUsd", null)), INVALID, "/trainingCostUsd"),
                bad("emptyBody", "", INVALID, ""),
                bad("malformed", "{\"monthlyApiSpendUsd\": }", MALFORMED, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEstimates")
    void badRoiEstimateGetsItsProblem(String name, String body, String type, String pointer) {
        ValidatableResponse response = api().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/roi-estimates")
                .then().statusCode(400).contentType("application/problem+json").body("type", equalTo(type));
        if (pointer != null) {
            response.body("errors.pointer", hasItem(pointer));
        }
        assertNoLeak(response.extract().asString());
    }

    static Stream<Arguments> badCostComparisons() {
        Map<String, Object> ok = costs();
        @SuppressWarnings("unchecked")
        Map<String, Object> prices = (Map<String, Object>) ok.get("prices");
        return Stream.of(
                bad("missingVolume", json(without(ok, "queriesPerMonth")), INVALID, "/queriesPerMonth"),
                bad("missingPromptTokens", json(without(ok, "promptTokens")), INVALID, "/promptTokens"),
                bad("missingOutputTokens", json(without(ok, "outputTokens")), INVALID, "/outputTokens"),
                bad("missingTrainingTokens", json(without(ok, "trainingTokens")), INVALID, "/trainingTokens"),
                bad("nullVolume", json(with(ok, "queriesPerMonth", null)), INVALID, "/queriesPerMonth"),
                bad("negativeVolume", json(with(ok, "queriesPerMonth", -1)), INVALID, "/queriesPerMonth"),
                bad("volumeOverTheBound", json(with(ok, "queriesPerMonth", 1_000_000_000_001L)), INVALID,
                        "/queriesPerMonth"),
                bad("volumeBeyondLong", json(ok).replace("1000000,", "123456789012345678901234567890,"), INVALID,
                        "/queriesPerMonth"),
                bad("fractionalVolume", json(with(ok, "queriesPerMonth", 10.5)), INVALID, "/queriesPerMonth"),
                bad("stringForTokens", json(with(ok, "promptTokens", "800")), INVALID, "/promptTokens"),
                bad("negativeFewShotTokens", json(with(ok, "fewShotTokens", -1)), INVALID, "/fewShotTokens"),
                bad("tooManyRetrievedTokens", json(with(ok, "retrievedTokens", 10_000_001)), INVALID,
                        "/retrievedTokens"),
                bad("tooManyFineTunedPromptTokens", json(with(ok, "fineTunedPromptTokens", 10_000_001)), INVALID,
                        "/fineTunedPromptTokens"),
                bad("tooManyTrainingTokens", json(with(ok, "trainingTokens", 1_000_000_000_001L)), INVALID,
                        "/trainingTokens"),
                bad("zeroHorizon", json(with(ok, "horizonMonths", 0)), INVALID, "/horizonMonths"),
                bad("horizonOf121Months", json(with(ok, "horizonMonths", 121)), INVALID, "/horizonMonths"),
                bad("negativeRetraining", json(with(ok, "retrainEveryMonths", -1)), INVALID, "/retrainEveryMonths"),
                bad("retrainingOf121Months", json(with(ok, "retrainEveryMonths", 121)), INVALID,
                        "/retrainEveryMonths"),
                bad("negativeRagRunningCost", json(with(ok, "ragMonthlyUsd", -0.01)), INVALID, "/ragMonthlyUsd"),
                bad("ragRunningCostWithTooManyDecimals", json(with(ok, "ragMonthlyUsd", new java.math.BigDecimal(
                        "1.00001"))), INVALID, "/ragMonthlyUsd"),
                bad("emptyModel", json(with(ok, "model", "")), INVALID, "/model"),
                bad("numberForModel", json(with(ok, "model", 4)), INVALID, "/model"),
                bad("pricesAsAList", json(with(ok, "prices", List.of(1, 2))), INVALID, "/prices"),
                bad("pricesAsAString", json(with(ok, "prices", "cheap")), INVALID, "/prices"),
                bad("negativePrice", json(with(ok, "prices", with(prices, "inputUsd", -0.15))), INVALID,
                        "/prices/inputUsd"),
                bad("priceOverTheBound", json(with(ok, "prices", with(prices, "outputUsd", 1_000_001))), INVALID,
                        "/prices/outputUsd"),
                bad("priceWithSevenDecimals", json(with(ok, "prices", with(prices, "trainingUsd",
                        new java.math.BigDecimal("0.0000001")))), INVALID, "/prices/trainingUsd"),
                bad("stringForPrice", json(with(ok, "prices", with(prices, "fineTunedInputUsd", "0.3"))), INVALID,
                        "/prices/fineTunedInputUsd"),
                bad("hugeExponentPrice", json(ok).replace("\"inputUsd\":0.15", "\"inputUsd\":1e999999999"), INVALID,
                        "/prices/inputUsd"),
                bad("nullPriceIsAMissingPrice", json(with(ok, "prices", with(prices, "trainingUsd", null))), INVALID,
                        "/prices/trainingUsd"),
                bad("unknownPrice", json(with(ok, "prices", with(prices, "cachedInputUsd", 0.075))), INVALID,
                        "/prices/cachedInputUsd"),
                bad("duplicatePrice", json(ok).replace("\"inputUsd\":0.15", "\"inputUsd\":0.15,\"inputUsd\":0.2"),
                        INVALID, null),
                bad("unknownSetupOption", json(with(ok, "setupCostUsd", Map.of("TRAINING", 1))), INVALID,
                        "/setupCostUsd/TRAINING"),
                bad("lowerCaseSetupOption", json(with(ok, "setupCostUsd", Map.of("rag", 1))), INVALID,
                        "/setupCostUsd/rag"),
                bad("negativeSetupCost", json(with(ok, "setupCostUsd", Map.of("FINE_TUNED", -1))), INVALID,
                        "/setupCostUsd/FINE_TUNED"),
                bad("setupCostsAsANumber", json(with(ok, "setupCostUsd", 5000)), INVALID, "/setupCostUsd"),
                bad("unknownProperty", json(with(ok, "currency", "EUR")), INVALID, "/currency"),
                bad("emptyBody", "", INVALID, ""),
                bad("malformed", "{\"queriesPerMonth\": }", MALFORMED, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCostComparisons")
    void badCostComparisonGetsItsProblem(String name, String body, String type, String pointer) {
        ValidatableResponse response = api().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/cost-comparisons")
                .then().statusCode(400).contentType("application/problem+json").body("type", equalTo(type))
                .body("instance", equalTo("/cost-comparisons"));
        if (pointer != null) {
            response.body("errors.pointer", hasItem(pointer));
        }
        assertNoLeak(response.extract().asString());
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        Map<String, Object> body = with(with(with(profile(), "labeledExamples", -1), "usesPrivateData", null),
                "trainingBudgetUsd", -5);
        api().contentType("application/json").body(body).post("/assessments")
                .then().statusCode(400)
                .body("errors.pointer", equalTo(List.of("/labeledExamples", "/trainingBudgetUsd", "/usesPrivateData")));
    }

    @Test
    void nonUtf8BytesAreMalformedJson() {
        byte[] latin1 = "{\"projectName\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        api().contentType("application/json").body(latin1).post("/assessments")
                .then().statusCode(400).body("type", equalTo(MALFORMED));
        api().contentType("application/json").body(new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x7b})
                .post("/assessments").then().statusCode(400).body("type", equalTo(MALFORMED));
    }

    @Test
    void wrongContentTypeIs415() {
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
            api().contentType(type).body(json(profile())).post("/assessments")
                    .then().statusCode(415).contentType("application/problem+json")
                    .body("type", equalTo("/problems/unsupported-media-type"));
        }
    }

    @Test
    void bodyOver64KiBIs413WhetherItsLengthIsDeclaredOrNot() throws IOException, InterruptedException {
        String big = json(with(profile(), "projectName", "z".repeat(70_000)));
        api().contentType("application/json").body(big).post("/assessments")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"));
        // Without a Content-Length (chunked), the limit applies while the body is read.
        java.net.http.HttpResponse<String> chunked = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/assessments"))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                                () -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        org.junit.jupiter.api.Assertions.assertEquals(413, chunked.statusCode());
        org.junit.jupiter.api.Assertions.assertEquals("application/problem+json",
                chunked.headers().firstValue("Content-Type").orElse(""));
        assertTrue(chunked.body().contains("/problems/payload-too-large"), chunked.body());
    }

    @Test
    void aSmallGzipBodyThatExpandsPast64KiBIs413() throws IOException {
        byte[] bomb = gzip(json(with(profile(), "projectName", "b".repeat(1_000_000))));
        assertTrue(bomb.length < 10_000);
        api().contentType("application/json").header("Content-Encoding", "gzip").body(bomb).post("/assessments")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aGzipBodyWithinTheLimitIsAccepted() throws IOException {
        api().contentType("application/json").header("Content-Encoding", "gzip").body(gzip(json(profile())))
                .post("/assessments").then().statusCode(200).body("approach", equalTo("HIRE_ML_ENGINEER"));
    }

    /**
     * RFC 1952 §2.2: after a gzip member comes another member or nothing; other bytes make the body corrupt, a 400 as
     * for any body that is not its coding (they were ignored). Deflate likewise after the stream's end. Members one
     * after another are read as their contents one after another.
     */
    @Test
    void aCodedBodyWithBytesAfterItsEndIs400AndGzipMembersOneAfterAnotherAreOneBody() throws IOException {
        String body = json(profile());
        byte[] garbage = " trailing bytes".getBytes(StandardCharsets.UTF_8);
        api().contentType("application/json").header("Content-Encoding", "gzip").body(concat(gzip(body), garbage))
                .post("/assessments").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-request"))
                .body("detail", containsString("Content-Encoding"));
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (var out = new java.util.zip.DeflaterOutputStream(deflated)) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        }
        api().contentType("application/json").header("Content-Encoding", "deflate")
                .body(concat(deflated.toByteArray(), garbage)).post("/assessments").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-request"))
                .body("detail", containsString("Content-Encoding"));
        int half = body.length() / 2;
        api().contentType("application/json").header("Content-Encoding", "gzip")
                .body(concat(gzip(body.substring(0, half)), gzip(body.substring(half))))
                .post("/assessments").then().statusCode(200).body("approach", equalTo("HIRE_ML_ENGINEER"));
    }

    /**
     * A body past Quarkus REST's 10 KiB input buffer and within the 64 KiB limit is read whole however it is framed:
     * gzip-encoded or chunked (no Content-Length) it was cut at 10,240 bytes and refused as not UTF-8 (breaker).
     */
    @Test
    void aBatchOver10KiBIsReadWholeWhenGzippedOrChunked() throws IOException, InterruptedException {
        String batch = json(Map.of("profiles", java.util.Collections.nCopies(100, profile())));
        assertTrue(batch.length() > 12_000 && batch.length() < 60_000, "length " + batch.length());
        api().contentType("application/json").header("Content-Encoding", "gzip").body(gzip(batch))
                .post("/assessments/batch").then().statusCode(200).body("results.size()", equalTo(100));
        java.net.http.HttpResponse<String> chunked = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                                        + "/assessments/batch"))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                                () -> new java.io.ByteArrayInputStream(batch.getBytes(StandardCharsets.UTF_8))))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        org.junit.jupiter.api.Assertions.assertEquals(200, chunked.statusCode(), chunked.body());
    }

    @Test
    void problemsAreInTheRequestedLanguage() {
        api().contentType("application/json").header("Accept-Language", "zh")
                .body(json(with(profile(), "labeledExamples", -1))).post("/assessments")
                .then().statusCode(400).header("Content-Language", "zh-CN")
                .body("title", equalTo("请求无效"))
                .body("errors[0].pointer", equalTo("/labeledExamples"))
                .body("errors[0].detail", equalTo("不能小于 0"));
    }

    static void assertNoLeak(String body) {
        assertFalse(Bodies.LEAK.matcher(body).find(), "leaks internals: " + body);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static Arguments bad(String name, String body, String type, String pointer) {
        return Arguments.of(name, body, type, pointer);
    }
}
