package dev.trainingadvisor.api;

import static dev.trainingadvisor.api.Contract.api;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.trainingadvisor.api.market.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /providers}: the guide's four with the guide's own figures beside today's market entry, the current
 * providers, the filters (ADVISOR-RULES §5, §10), and staleness by the clock.
 */
@QuarkusTest
class ProviderResourceTest {
    private static final List<String> ALL = List.of("openai-fine-tuning", "anthropic", "huggingface-autotrain",
            "replicate", "together-ai", "fireworks-ai", "azure-ai-foundry", "cohere", "google-vertex-ai", "aws-bedrock");

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void listsTheGuidesFourFirstThenTodaysProvidersWithStatusAndMarketData() {
        api().get("/providers").then().statusCode(200)
                .body("marketData.version", equalTo("2026-12-02.1"))
                .body("marketData.asOf", equalTo("2026-12-02"))
                .body("warnings", hasSize(0))
                .body("providers.id", equalTo(ALL))
                .body("providers.status", equalTo(List.of("CLOSING", "DISCONTINUED", "DISCONTINUED", "AVAILABLE",
                        "AVAILABLE", "AVAILABLE", "AVAILABLE", "DISCONTINUED", "AVAILABLE", "AVAILABLE")))
                .body("providers[0].newJobsUntil", equalTo("2027-01-06"))
                .body("providers[0].discontinuedOn", equalTo("2027-01-14"))
                .body("providers[1].discontinuedOn", equalTo("2026-09-10"))
                .body("providers[7].discontinuedOn", equalTo("2025-09-15"))
                .body("providers[3]", not(hasKey("newJobsUntil")))
                .body("providers[4].pricing.trainingUsd.min", equalTo(0.48f))
                .body("providers[4].pricing.trainingUsd.unit", equalTo("PER_MILLION_TRAINING_TOKENS"))
                .body("providers[1].pricing.model", equalTo("NOT_OFFERED"))
                .body("providers[1].pricing", not(hasKey("trainingUsd")));
    }

    @Test
    void keepsTheGuidesFiguresUnderGuideWithoutADate() {
        api().get("/providers").then().statusCode(200)
                .body("providers[0].guide.startingCostUsd.min", equalTo(1200))
                .body("providers[0].guide.plusUsage", equalTo(true))
                .body("providers[0].guide.methods", equalTo(List.of("SFT")))
                .body("providers[1].guide.startingCostUsd", nullValue())
                .body("providers[1].guide.pricingUnit", equalTo("CONTACT_SALES"))
                .body("providers[3].guide.startingCostUsd.min", equalTo(0.50f))
                .body("providers[3].guide.pricingUnit", equalTo("PER_TRAINING_RUN"))
                .body("providers[2].guide.caveat.needsMlExpertiseFor", hasSize(4))
                .body("providers.guide", everyItem(not(hasKey("pricesAsOf"))))
                .body("providers[0]", not(hasKey("pricesAsOf")))
                .body("providers[4]", not(hasKey("guide")));
    }

    @Test
    void everyStatusAndPriceNamesItsSourceAndTheDayItWasRead() {
        api().get("/providers").then().statusCode(200)
                .body("providers.sources.flatten().url", everyItem(startsWith("https://")))
                .body("providers.sources.flatten().readOn",
                        everyItem(anyOf(equalTo("2026-11-29"), equalTo("2026-12-02"))))
                .body("providers.collect { it.sources.collectMany { s -> s.about } as Set }",
                        everyItem(hasItem("status")))
                .body("providers.collect { it.sources.collectMany { s -> s.about } as Set }",
                        everyItem(hasItem("methods")));
    }

