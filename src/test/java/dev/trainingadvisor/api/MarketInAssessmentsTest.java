package dev.trainingadvisor.api;

import static dev.trainingadvisor.api.Contract.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.trainingadvisor.api.market.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A TRAINING answer meets today's market (ADVISOR-RULES §10): warnings for the guide's providers that are closing or
 * gone, the providers that take jobs today, the next step that a fine-tune dies with its base model, marketData and
 * staleness. Other answers use no market data.
 */
@QuarkusTest
class MarketInAssessmentsTest {
    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Map<String, Object> training() {
        Map<String, Object> body = Bodies.with(Bodies.profile(), "mlExpertise", "IN_HOUSE");
        body = Bodies.with(body, "knowledgeInPublicData", false);
        return Bodies.with(body, "ragTooSlowOrExpensive", true);
    }

    @Test
    void aTrainingAnswerWarnsOfTheGuidesClosingAndDiscontinuedProviders() {
        api().contentType("application/json").body(training()).post("/assessments").then().statusCode(200)
                .body("approach", equalTo("TRAINING"))
                .body("recommendedMethods", equalTo(List.of("SFT")))
                .body("warnings.code", equalTo(List.of("PROVIDER_CLOSING", "PROVIDER_DISCONTINUED",
                        "PROVIDER_DISCONTINUED")))
                .body("warnings.providers", equalTo(List.of(List.of("openai-fine-tuning"), List.of("anthropic"),
                        List.of("huggingface-autotrain"))))
                .body("warnings[0].message", equalTo("OpenAI Fine-Tuning, which the guide lists, takes no new "
                        + "fine-tuning jobs after 2027-01-06; its fine-tunable models shut down on 2027-01-14."))
                .body("warnings[0].guideSections[0].id", equalTo("PROVIDERS"))
                .body("marketData.version", equalTo("2026-12-02.1"));
    }

    @Test
    void aTrainingAnswerNamesTheProvidersAvailableTodayForTheRecommendedMethods() {
        api().contentType("application/json").body(training()).post("/assessments").then().statusCode(200)
                .body("availableProviders.id", equalTo(List.of("replicate", "together-ai", "fireworks-ai",
                        "azure-ai-foundry", "google-vertex-ai", "aws-bedrock")))
                .body("availableProviders[0].methods", equalTo(List.of("SFT")));
    }

    @Test
    void aTrainingAnswerNamesTheOfferingsOpenTodayPerTokenFirstThenByFixedMonthlyCost() {
        api().contentType("application/json").body(training()).post("/assessments").then().statusCode(200)
                .body("offerings[0].servingMode", equalTo("PER_TOKEN"))
                .body("offerings.findAll { it.servingMode == 'DEDICATED' }.id", equalTo(List.of(
                        "together-llama-3.1-8b-lora-dedicated", "fireworks-llama-3.1-8b-lora-dedicated")))
                .body("offerings[-1].id", equalTo("fireworks-llama-3.1-8b-lora-dedicated"))
                .body("offerings.find { it.id == 'openai-gpt-4o-mini-sft' }.eligibility",
                        equalTo(List.of("ACTIVE_FINE_TUNING_CUSTOMERS")))
                .body("offerings.id", not(org.hamcrest.Matchers.hasItem("azure-gpt-4.1-sft-hosted")))
                .body("offerings.id", not(org.hamcrest.Matchers.hasItem("vertex-gemini-2.5-flash-lite-sft")));
        clock.set(Instant.parse("2027-01-07T09:00:00Z"));
        api().contentType("application/json").body(training()).post("/assessments").then().statusCode(200)
                .body("offerings.provider", not(org.hamcrest.Matchers.hasItem("openai-fine-tuning")));
    }

    @Test
    void aTrainingAnswersNextStepsSayAFineTuneDiesWithItsBaseModel() {
        api().contentType("application/json").body(training()).post("/assessments").then().statusCode(200)
                .body("nextSteps[-1].id", equalTo("PLAN_FOR_BASE_MODEL_RETIREMENT"))
                .body("nextSteps[-1].link", equalTo("/models"))
                .body("nextSteps[-1].text", startsWith("A fine-tune dies with its base model"));
        api().header("Accept-Language", "zh").contentType("application/json").body(training()).post("/assessments")
                .then().statusCode(200)
                .body("nextSteps[-1].text", startsWith("微调模型随基础模型一同消亡"))
                .body("warnings[1].message", equalTo("指南列出的 Anthropic 已不再提供微调（自 2026-09-10 起）。"));
    }

