package dev.trainingadvisor.api.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trainingadvisor.domain.market.Eligibility;
import dev.trainingadvisor.domain.market.FineTuningOffering;
import dev.trainingadvisor.domain.market.MarketData;
import dev.trainingadvisor.domain.market.OfferingPrice;
import dev.trainingadvisor.domain.market.ServingMode;
import dev.trainingadvisor.domain.market.ProviderStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The market data file: the shipped one loads; a broken one is refused with the JSON Pointer of each problem. */
class MarketDataLoaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theShippedFileLoadsWithTheGuidesFourProvidersFirst() {
        MarketData market = MarketDataLoader.builtIn();
        List<String> ids = market.providers().stream().map(p -> p.id()).toList();
        assertEquals(List.of("openai-fine-tuning", "anthropic", "huggingface-autotrain", "replicate"), ids.subList(0, 4));
        assertTrue(ids.containsAll(List.of("together-ai", "fireworks-ai", "cohere")), ids::toString);
        assertEquals(ProviderStatus.CLOSING, market.provider("openai-fine-tuning").orElseThrow().lifecycle().status());
        assertEquals(0, new BigDecimal("0.30").compareTo(
                market.model("gpt-4o-mini-2024-07-18").orElseThrow().fineTunedInputUsd().orElseThrow().value()));
        assertEquals("MIT", market.priceMap().licence());
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedByItsPointer() {
        assertProblemAt("/models/0/inputUsd/usd", file -> model(file, 0).with("inputUsd").put("usd", "0.15"));
    }

    @Test
    void aNumberWithAnExponentFarOutOfRangeIsRefusedAtItsPointer() {
        assertProblemAt("/models/0/inputUsd/usd", file -> model(file, 0).with("inputUsd")
                .put("usd", new java.math.BigDecimal("1e-999999999")));
        assertProblemAt("/models/1/inputUsd/usd", file -> model(file, 1).with("inputUsd")
                .put("usd", new java.math.BigDecimal("9.99e999999999")));
    }

    /** Valid JSON escapes, but no text: refused at their pointer, as REST bodies refuse a lone surrogate. */
    @Test
    void aLoneSurrogateOrANulInAStringIsRefusedAtItsPointer() {
        for (String escape : List.of("\\ud800", "x\\udc00y", "\\u0000", "a\\u0000")) {
            ObjectNode file = shipped();
            provider(file, 1).put("name", "MARKER");
            String text = file.toString().replace("\"MARKER\"", "\"" + escape + "\"");
            MarketDataException e = assertThrows(MarketDataException.class, () -> load(text));
            assertEquals(List.of("/providers/1/name"), e.problems().stream().map(MarketDataException.Problem::pointer)
                    .toList(), e::getMessage);
        }
        ObjectNode file = shipped();
        provider(file, 1).put("name", "MARKER");
        load(file.toString().replace("\"MARKER\"", "\"\\ud83d\\ude00 \\u00e9\""));
    }

    @Test
    void aPriceOfZeroIsRefusedBecauseAMissingPriceIsAbsentNotZero() {
        assertProblemAt("/models/1/trainingUsd/usd", file -> model(file, 1).with("trainingUsd").put("usd", 0));
    }

    @Test
    void aFigureWithoutASourceIsRefused() {
        assertProblemAt("/models/0/outputUsd/sources", file -> model(file, 0).with("outputUsd").putArray("sources"));
    }

    @Test
    void anUnknownStatusIsRefused() {
        assertProblemAt("/providers/2/status/value", file -> provider(file, 2).with("status").put("value", "GONE"));
    }

    @Test
    void aClosingProviderWithoutItsLastDayForNewJobsIsRefused() {
        assertProblemAt("/providers/0/status", file -> provider(file, 0).with("status").remove("newJobsUntil"));
    }

    @Test
    void anUnknownPropertyIsRefused() {
        assertProblemAt("/providers/3", file -> provider(file, 3).put("colour", "blue"));
    }

    @Test
    void aDuplicateProviderIdIsRefused() {
        assertProblemAt("/providers/1/id", file -> provider(file, 1).put("id", "openai-fine-tuning"));
    }

    @Test
    void aDuplicateModelIdIsRefused() {
        assertProblemAt("/models/1/id", file -> model(file, 1).put("id", "gpt-4o-mini-2024-07-18"));
    }

    @Test
    void aModelOfAnUnknownProviderIsRefused() {
        assertProblemAt("/models/2/provider", file -> model(file, 2).put("provider", "nobody"));
    }

    @Test
    void aLastDayForNewJobsAfterTheShutdownIsRefused() {
        assertProblemAt("/providers/0/status/newJobsUntil",
                file -> provider(file, 0).with("status").put("newJobsUntil", "2027-02-01"));
    }

    @Test
    void aDayThatDoesNotExistIsRefused() {
        assertProblemAt("/models/0/retiresOn/date", file -> model(file, 0).with("retiresOn").put("date", "2027-02-30"));
    }

    @Test
    void aSourceReadAfterTheFilesDateIsRefused() {
        assertProblemAt("/providers/4/status/sources/0/readOn", file -> ((ObjectNode) provider(file, 4)
                .with("status").withArray("sources").get(0)).put("readOn", "2026-12-03"));
    }

