package dev.trainingadvisor.api.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Nothing in the shipped market data without a source (ADVISOR-RULES §10): the test walks the whole file, and every
 * object that carries a figure ({@code usd}, {@code min}/{@code max}), a date ({@code date}) or a status or method list
 * ({@code value}) must carry {@code sources}: at least one, each with an https URL and the day it was read.
 */
class MarketDataSourcesTest {
    private static final Set<String> FACTS = Set.of("usd", "min", "max", "date", "value");
    private static final java.util.regex.Pattern DISAGREEMENT = java.util.regex.Pattern.compile("\\S.{20,}");

    @Test
    void everyFigureStatusAndDateInTheShippedFileHasASourceUrlAndTheDayItWasRead() {
        JsonNode file = MarketDataLoaderTest.shipped();
        List<String> unsourced = new ArrayList<>();
        int facts = walk(file, "", unsourced);
        assertEquals(List.of(), unsourced, "facts without a source");
        assertTrue(facts >= 10 * 3 + 4 * 5 + 14 * 3, "the walk reached every provider, model and offering: " + facts);
    }

    @Test
    void everySourceSaysWhetherItIsTheProvidersOwnPage() {
        List<String> unsaid = new ArrayList<>();
        sources(MarketDataLoaderTest.shipped(), "", unsaid);
        assertEquals(List.of(), unsaid, "sources without primary: true|false");
    }

    @Test
    void theCheckOfPrimaryCatchesASourceWithoutIt() {
        ObjectNode file = MarketDataLoaderTest.shipped();
        ((ObjectNode) file.withArray("offerings").get(0).get("trainingUsd").withArray("sources").get(0))
                .remove("primary");
        List<String> unsaid = new ArrayList<>();
        sources(file, "", unsaid);
        assertEquals(List.of("/offerings/0/trainingUsd/sources/0"), unsaid);
    }

    @Test
    void everyNamedDisagreementSaysWhichValueWasUsed() {
        List<String> disagreements = new ArrayList<>();
        MarketDataLoaderTest.shipped().findValues("disagreement").forEach(d -> disagreements.add(d.asText()));
        assertTrue(disagreements.size() >= 6, disagreements::toString);
        for (String disagreement : disagreements) {
            assertTrue(DISAGREEMENT.matcher(disagreement).matches() && disagreement.toLowerCase().contains("used"),
                    disagreement);
        }
    }

    private static void sources(JsonNode node, String at, List<String> unsaid) {
        if (node.isObject()) {
            if (node.has("url") && node.has("readOn") && !node.path("primary").isBoolean()) {
                unsaid.add(at);
            }
            node.fields().forEachRemaining(f -> sources(f.getValue(), at + "/" + f.getKey(), unsaid));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                sources(node.get(i), at + "/" + i, unsaid);
            }
        }
    }

    @Test
    void theWalkCatchesAFigureWithoutSources() {
        ObjectNode file = MarketDataLoaderTest.shipped();
        ((ObjectNode) file.withArray("models").get(2).get("trainingUsd")).remove("sources");
        List<String> unsourced = new ArrayList<>();
        walk(file, "", unsourced);
        assertEquals(List.of("/models/2/trainingUsd"), unsourced);
    }

    @Test
    void thePriceMapNamesItsLicenceRepositoryAndPinnedCommit() {
        JsonNode priceMap = MarketDataLoaderTest.shipped().get("priceMap");
        assertEquals("MIT", priceMap.get("licence").asText());
        assertEquals("https://github.com/BerriAI/litellm", priceMap.get("repository").asText());
        assertTrue(priceMap.get("commit").asText().matches("[0-9a-f]{40}"));
    }

    /** Returns how many facts it saw; adds the pointer of each fact without a proper source. */
    private static int walk(JsonNode node, String at, List<String> unsourced) {
        int facts = 0;
        if (node.isObject()) {
            boolean fact = false;
            for (String name : (Iterable<String>) node::fieldNames) {
                fact |= FACTS.contains(name);
            }
            if (fact && !at.startsWith("/priceMap")) {
                facts++;
                if (!sourced(node.get("sources"))) {
                    unsourced.add(at);
                }
            }
            for (var field : (Iterable<java.util.Map.Entry<String, JsonNode>>) node::fields) {
                if (!field.getKey().equals("sources")) {
                    facts += walk(field.getValue(), at + "/" + field.getKey(), unsourced);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                facts += walk(node.get(i), at + "/" + i, unsourced);
            }
        }
        return facts;
    }

    private static boolean sourced(JsonNode sources) {
        if (sources == null || !sources.isArray() || sources.isEmpty()) {
            return false;
        }
        for (JsonNode source : sources) {
            if (!source.path("url").asText().startsWith("https://")) {
                return false;
            }
            try {
                LocalDate.parse(source.path("readOn").asText());
            } catch (RuntimeException e) {
                return false;
            }
        }
        return true;
    }
}
