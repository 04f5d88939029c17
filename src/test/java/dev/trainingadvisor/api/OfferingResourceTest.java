package dev.trainingadvisor.api;

import static dev.trainingadvisor.api.Contract.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.trainingadvisor.api.market.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code GET /fine-tuning-offerings}: the ways to buy a fine-tune, their filters and their day (ADVISOR-RULES §12.1). */
@QuarkusTest
class OfferingResourceTest {
    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void listsOfferingsOfSixProvidersInTheThreeServingModes() {
        api().get("/fine-tuning-offerings").then().statusCode(200)
                .body("marketData.version", equalTo("2026-12-02.1"))
                .body("offerings.provider", hasItems("together-ai", "fireworks-ai", "google-vertex-ai", "aws-bedrock",
                        "azure-ai-foundry", "openai-fine-tuning"))
                .body("offerings.servingMode", hasItems("PER_TOKEN", "PER_TOKEN_PLUS_HOSTING", "DEDICATED"))
                .body("offerings.sources.flatten().primary", hasItems(true, false));
    }

    @Test
    void aDedicatedOfferingHasItsReplicaPriceAndFixedMonthlyCostButNoTokenPrices() {
        api().get("/fine-tuning-offerings/together-llama-3.1-8b-lora-dedicated").then().statusCode(200)
                .body("offering.servingMode", equalTo("DEDICATED"))
                .body("offering.replicaUsdPerHour", equalTo(3.99f))
                .body("offering.fixedMonthlyUsd", equalTo(2912.7f))
                .body("offering.trainingUsd", equalTo(0.48f))
                .body("offering", not(hasKey("inputUsd")))
                .body("offering", not(hasKey("retiresOn")))
                .body("offering.takesNewJobs", equalTo(true))
                .body("offering.secondaryOnly", equalTo(List.of("trainingUsd")))
                .body("offering.disagreements.about", equalTo(List.of("trainingUsd")))
                .body("offering.sources.about.flatten()", hasItems("methods", "servingMode", "replicaUsdPerHour"));
    }

    @Test
    void aFigureNobodyPublishesIsAbsentNotZero() {
        api().get("/fine-tuning-offerings/bedrock-nova-micro-sft-on-demand").then().statusCode(200)
                .body("offering", not(hasKey("trainingUsd")))
                .body("offering.inputUsd", equalTo(0.035f))
                .body("offering.eligibility.code", equalTo(List.of("REGION_LIMITED")));
    }

    @Test
    void openAiOfferingsAreClosingLimitedToActiveCustomersAndRetireWithTheirSnapshots() {
        api().queryParam("provider", "openai-fine-tuning").get("/fine-tuning-offerings").then().statusCode(200)
                .body("offerings", hasSize(4))
                .body("offerings.status", everyItem(equalTo("CLOSING")))
                .body("offerings.newJobsUntil", everyItem(equalTo("2027-01-06")))
                .body("offerings.retiresOn", everyItem(equalTo("2027-01-14")))
                .body("offerings.eligibility.code.flatten()", everyItem(equalTo("ACTIVE_FINE_TUNING_CUSTOMERS")));
        clock.set(Instant.parse("2027-01-07T00:00:00Z"));
        api().queryParam("provider", "openai-fine-tuning").get("/fine-tuning-offerings").then().statusCode(200)
                .body("offerings.status", everyItem(equalTo("DISCONTINUED")))
                .body("offerings.takesNewJobs", everyItem(equalTo(false)));
    }

    @Test
    void azureTrainingEndedWithItsBaseWhileItsDeploymentsServeAYearLonger() {
        api().get("/fine-tuning-offerings/azure-gpt-4.1-sft-hosted").then().statusCode(200)
                .body("offering.status", equalTo("AVAILABLE"))
                .body("offering.newJobsUntil", equalTo("2026-10-14"))
                .body("offering.retiresOn", equalTo("2027-10-14"))
                .body("offering.takesNewJobs", equalTo(false))
                .body("offering.hostingUsdPerHour", equalTo(1.7f))
                .body("offering.fixedMonthlyUsd", equalTo(1241f))
                .body("offering.disagreements.about", hasItems("newJobsUntil", "retiresOn"));
    }

    @Test
    void theFiltersCombine() {
        api().queryParam("servingMode", "DEDICATED").queryParam("method", "PEFT").get("/fine-tuning-offerings")
                .then().statusCode(200)
                .body("offerings.id", equalTo(List.of("together-llama-3.1-8b-lora-dedicated",
                        "fireworks-llama-3.1-8b-lora-dedicated")));
        api().queryParam("status", "DISCONTINUED").get("/fine-tuning-offerings").then().statusCode(200)
                .body("offerings", hasSize(0));
        api().queryParam("method", "RFT").get("/fine-tuning-offerings").then().statusCode(200)
                .body("offerings.id", equalTo(List.of("fireworks-llama-3.1-8b-lora-dedicated")));
    }

    @Test
    void anUnknownFilterValueIs400NamingTheKnownValues() {
        api().queryParam("provider", "togther-ai").get("/fine-tuning-offerings").then().statusCode(400)
                .body("errors[0].parameter", equalTo("provider"))
                .body("errors[0].detail", org.hamcrest.Matchers.containsString("together-ai"));
        api().queryParam("servingMode", "HOURLY").get("/fine-tuning-offerings").then().statusCode(400)
                .body("errors[0].parameter", equalTo("servingMode"));
        api().queryParam("colour", "blue").get("/fine-tuning-offerings").then().statusCode(400)
                .body("errors[0].parameter", equalTo("colour"));
    }

    @Test
    void anUnknownOfferingIs404AndNamesTheKnownOnes() {
        api().header("Accept-Language", "zh").get("/fine-tuning-offerings/llama-lora").then().statusCode(404)
                .body("detail", startsWith("没有"))
                .body("detail", org.hamcrest.Matchers.containsString("together-llama-3.1-8b-lora-dedicated"));
    }

    @Test
    void eligibilityIsExplainedInBothLanguages() {
        api().get("/fine-tuning-offerings/openai-gpt-4o-mini-sft").then().statusCode(200)
                .body("offering.eligibility[0].text", startsWith("Only organisations"));
        api().header("Accept-Language", "zh").get("/fine-tuning-offerings/openai-gpt-4o-mini-sft").then()
                .statusCode(200).body("offering.eligibility[0].text", startsWith("只有"));
    }

    @Test
    void theListSaysWhichOfferingsCanBeBoughtToday() {
        api().get("/fine-tuning-offerings").then().statusCode(200)
                .body("offerings.findAll { it.takesNewJobs }.id", hasItem("together-llama-3.1-8b-lora-dedicated"))
                .body("offerings.findAll { !it.takesNewJobs }.id", hasItems("vertex-gemini-2.5-flash-lite-sft",
                        "azure-gpt-4.1-sft-hosted"));
    }
}
