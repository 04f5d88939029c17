package dev.trainingadvisor.api.change;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trainingadvisor.api.market.MarketDataLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Market data files for the issue 19 tests: the shipped one, changed where a test needs the world to change. */
final class ChangedMarket {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChangedMarket() {
    }

    /** The shipped market data, as a tree to change. */
    static ObjectNode shipped() {
        try (InputStream in = MarketDataLoader.class.getClassLoader().getResourceAsStream(MarketDataLoader.BUILT_IN)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The shipped data as version {@code version}, in which OpenAI closed early: DISCONTINUED since 2026-11-20 instead
     * of CLOSING until 2027-01-06.
     */
    static ObjectNode openAiClosed(String version) {
        ObjectNode data = shipped();
        data.put("version", version);
        ObjectNode status = (ObjectNode) data.get("providers").get(0).get("status");
        if (!"openai-fine-tuning".equals(data.get("providers").get(0).get("id").asText())) {
            throw new IllegalStateException("OpenAI is no longer the first provider of the shipped data");
        }
        status.put("value", "DISCONTINUED");
        status.remove("newJobsUntil");
        status.put("discontinuedOn", "2026-11-20");
        return data;
    }

    static String text(ObjectNode data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code value} as indented JSON. */
    static String pretty(Object value) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