    @Test
    void aTrainingPriceRangeUpsideDownIsRefused() {
        assertProblemAt("/providers/4/pricing/trainingUsd/min",
                file -> provider(file, 4).with("pricing").with("trainingUsd").put("min", 9));
    }

    @Test
    void theShippedFileHasOfferingsOfTheLivingMarketAndBaselinesThatCannotBeFineTuned() {
        MarketData market = MarketDataLoader.builtIn();
        Set<String> providers = market.offerings().stream().map(FineTuningOffering::provider)
                .collect(Collectors.toSet());
        assertTrue(providers.containsAll(List.of("together-ai", "fireworks-ai", "google-vertex-ai", "aws-bedrock",
                "azure-ai-foundry", "openai-fine-tuning")), providers::toString);
        assertEquals(Set.of(ServingMode.values()), market.offerings().stream().map(FineTuningOffering::mode)
                .collect(Collectors.toSet()));
        assertFalse(market.fineTunable(market.model("gpt-6-luna").orElseThrow()));
        assertTrue(market.fineTunable(market.model("llama-3.1-8b-instruct").orElseThrow()));
        FineTuningOffering together = market.offering("together-llama-3.1-8b-lora-dedicated").orElseThrow();
        assertEquals(0, new BigDecimal("3.99").compareTo(
                together.price(OfferingPrice.REPLICA_USD_PER_HOUR).orElseThrow().value()));
        assertTrue(together.price(OfferingPrice.TRAINING_USD).orElseThrow().secondaryOnly());
        assertTrue(together.price(OfferingPrice.TRAINING_USD).orElseThrow().disagreement().isPresent());
        assertEquals(List.of(Eligibility.ACTIVE_FINE_TUNING_CUSTOMERS),
                market.offering("openai-gpt-4o-mini-sft").orElseThrow().limits());
    }

    @Test
    void aNovaTrainingPriceNobodyPublishesStaysAbsent() {
        MarketData market = MarketDataLoader.builtIn();
        assertTrue(market.offering("bedrock-nova-micro-sft-on-demand").orElseThrow()
                .price(OfferingPrice.TRAINING_USD).isEmpty());
    }

    @Test
    void aSourceThatDoesNotSayWhetherItIsPrimaryIsRefused() {
        assertProblemAt("/models/0/inputUsd/sources/0", file -> ((ObjectNode) model(file, 0).with("inputUsd")
                .withArray("sources").get(0)).remove("primary"));
    }

    @Test
    void anOfferingOfAnUnknownProviderOrBaseModelIsRefused() {
        assertProblemAt("/offerings/0/provider", file -> offering(file, 0).put("provider", "nobody"));
        assertProblemAt("/offerings/1/baseModel", file -> offering(file, 1).put("baseModel", "gpt-9"));
    }

    @Test
    void aDuplicateOfferingIdIsRefused() {
        assertProblemAt("/offerings/1/id", file -> offering(file, 1).put("id", offering(file, 0).get("id").asText()));
    }

    @Test
    void aDedicatedOfferingWithPerTokenPricesIsRefused() {
        assertProblemAt("/offerings/4", file -> offering(file, 4).set("inputUsd",
                offering(file, 0).get("inputUsd").deepCopy()));
    }

    @Test
    void aPerTokenOfferingWithAnHourlyFeeIsRefused() {
        assertProblemAt("/offerings/0", file -> offering(file, 0).set("hostingUsdPerHour",
                offering(file, 0).get("inputUsd").deepCopy()));
    }

    @Test
    void anOfferingsLastDayForJobsAfterItsRetirementIsRefused() {
        assertProblemAt("/offerings/12/newJobsUntil/date",
                file -> offering(file, 12).with("newJobsUntil").put("date", "2028-01-01"));
    }

    @Test
    void duplicateKeysAndBrokenJsonAreRefusedWithTheirLine() {
        assertTrue(assertThrows(MarketDataException.class, () -> load("{\"version\": \"1\", \"version\": \"2\"}"))
                .getMessage().contains("line 1"));
        assertTrue(assertThrows(MarketDataException.class, () -> load("{\"version\": ")).getMessage()
                .contains("not valid JSON"));
        assertTrue(assertThrows(MarketDataException.class, () -> load("")).getMessage().contains("empty"));
    }

    static ObjectNode shipped() {
        try (InputStream in = MarketDataLoaderTest.class.getClassLoader()
                .getResourceAsStream(MarketDataLoader.BUILT_IN)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode provider(ObjectNode file, int index) {
        return (ObjectNode) ((ArrayNode) file.get("providers")).get(index);
    }

    private static ObjectNode offering(ObjectNode file, int index) {
        return (ObjectNode) ((ArrayNode) file.get("offerings")).get(index);
    }

    private static ObjectNode model(ObjectNode file, int index) {
        return (ObjectNode) ((ArrayNode) file.get("models")).get(index);
    }

    private static MarketData load(String text) {
        return MarketDataLoader.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static void assertProblemAt(String pointer, Consumer<ObjectNode> breakIt) {
        ObjectNode file = shipped();
        load(file.toString());
        breakIt.accept(file);
        MarketDataException e = assertThrows(MarketDataException.class, () -> load(file.toString()));
        assertTrue(e.problems().stream().anyMatch(p -> p.pointer().equals(pointer)), e::getMessage);
        assertTrue(e.getMessage().contains("test.json") && e.getMessage().contains(pointer), e::getMessage);
    }
}
