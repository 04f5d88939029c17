package dev.trainingadvisor.api;

import static dev.trainingadvisor.api.Contract.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trainingadvisor.api.market.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code POST /cost-comparisons} with {@code baseline} and {@code fineTune} (ADVISOR-RULES §12.2, §12.3). */
@QuarkusTest
class MarketCostComparisonResourceTest {
    private static final RestAssuredConfig DECIMALS = RestAssuredConfig.config().jsonConfig(JsonConfig.jsonConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** §12.2 example 1: explicit prices, a DEDICATED LoRA at $3.99 an hour, training $0.48, from 2026-12-01. */
    static Map<String, Object> example1() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("queriesPerMonth", 1_000_000);
        body.put("horizonMonths", 24);
        body.put("startDate", "2026-12-01");
        body.put("promptTokens", 800);
        body.put("retrievedTokens", 2_200);
        body.put("outputTokens", 300);
        body.put("fineTunedPromptTokens", 200);
        body.put("trainingTokens", 20_000_000);
        body.put("baseline", Map.of("prices", Map.of("inputUsd", 2.00, "outputUsd", 8.00)));
        body.put("fineTune", new LinkedHashMap<>(Map.of("servingMode", "DEDICATED", "replicaUsdPerHour", 3.99,
                "prices", Map.of("trainingUsd", 0.48))));
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fineTune(Map<String, Object> body, String field, Object value) {
        Map<String, Object> fineTune = new LinkedHashMap<>((Map<String, Object>) body.get("fineTune"));
        if (value == null) {
            fineTune.remove(field);
        } else {
            fineTune.put(field, value);
        }
        return with(body, "fineTune", fineTune);
    }

    private static Map<String, Object> offering(String id) {
        return with(example1(), "fineTune", Map.of("offering", id));
    }

    @Test
    void example1TheDedicatedLoraIsCheaperThanRagFromMonthOneAndFrom346798QueriesAMonth() {
        api().config(DECIMALS).contentType("application/json").body(example1()).post("/cost-comparisons").then()
                .statusCode(200)
                .body("options[1].perQueryUsd", equalTo(new BigDecimal("0.00840000")))
                .body("options[1].monthlyUsd", equalTo(new BigDecimal("8400.00")))
                .body("options[2].monthlyUsd", equalTo(new BigDecimal("2912.70")))
                .body("options[2].totalUsd", equalTo(new BigDecimal("69914.40")))
                .body("cheapest", equalTo("FINE_TUNED"))
                .body("breakEven[1].month", equalTo(1))
                .body("breakEven[1].queriesPerMonth", equalTo(346798))
                .body("fineTune.servingMode", equalTo("DEDICATED"))
                .body("fineTune.fixedMonthlyUsd", equalTo(new BigDecimal("2912.70")))
                .body("fineTune.replicas", equalTo(1))
                .body("fineTune", not(hasKey("inputUsd")))
                .body("baseline.inputUsd", equalTo(new BigDecimal("2.0")))
                .body("input.startDate", equalTo("2026-12-01"))
                .body("marketData", equalTo(null))
                .body("warnings.code", contains("HOURLY_SERVING", "CAPACITY_NOT_MODELLED"));
    }

    @Test
    void example2AgainstACheapBaselineTheFineTuneIsNoDearerOnlyFrom6935953Queries() {
        api().config(DECIMALS).contentType("application/json")
                .body(with(example1(), "baseline", Map.of("prices", Map.of("inputUsd", 0.10, "outputUsd", 0.40))))
                .post("/cost-comparisons").then().statusCode(200)
                .body("options[1].monthlyUsd", equalTo(new BigDecimal("420.00")))
                .body("breakEven[1].queriesPerMonth", equalTo(6935953));
    }

    @Test
    void hostingAt170AnHourIsAFixed1241AMonthAndTheHourlyWarningNamesTheVolumeThatMatchesIt() {
        Map<String, Object> body = with(example1(), "fineTune", Map.of("servingMode", "PER_TOKEN_PLUS_HOSTING",
                "hostingUsdPerHour", 1.70, "prices", Map.of("inputUsd", 2.00, "outputUsd", 8.00, "trainingUsd", 0.48)));
        api().config(DECIMALS).contentType("application/json").body(body).post("/cost-comparisons").then()
                .statusCode(200)
                .body("fineTune.fixedMonthlyUsd", equalTo(new BigDecimal("1241.00")))
                .body("fineTune.deployments", equalTo(1))
                .body("options[2].monthlyUsd", equalTo(new BigDecimal("4041.00")))
                .body("breakEven[1].queriesPerMonth", equalTo(221679))
                .body("warnings[0].message", equalTo("Each deployment carries an hourly hosting fee, used or not: "
                        + "$1,241 a month before the first query. The per-token part reaches the fixed part from "
                        + "443,215 queries a month."));
    }

    @Test
    void anOpenAiOfferingRetiresInMonthTwoAndItsForcedRetrainingIsChargedOnceWithItsMigration() {
        Map<String, Object> body = with(with(with(offering("openai-gpt-4o-mini-sft"), "retrainEveryMonths", 1),
                "setupCostUsd", Map.of("FINE_TUNED", 500)), "baseline", Map.of("model", "gpt-4o-mini-2024-07-18"));
        api().config(DECIMALS).contentType("application/json").body(body).post("/cost-comparisons").then()
                .statusCode(200)
                .body("fineTune.offering", equalTo("openai-gpt-4o-mini-sft"))
                .body("fineTune.retiresOn", equalTo("2027-01-14"))
                .body("fineTune.retrainings[0].month", equalTo(2))
                .body("fineTune.retrainings[0].reason", equalTo("BASE_RETIRES"))
                .body("fineTune.retrainings[0].usd", equalTo(new BigDecimal("560.00")))
                .body("fineTune.retrainings[1].reason", equalTo("SCHEDULED"))
                .body("fineTune.retrainings.month", not(hasItem(equalTo(1))))
                .body("marketData.version", equalTo("2026-12-02.1"))
                .body("warnings.code", contains("FINE_TUNE_RETIRES_WITHIN_HORIZON", "SUCCESSOR_ASSUMED",
                        "RETRAINING_NOT_OFFERED", "MODEL_RETIRES_WITHIN_HORIZON", "PROVIDER_CLOSING",
                        "SECONDARY_SOURCE", "ELIGIBILITY_LIMITED"))
                .body("prices.sources.about.flatten()", hasItems("fineTune.inputUsd", "fineTune.trainingUsd",
                        "baseline.inputUsd", "fineTune.retiresOn"));
    }

    @Test
    void anOfferingOfAClosedProviderIsRefusedOnTheStartDate() {
        api().contentType("application/json").body(with(offering("openai-gpt-4o-mini-sft"), "startDate", "2027-01-07"))
                .post("/cost-comparisons").then().statusCode(400)
                .body("errors.pointer", contains("/fineTune/offering"))
                .body("errors[0].detail", containsStringText("2027-01-06"));
        api().contentType("application/json").body(offering("azure-gpt-4.1-sft-hosted")).post("/cost-comparisons")
                .then().statusCode(400).body("errors.pointer", contains("/fineTune/offering"));
        api().contentType("application/json").body(offering("vertex-gemini-2.5-flash-lite-sft"))
                .post("/cost-comparisons").then().statusCode(400).body("errors.pointer", contains("/fineTune/offering"));
        api().contentType("application/json").body(with(offering("azure-gpt-4.1-sft-hosted"), "startDate",
                "2026-09-01")).post("/cost-comparisons").then().statusCode(200)
                .body("fineTune.fixedMonthlyUsd", equalTo(1241.0f));
    }

    @Test
    void aFigureTheOfferingLacksMustBeGivenAndThenIsUsed() {
        api().contentType("application/json").body(offering("bedrock-nova-micro-sft-on-demand"))
                .post("/cost-comparisons").then().statusCode(400)
                .body("errors.pointer", contains("/fineTune/prices/trainingUsd"))
                .body("errors[0].detail", containsStringText("bedrock-nova-micro-sft-on-demand"));
        api().contentType("application/json").body(with(example1(), "fineTune", Map.of("offering",
                        "bedrock-nova-micro-sft-on-demand", "prices", Map.of("trainingUsd", 1.0))))
                .post("/cost-comparisons").then().statusCode(200)
                .body("fineTune.inputUsd", equalTo(0.035f))
                .body("warnings.code", hasItems("SECONDARY_SOURCE", "ELIGIBILITY_LIMITED"));
    }

    @Test
    void whatComesFromTheOfferingOrDoesNotBelongToTheModeIsRefusedAtItsField() {
        Map<String, Object> body = with(example1(), "fineTune", Map.of("offering",
                "together-llama-3.1-8b-lora-dedicated", "servingMode", "PER_TOKEN", "retiresOn", "2027-06-01",
                "deployments", 2, "hostingUsdPerHour", 1));
        api().contentType("application/json").body(body).post("/cost-comparisons").then().statusCode(400)
                .body("errors.pointer", containsInAnyOrder("/fineTune/servingMode", "/fineTune/retiresOn",
                        "/fineTune/hostingUsdPerHour", "/fineTune/deployments"));
        api().contentType("application/json").body(fineTune(example1(), "prices", Map.of("inputUsd", 1,
                "trainingUsd", 1))).post("/cost-comparisons").then().statusCode(400)
                .body("errors.pointer", contains("/fineTune/prices/inputUsd"));
        api().contentType("application/json").body(fineTune(example1(), "replicaUsdPerHour", null))
                .post("/cost-comparisons").then().statusCode(400)
                .body("errors.pointer", contains("/fineTune/replicaUsdPerHour"));
        api().contentType("application/json").body(fineTune(example1(), "servingMode", null))
                .post("/cost-comparisons").then().statusCode(400)
                .body("errors.pointer", contains("/fineTune/servingMode"));
    }

    @Test
    void aFineTuneNeverUpCannotServeQueriesAndAnExplicitRetirementMustLieAfterTheStart() {
        api().contentType("application/json").body(fineTune(example1(), "hoursPerMonth", 0))
                .post("/cost-comparisons").then().statusCode(400)
                .body("errors.pointer", contains("/fineTune/hoursPerMonth"));
        api().contentType("application/json").body(with(fineTune(example1(), "hoursPerMonth", 0),
                "queriesPerMonth", 0)).post("/cost-comparisons").then().statusCode(200)
                .body("fineTune.fixedMonthlyUsd", equalTo(0.0f));
        api().contentType("application/json").body(fineTune(example1(), "retiresOn", "2026-12-01"))
                .post("/cost-comparisons").then().statusCode(400)
                .body("errors.pointer", contains("/fineTune/retiresOn"));
    }

    @Test
    void cachedTokensNeedACachedPriceWhichABaselineModelMayCarry() {
        api().contentType("application/json").body(with(example1(), "cachedTokens", 500)).post("/cost-comparisons")
                .then().statusCode(400).body("errors.pointer", contains("/cachedTokens"));
        api().config(DECIMALS).contentType("application/json").body(with(with(example1(), "cachedTokens", 500),
                        "baseline", Map.of("model", "gpt-6-luna"))).post("/cost-comparisons").then().statusCode(200)
                .body("baseline.cachedInputUsd", equalTo(new BigDecimal("0.01")))
                .body("options[0].perQueryUsd", equalTo(new BigDecimal("0.00018500")))
                .body("warnings.code", hasItem("SECONDARY_SOURCE"));
    }

    @Test
    void section11FieldsBesideASection12RequestAndSection12FieldsInASection11RequestAreRefused() {
        api().contentType("application/json").body(with(with(example1(), "model", "gpt-4o-mini-2024-07-18"),
                "prices", Map.of("inputUsd", 1))).post("/cost-comparisons").then().statusCode(400)
                .body("errors.pointer", contains("/model", "/prices"));
        Map<String, Object> onlyBaseline = new LinkedHashMap<>(example1());
        onlyBaseline.remove("fineTune");
        api().contentType("application/json").body(onlyBaseline).post("/cost-comparisons").then().statusCode(400)
                .body("errors.pointer", contains("/fineTune"));
        Map<String, Object> section11 = new LinkedHashMap<>(Bodies.costs());
        section11.put("startDate", "2026-12-01");
        section11.put("cachedTokens", 10);
        api().contentType("application/json").body(section11).post("/cost-comparisons").then().statusCode(400)
                .body("errors.pointer", contains("/cachedTokens", "/startDate"));
    }

    @Test
    void anUnknownOfferingOrBaselineModelIsRefusedNamingTheKnownOnes() {
        api().contentType("application/json").body(with(offering("llama-lora"), "baseline", Map.of("model", "gpt-9")))
                .post("/cost-comparisons").then().statusCode(400)
                .body("errors.pointer", containsInAnyOrder("/baseline/model", "/fineTune/offering"));
    }

    @Test
    void theStartDateDefaultsToTodayAndEveryTextComesInChinese() {
        Map<String, Object> body = new LinkedHashMap<>(example1());
        body.remove("startDate");
        api().header("Accept-Language", "zh").contentType("application/json").body(body).post("/cost-comparisons")
                .then().statusCode(200)
                .body("input.startDate", equalTo("2026-11-29"))
                .body("warnings[0].message", startsWith("专用副本按小时计费"));
    }

    @Test
    void volumeZeroLeavesOnlyTheFixedParts() {
        api().config(DECIMALS).contentType("application/json").body(with(example1(), "queriesPerMonth", 0))
                .post("/cost-comparisons").then().statusCode(200)
                .body("cheapest", equalTo("PROMPTING"))
                .body("options[2].totalUsd", equalTo(new BigDecimal("69914.40")))
                .body("breakEven[1].month", equalTo(null))
                .body("breakEven[1].monthReason", equalTo("NOT_CHEAPER_PER_MONTH"));
    }

    private static org.hamcrest.Matcher<String> containsStringText(String text) {
        return org.hamcrest.Matchers.containsString(text);
    }

    @Test
    void aDateThatIsNoCalendarDayOrHasATimeIsRefusedAtItsPointerInBothLanguages() {
        for (Object bad : List.of("2026-02-30", "2026-12-01T00:00:00Z", "2026-12-01T00:00:00", "20261201", "2026-1-1",
                "", 20261201, List.of(2026, 12, 1), Map.of("year", 2026))) {
            api().contentType("application/json").body(with(example1(), "startDate", bad)).post("/cost-comparisons")
                    .then().statusCode(400)
                    .body("type", equalTo("/problems/invalid-request"))
                    .body("errors.pointer", contains("/startDate"))
                    .body("errors[0].detail", containsString("calendar date"));
        }
        api().contentType("application/json").header("Accept-Language", "zh")
                .body(with(example1(), "startDate", "2026-02-30")).post("/cost-comparisons").then().statusCode(400)
                .body("errors.pointer", contains("/startDate"))
                .body("errors[0].detail", containsString("日历日期"));
        api().contentType("application/json").body(fineTune(example1(), "retiresOn", "2027-02-29"))
                .post("/cost-comparisons").then().statusCode(400)
                .body("errors.pointer", contains("/fineTune/retiresOn"))
                .body("errors[0].detail", containsString("calendar date"));
        api().contentType("application/json").body(with(example1(), "startDate", "2028-02-29"))
                .post("/cost-comparisons").then().statusCode(200).body("input.startDate", equalTo("2028-02-29"));
    }

    @Test
    void hugeFiguresInExponentFormAreRefusedAtTheirPointerNeverAnsweredAsInfinity() throws Exception {
        String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(example1());
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("/fineTune/replicaUsdPerHour", new String[] {"\"replicaUsdPerHour\":3.99", "\"replicaUsdPerHour\":"});
        cases.put("/baseline/prices/inputUsd", new String[] {"\"inputUsd\":2.0", "\"inputUsd\":"});
        cases.put("/fineTune/prices/trainingUsd", new String[] {"\"trainingUsd\":0.48", "\"trainingUsd\":"});
        cases.put("/queriesPerMonth", new String[] {"\"queriesPerMonth\":1000000", "\"queriesPerMonth\":"});
        cases.put("/trainingTokens", new String[] {"\"trainingTokens\":20000000", "\"trainingTokens\":"});
        for (Map.Entry<String, String[]> field : cases.entrySet()) {
            assertTrue(body.contains(field.getValue()[0]), body);
            for (String huge : List.of("1e308", "1E+308", "-1e308", "1e999999999", "9e99")) {
                String answer = api().contentType("application/json")
                        .body(body.replace(field.getValue()[0], field.getValue()[1] + huge))
                        .post("/cost-comparisons").then().statusCode(400)
                        .body("type", equalTo("/problems/invalid-request"))
                        .body("errors.pointer", everyItem(equalTo(field.getKey())))
                        .body("errors", not(empty()))
                        .extract().asString();
                assertFalse(answer.contains("Infinity"), answer);
            }
        }
    }
}
