package dev.trainingadvisor.domain.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A base model and its prices in USD per 1M tokens (ADVISOR-RULES §10, §12.1): one that can be fine-tuned, or one
 * that serves only as a baseline for prompting and RAG. A price that does not exist (or was not found) is absent,
 * never 0. Whether it can be fine-tuned is a property of the market data ({@link MarketData#fineTunable}).
 *
 * @param id as the provider writes it, e.g. {@code gpt-4o-mini-2024-07-18}
 * @param provider the id of a provider in the same data
 * @param prices the prices known, each with its sources
 * @param retiresOn the day the model, and every fine-tune on it, stops serving
 */
public record MarketModel(String id, String provider, Map<ModelPrice, Sourced<BigDecimal>> prices,
                          Optional<Sourced<LocalDate>> retiresOn) {
    public MarketModel {
        Objects.requireNonNull(id);
        Objects.requireNonNull(provider);
        EnumMap<ModelPrice, Sourced<BigDecimal>> copy = new EnumMap<>(ModelPrice.class);
        copy.putAll(prices);
        prices = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(retiresOn);
    }

    public Optional<Sourced<BigDecimal>> price(ModelPrice field) {
        return Optional.ofNullable(prices.get(field));
    }

    public Optional<Sourced<BigDecimal>> inputUsd() {
        return price(ModelPrice.INPUT_USD);
    }

    public Optional<Sourced<BigDecimal>> outputUsd() {
        return price(ModelPrice.OUTPUT_USD);
    }

    public Optional<Sourced<BigDecimal>> cachedInputUsd() {
        return price(ModelPrice.CACHED_INPUT_USD);
    }

    public Optional<Sourced<BigDecimal>> fineTunedInputUsd() {
        return price(ModelPrice.FINE_TUNED_INPUT_USD);
    }

    public Optional<Sourced<BigDecimal>> fineTunedOutputUsd() {
        return price(ModelPrice.FINE_TUNED_OUTPUT_USD);
    }

    public Optional<Sourced<BigDecimal>> trainingUsd() {
        return price(ModelPrice.TRAINING_USD);
    }

    /** Every source behind this entry, each once. */
    public List<Source> allSources() {
        LinkedHashSet<Source> all = new LinkedHashSet<>();
        prices.values().forEach(price -> all.addAll(price.sources()));
        retiresOn.ifPresent(date -> all.addAll(date.sources()));
        return List.copyOf(all);
    }
}
