package dev.trainingadvisor.api;

import static dev.trainingadvisor.api.Contract.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code GET /models}: fine-tunable models with their prices, retirement and sources (ADVISOR-RULES §10). */
@QuarkusTest
class ModelResourceTest {

    @Test
    void listsTheOpenAiSnapshotsFirstThenOtherProvidersBaseModelsWithMarketData() {
        api().get("/models").then().statusCode(200)
                .body("marketData.version", equalTo("2026-12-02.1"))
                .body("warnings", hasSize(0))
                .body("models.id[0..3]", equalTo(List.of("gpt-4o-mini-2024-07-18", "gpt-4o-2024-08-06",
                        "gpt-4.1-2025-04-14", "gpt-4.1-mini-2025-04-14")))
                .body("models[0..3].retiresOn", everyItem(equalTo("2027-01-14")))
                .body("models.provider", hasItems("openai-fine-tuning", "together-ai", "fireworks-ai",
                        "google-vertex-ai", "aws-bedrock"));
    }

    @Test
    void everyModelSaysWhetherItCanBeFineTunedAndBaselinesCarryTheirCachedPrice() {
        api().get("/models").then().statusCode(200)
                .body("models.find { it.id == 'gpt-4o-mini-2024-07-18' }.fineTunable", equalTo(true))
                .body("models.find { it.id == 'llama-3.1-8b-instruct' }.fineTunable", equalTo(true))
                .body("models.find { it.id == 'gpt-oss-20b' }.fineTunable", equalTo(false));
        api().get("/models/gpt-6-luna").then().statusCode(200)
                .body("model.fineTunable", equalTo(false))
                .body("model.cachedInputUsd", equalTo(0.01f))
                .body("model.sources.primary", everyItem(equalTo(false)))
                .body("model.sources.about.flatten()", hasItems("inputUsd", "outputUsd", "cachedInputUsd"));
    }

    @Test
    void oneModelHasItsBaseFineTunedAndTrainingPricesPerMillionTokens() {
        api().get("/models/gpt-4o-mini-2024-07-18").then().statusCode(200)
                .body("model.inputUsd", equalTo(0.15f))
                .body("model.outputUsd", equalTo(0.6f))
                .body("model.fineTunedInputUsd", equalTo(0.3f))
                .body("model.fineTunedOutputUsd", equalTo(1.2f))
                .body("model.trainingUsd", equalTo(3))
                .body("model.sources.about.flatten()", hasItems("inputUsd", "outputUsd", "fineTunedInputUsd",
                        "fineTunedOutputUsd", "trainingUsd", "retiresOn"))
                .body("model.sources.url", hasItems(startsWith("https://github.com/BerriAI/litellm/blob/"
                        + "19a1f629eb6fafde70968ef4815463eb08143aac/")))
                .body("model.sources.find { it.url.startsWith('https://github.com/BerriAI/') }.primary",
                        equalTo(false));
    }

    @Test
    void anUnknownModelIs404AndNamesTheKnownOnes() {
        api().get("/models/gpt-5").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("detail", startsWith("There is no model with id \"gpt-5\""));
    }

    @Test
    void unknownQueryParametersAre400() {
        api().queryParam("provider", "openai-fine-tuning").get("/models").then().statusCode(400)
                .body("errors[0].parameter", equalTo("provider"));
    }
}