    @Test
    void filtersByMethodStatusAndTheGuidesStartingCost() {
        api().queryParam("status", "AVAILABLE").get("/providers").then().statusCode(200)
                .body("providers.id", equalTo(List.of("replicate", "together-ai", "fireworks-ai", "azure-ai-foundry",
                        "google-vertex-ai", "aws-bedrock")));
        api().queryParam("status", "CLOSING").get("/providers").then().statusCode(200)
                .body("providers.id", equalTo(List.of("openai-fine-tuning")));
        api().queryParam("method", "RFT").get("/providers").then().statusCode(200)
                .body("providers.id", equalTo(List.of("openai-fine-tuning", "fireworks-ai", "azure-ai-foundry",
                        "google-vertex-ai", "aws-bedrock")));
        api().queryParam("method", "DPO").queryParam("status", "AVAILABLE").get("/providers").then().statusCode(200)
                .body("providers.id", equalTo(List.of("together-ai", "fireworks-ai", "azure-ai-foundry",
                        "google-vertex-ai")));
        api().queryParam("maxStartingCostUsd", "1000").get("/providers").then().statusCode(200)
                .body("providers.id", equalTo(List.of("huggingface-autotrain", "replicate")));
        api().queryParam("maxStartingCostUsd", "0.49").get("/providers").then().statusCode(200)
                .body("providers", hasSize(0));
    }

    @Test
    void aProviderWithoutAPublishedGuidePriceNeverPassesAMaximumCost() {
        api().queryParam("maxStartingCostUsd", "1000000000000").get("/providers").then().statusCode(200)
                .body("providers.id", equalTo(List.of("openai-fine-tuning", "huggingface-autotrain", "replicate")));
    }

    @Test
    void badFiltersAre400NamingTheParameter() {
        for (String[] bad : new String[][] {{"method", "LORA"}, {"method", "sft"}, {"method", "RAG"},
                {"status", "OPEN"}, {"status", ""}, {"maxStartingCostUsd", "cheap"}, {"maxStartingCostUsd", "-1"},
                {"maxStartingCostUsd", "1e13"}, {"maxStartingCostUsd", ""}, {"method", ""}, {"maxCost", "100"}}) {
            api().queryParam(bad[0], bad[1]).get("/providers").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/invalid-request"))
                    .body("errors[0].parameter", equalTo(bad[0]));
        }
        api().queryParam("status", "AVAILABLE").queryParam("status", "CLOSING").get("/providers").then()
                .statusCode(400).body("errors[0].parameter", equalTo("status"));
    }

    @Test
    void findsOneProviderByIdAndAnUnknownOneIs404() {
        api().get("/providers/together-ai").then().statusCode(200)
                .body("provider.name", equalTo("Together AI"))
                .body("provider.methods", equalTo(List.of("SFT", "PEFT", "DPO")))
                .body("marketData.asOf", equalTo("2026-12-02"));
        api().get("/providers/openai").then().statusCode(404)
                .body("detail", startsWith("There is no provider with id \"openai\""));
    }

    @Test
    void statusTextsAreInChineseWhenAsked() {
        api().header("Accept-Language", "zh").get("/providers/openai-fine-tuning").then().statusCode(200)
                .header("Content-Language", "zh-CN")
                .body("provider.status", equalTo("CLOSING"))
                .body("provider.statusText", equalTo("2027-01-06 之后不再接受新的微调任务；2027-01-14 关闭，其上的每个微调模型随之停用。"));
    }

    @Test
    void aClosingProviderPastItsLastDayForNewJobsIsDiscontinued() {
        clock.set(Instant.parse("2027-01-07T00:00:00Z"));
        api().get("/providers/openai-fine-tuning").then().statusCode(200)
                .body("provider.status", equalTo("DISCONTINUED"))
                .body("provider.statusText", equalTo("Offers no fine-tuning any more (since 2027-01-07)."));
        clock.set(Instant.parse("2027-01-06T23:59:59Z"));
        api().get("/providers/openai-fine-tuning").then().statusCode(200).body("provider.status", equalTo("CLOSING"));
    }

    @Test
    void dataOlderThanTheMaximumAgeWarnsMarketDataStaleOnEveryMarketAnswer() {
        clock.set(Instant.parse("2027-04-01T12:00:00Z"));
        api().get("/providers").then().statusCode(200).body("warnings", hasSize(0));
        clock.set(Instant.parse("2027-04-02T00:00:00Z"));
        for (String path : List.of("/providers", "/providers/replicate", "/models", "/models/gpt-4.1-2025-04-14")) {
            api().get(path).then().statusCode(200)
                    .body("warnings.code", equalTo(List.of("MARKET_DATA_STALE")))
                    .body("warnings[0].message", startsWith("The market data (version 2026-12-02.1) is as of "
                            + "2026-12-02, older than P120D"));
        }
    }
}