    @Test
    void aTrainingAnswersNextStepNamesTheOfferingsOpenTodayInTheAnswersOrderWithTheirLimits() {
        io.restassured.path.json.JsonPath english = api().contentType("application/json").body(training())
                .post("/assessments").then().statusCode(200).extract().jsonPath();
        String text = english.getString("nextSteps[-1].text");
        List<String> ids = english.getList("offerings.id");
        int previous = -1;
        for (String id : ids) {
            int at = text.indexOf(id + " (");
            org.junit.jupiter.api.Assertions.assertTrue(at > previous, () -> id + " named after the one before it: " + text);
            previous = at;
        }
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("Offerings that take new jobs today for SFT, per-token "
                + "serving first, then by fixed monthly cost: openai-gpt-4.1-sft (per token, new jobs until 2027-01-06, stops serving on "
                + "2027-01-14, only for organisations already fine-tuning with this provider); "), text);
        org.junit.jupiter.api.Assertions.assertTrue(text.endsWith("; together-llama-3.1-8b-lora-dedicated (dedicated "
                + "GPUs by the hour, $2,912.70 a month fixed); fireworks-llama-3.1-8b-lora-dedicated (dedicated GPUs by "
                + "the hour, $5,840 a month fixed)."), text);
        org.junit.jupiter.api.Assertions.assertFalse(text.contains("azure-"), "Azure takes no new jobs today: " + text);
        api().header("Accept-Language", "zh").contentType("application/json").body(training()).post("/assessments")
                .then().statusCode(200)
                .body("nextSteps[-1].text", org.hamcrest.Matchers.containsString(
                        "together-llama-3.1-8b-lora-dedicated（按小时计费的专用 GPU，每月固定 $2,912.70）"))
                .body("nextSteps[-1].text", org.hamcrest.Matchers.containsString(
                        "fireworks-glm-5.3-flash-lora-serverless（按 token 计费，预览版，无服务等级协议）"));
        clock.set(Instant.parse("2027-01-07T09:00:00Z"));
        api().contentType("application/json").body(training()).post("/assessments").then().statusCode(200)
                .body("nextSteps[-1].text", not(org.hamcrest.Matchers.containsString("openai-")));
    }

    @Test
    void afterItsLastDayForNewJobsOpenAiIsWarnedAsDiscontinued() {
        clock.set(Instant.parse("2027-01-07T09:00:00Z"));
        api().contentType("application/json").body(training()).post("/assessments").then().statusCode(200)
                .body("warnings.code", equalTo(List.of("PROVIDER_DISCONTINUED", "PROVIDER_DISCONTINUED",
                        "PROVIDER_DISCONTINUED")));
    }

    @Test
    void staleMarketDataAddsMarketDataStaleToATrainingAnswer() {
        clock.set(Instant.parse("2027-04-05T00:00:00Z"));
        api().contentType("application/json").body(training()).post("/assessments").then().statusCode(200)
                .body("warnings.code[-1]", equalTo("MARKET_DATA_STALE"));
    }

    @Test
    void theLeanAnswerFollowsTheMarketFromDayToDay() {
        clock.set(Instant.parse("2026-12-01T00:00:00Z"));
        api().contentType("application/json").header("Prefer", "return=minimal").body(training())
                .post("/assessments").then().statusCode(200)
                .body("warnings", equalTo(java.util.List.of("PROVIDER_CLOSING", "PROVIDER_DISCONTINUED")))
                .body("validUntil.date", equalTo("2027-01-06"));
        clock.set(Instant.parse("2027-04-05T00:00:00Z")); // OpenAI has closed, and the data is stale
        api().contentType("application/json").header("Prefer", "return=minimal").body(training())
                .post("/assessments").then().statusCode(200)
                .body("warnings", equalTo(java.util.List.of("PROVIDER_DISCONTINUED", "MARKET_DATA_STALE")))
                .body("validUntil.date", not(equalTo("2027-01-06")));
    }

    @Test
    void answersOtherThanTrainingUseNoMarketData() {
        clock.set(Instant.parse("2027-04-05T00:00:00Z"));
        api().contentType("application/json").body(Bodies.profile()).post("/assessments").then().statusCode(200)
                .body("approach", equalTo("HIRE_ML_ENGINEER"))
                .body("$", not(hasKey("marketData")))
                .body("availableProviders", hasSize(0))
                .body("warnings.code", not(org.hamcrest.Matchers.hasItem("MARKET_DATA_STALE")))
                .body("nextSteps.id", not(org.hamcrest.Matchers.hasItem("PLAN_FOR_BASE_MODEL_RETIREMENT")));
    }

    /**
     * Worked by hand from the shipped data (issue 19): on 2026-11-29 the dates ahead for an SFT answer are OpenAI's
     * last day for new jobs (2027-01-06, also its four offerings'), its shutdown (2027-01-14, last day 2027-01-13)
     * and staleness (2026-12-02 + P120D = 2027-04-01); Azure's offerings closed on 2026-10-14 and are not named.
     */
    @Test
    void aTrainingAnswerSaysUntilWhenItHoldsAndWhichDatedFactEndsIt() {
        api().contentType("application/json").body(training()).post("/assessments").then().statusCode(200)
                .body("validUntil.date", equalTo("2027-01-06"))
                .body("validUntil.code", equalTo("PROVIDER_NEW_JOBS_END"))
                .body("validUntil.subject", equalTo("openai-fine-tuning"))
                .body("validUntil.fact", equalTo("OpenAI Fine-Tuning takes no new fine-tuning jobs after "
                        + "2027-01-06"));
        api().header("Accept-Language", "zh").contentType("application/json").body(training()).post("/assessments")
                .then().statusCode(200)
                .body("validUntil.fact", equalTo("OpenAI Fine-Tuning 在 2027-01-06 之后不再接受新的微调任务"));
        clock.set(Instant.parse("2027-01-07T00:00:00Z"));
        api().contentType("application/json").body(training()).post("/assessments").then().statusCode(200)
                .body("validUntil.date", equalTo("2027-01-13"))
                .body("validUntil.code", equalTo("PROVIDER_SHUTDOWN"));
        clock.set(Instant.parse("2027-01-14T00:00:00Z"));
        api().contentType("application/json").body(training()).post("/assessments").then().statusCode(200)
                .body("validUntil.date", equalTo("2027-04-01"))
                .body("validUntil.code", equalTo("MARKET_DATA_STALE"))
                .body("validUntil.subject", equalTo("2026-12-02.1"));
        clock.set(Instant.parse("2027-04-02T00:00:00Z"));
        api().contentType("application/json").body(training()).post("/assessments").then().statusCode(200)
                .body("$", not(hasKey("validUntil")));
    }

    @Test
    void theLeanAndTheBatchAnswersCarryValidUntilTooTheLeanOneWithoutText() {
        api().contentType("application/json").header("Prefer", "return=minimal").body(training())
                .post("/assessments").then().statusCode(200)
                .body("validUntil.date", equalTo("2027-01-06"))
                .body("validUntil.code", equalTo("PROVIDER_NEW_JOBS_END"))
                .body("validUntil", not(hasKey("fact")));
        api().contentType("application/json").body(Map.of("profiles", List.of(training(), Bodies.profile())))
                .post("/assessments/batch").then().statusCode(200)
                .body("results[0].assessment.validUntil.date", equalTo("2027-01-06"))
                .body("results[1].assessment", not(hasKey("validUntil")));
    }

    @Test
    void answersOtherThanTrainingHaveNoValidUntil() {
        api().contentType("application/json").body(Bodies.profile()).post("/assessments").then().statusCode(200)
                .body("$", not(hasKey("validUntil")));
        api().contentType("application/json").header("Prefer", "return=minimal").body(Bodies.profile())
                .post("/assessments").then().statusCode(200)
                .body("$", not(hasKey("validUntil")));
    }
}
