package dev.trainingadvisor.api;

import static dev.trainingadvisor.api.Bodies.costs;
import static dev.trainingadvisor.api.Bodies.with;
import static dev.trainingadvisor.api.Bodies.without;
import static dev.trainingadvisor.api.Contract.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.trainingadvisor.api.market.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code POST /cost-comparisons} over HTTP: §11's figures, defaults, languages, and the price rules' 400s. */
@QuarkusTest
class CostComparisonResourceTest {
    private static final String GPT_4O_MINI = "gpt-4o-mini-2024-07-18";
    private static final RestAssuredConfig DECIMALS = RestAssuredConfig.config().jsonConfig(JsonConfig.jsonConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @Inject
    TestClock clock;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> prices(Map<String, Object> body) {
        return new LinkedHashMap<>((Map<String, Object>) body.get("prices"));
    }

    @Test
    void comparesTheIssuesExampleWithExplicitPrices() {
        api().config(DECIMALS).contentType("application/json").body(costs()).post("/cost-comparisons")
                .then().statusCode(200).contentType("application/json").header("Content-Language", "en")
                .body("input.horizonMonths", equalTo(24))
                .body("input.fineTunedPromptTokens", equalTo(800))
                .body("input.setupCostUsd.FINE_TUNED", equalTo(0))
                .body("prices.model", nullValue())
                .body("prices.given", contains("inputUsd", "outputUsd", "fineTunedInputUsd", "fineTunedOutputUsd",
                        "trainingUsd"))
                .body("options.option", contains("PROMPTING", "RAG", "FINE_TUNED"))
                .body("options[1].perQueryUsd", equalTo(new BigDecimal("0.00063000")))
                .body("options[2].perQueryUsd", equalTo(new BigDecimal("0.00060000")))
                .body("options[2].upfrontUsd", equalTo(new BigDecimal("9.00")))
                .body("options[2].monthlyUsd", equalTo(new BigDecimal("600.00")))
                .body("options[2].totalUsd", equalTo(new BigDecimal("14409.00")))
                .body("options[2].cumulativeUsd", hasSize(25))
                .body("cheapest", equalTo("PROMPTING"))
                .body("breakEven.against", contains("PROMPTING", "RAG"))
                .body("breakEven[0].month", nullValue())
                .body("breakEven[0].monthReason", equalTo("NOT_CHEAPER_PER_MONTH"))
                .body("breakEven[0].queriesPerMonth", nullValue())
                .body("breakEven[0].queriesPerMonthReason", equalTo("NOT_CHEAPER_PER_QUERY"))
                .body("breakEven[1].month", equalTo(1))
                .body("breakEven[1]", not(hasKey("monthReason")))
                .body("breakEven[1].queriesPerMonth", equalTo(12500))
                .body("breakEven[1]", not(hasKey("queriesPerMonthReason")))
                .body("warnings", hasSize(0))
                .body("marketData", nullValue())
                .body("prices.sources", hasSize(0))
                .body("summary", startsWith("At 1,000,000 queries a month over 24 months, the cheapest option is "
                        + "prompting"));
    }

    @Test
    void aModelOfTheMarketDataGivesTheSamePricesWithTheirSourcesAndItsWarnings() {
        api().config(DECIMALS).contentType("application/json")
                .body(with(without(costs(), "prices"), "model", GPT_4O_MINI)).post("/cost-comparisons")
                .then().statusCode(200)
                .body("prices.model", equalTo(GPT_4O_MINI))
                .body("prices.inputUsd", equalTo(new BigDecimal("0.15")))
                .body("prices.fineTunedOutputUsd", equalTo(new BigDecimal("1.2")))
                .body("prices.given", hasSize(0))
                .body("prices.sources.about.flatten()", hasItems("inputUsd", "outputUsd", "fineTunedInputUsd",
                        "fineTunedOutputUsd", "trainingUsd", "retiresOn", "status"))
                .body("prices.sources.url", everyItem(startsWith("https://")))
                .body("options[1].perQueryUsd", equalTo(new BigDecimal("0.00063000")))
                .body("options[2].perQueryUsd", equalTo(new BigDecimal("0.00060000")))
                .body("marketData.version", equalTo("2026-12-02.1"))
                .body("marketData.asOf", equalTo("2026-12-02"))
                // the tests' clock reads 2026-11-29: the horizon ends 2028-11-29
                .body("warnings.code", contains("MODEL_RETIRES_WITHIN_HORIZON", "PROVIDER_CLOSING"))
                .body("warnings[0].message", startsWith(GPT_4O_MINI + " retires on 2027-01-14"))
                .body("warnings[1].message", startsWith("OpenAI Fine-Tuning takes no new training jobs after 2027-01-06"));
    }

    @Test
    void explicitPricesOverrideTheModelsFieldByField() {
        Map<String, Object> training = Map.of("trainingUsd", 25);
        api().config(DECIMALS).contentType("application/json")
                .body(with(with(costs(), "prices", training), "model", GPT_4O_MINI)).post("/cost-comparisons")
                .then().statusCode(200)
                .body("prices.given", contains("trainingUsd"))
                .body("prices.trainingUsd", equalTo(25))
                .body("prices.inputUsd", equalTo(new BigDecimal("0.15")))
                .body("prices.sources.about.flatten()", not(hasItem("trainingUsd")))
                // 3M training tokens at 25 per 1M
                .body("options[2].upfrontUsd", equalTo(new BigDecimal("75.00")));
    }

    @Test
    void aHorizonThatEndsBeforeTheProvidersDatesDoesNotWarn() {
        api().contentType("application/json")
                .body(with(with(without(costs(), "prices"), "model", GPT_4O_MINI), "horizonMonths", 1))
                .post("/cost-comparisons").then().statusCode(200).body("warnings", hasSize(0));
    }

    @Test
    void staleMarketDataAndDatesAlreadyPastAreSaid() {
        clock.set(Instant.parse("2027-12-01T00:00:00Z"));
        try {
            api().contentType("application/json").header("Accept-Language", "zh")
                    .body(with(without(costs(), "prices"), "model", GPT_4O_MINI)).post("/cost-comparisons")
                    .then().statusCode(200)
                    .body("warnings.code", contains("MODEL_RETIRES_WITHIN_HORIZON", "PROVIDER_CLOSING",
                            "MARKET_DATA_STALE"))
                    .body("warnings[0].message", containsString("已于 2027-01-14 下线"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void anUnknownModelIsA400AtModelListingTheKnownOnes() {
        api().contentType("application/json").body(with(costs(), "model", "gpt-5-turbo")).post("/cost-comparisons")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", contains("/model"))
                .body("errors[0].detail", containsString(GPT_4O_MINI));
    }

    @Test
    void retrainingEverySixMonthsAddsThreeTrainingsOverTwoYears() {
        api().config(DECIMALS).contentType("application/json").body(with(costs(), "retrainEveryMonths", 6))
                .post("/cost-comparisons").then().statusCode(200)
                .body("options[2].cumulativeUsd[7]", equalTo(new BigDecimal("4218.00")))
                .body("options[2].totalUsd", equalTo(new BigDecimal("14436.00")))
                .body("breakEven[1].queriesPerMonth", equalTo(50000));
    }

    @Test
    void zeroVolumeCostsOnlyWhatIsFixed() {
        api().config(DECIMALS).contentType("application/json")
                .body(with(with(costs(), "queriesPerMonth", 0), "ragMonthlyUsd", 50)).post("/cost-comparisons")
                .then().statusCode(200)
                .body("options.totalUsd", contains(new BigDecimal("0.00"), new BigDecimal("1200.00"),
                        new BigDecimal("9.00")))
                .body("breakEven[1].queriesPerMonth", equalTo(0));
    }

    @Test
    void answersInChinese() {
        api().contentType("application/json").header("Accept-Language", "zh-CN").body(costs())
                .post("/cost-comparisons").then().statusCode(200).header("Content-Language", "zh-CN")
                .body("language", equalTo("zh-CN"))
                .body("summary", startsWith("每月 1,000,000 次查询"));
    }

    @Test
    void withoutModelOrPricesTheModelIsRequired() {
        api().contentType("application/json").body(without(costs(), "prices")).post("/cost-comparisons")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-request"))
                .body("errors.pointer", contains("/model"));
    }

    @Test
    void eachMissingPriceIsNamedWithTheOptionThatNeedsIt() {
        Map<String, Object> prices = prices(costs());
        prices.remove("fineTunedInputUsd");
        prices.remove("trainingUsd");
        api().contentType("application/json").body(with(costs(), "prices", prices)).post("/cost-comparisons")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", contains("/prices/fineTunedInputUsd", "/prices/trainingUsd"))
                .body("errors[0].detail", startsWith("is required: FINE_TUNED needs this price"));
    }

    @Test
    void anUnknownPriceOrSetupOptionIsRefused() {
        Map<String, Object> prices = prices(costs());
        prices.put("cachedInputUsd", 0.075);
        api().contentType("application/json").body(with(costs(), "prices", prices)).post("/cost-comparisons")
                .then().statusCode(400).body("errors.pointer", contains("/prices/cachedInputUsd"));
        api().contentType("application/json").body(with(costs(), "setupCostUsd", Map.of("TRAINING", 1)))
                .post("/cost-comparisons").then().statusCode(400)
                .body("errors.pointer", contains("/setupCostUsd/TRAINING"));
    }

    @Test
    void boundsAreEnforcedWithPointers() {
        Map<String, Object> prices = prices(costs());
        prices.put("trainingUsd", new BigDecimal("0.0000001"));
        api().contentType("application/json").body(with(with(with(costs(), "prices", prices), "promptTokens",
                        10_000_001), "queriesPerMonth", -1)).post("/cost-comparisons")
                .then().statusCode(400)
                .body("errors.pointer", equalTo(List.of("/prices/trainingUsd", "/promptTokens", "/queriesPerMonth")));
        api().contentType("application/json").body(with(costs(), "setupCostUsd", Map.of("RAG", -1)))
                .post("/cost-comparisons").then().statusCode(400)
                .body("errors.pointer", contains("/setupCostUsd/RAG"));
    }
}
