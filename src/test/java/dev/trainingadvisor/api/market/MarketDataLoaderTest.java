package dev.trainingadvisor.api.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trainingadvisor.domain.market.MarketData;
import dev.trainingadvisor.domain.market.ProviderStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
                .with("status").withArray("sources").get(0)).put("readOn", "2026-12-01"));
    }

    @Test
    void aTrainingPriceRangeUpsideDownIsRefused() {
        assertProblemAt("/providers/4/pricing/trainingUsd/min",
                file -> provider(file, 4).with("pricing").with("trainingUsd").put("min", 9));
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
