package dev.trainingadvisor.domain.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A fine-tunable model and its prices in USD per 1M tokens (ADVISOR-RULES §10). A price that does not exist (or was
 * not found) is empty, never 0.
 *
 * @param id as the provider writes it, e.g. {@code gpt-4o-mini-2024-07-18}
 * @param provider the id of a provider in the same data
 * @param retiresOn the day the model, and every fine-tune on it, stops serving
 */
public record MarketModel(String id, String provider, Optional<Sourced<BigDecimal>> inputUsd,
                          Optional<Sourced<BigDecimal>> outputUsd, Optional<Sourced<BigDecimal>> fineTunedInputUsd,
                          Optional<Sourced<BigDecimal>> fineTunedOutputUsd, Optional<Sourced<BigDecimal>> trainingUsd,
                          Optional<Sourced<LocalDate>> retiresOn) {
    public MarketModel {
        Objects.requireNonNull(id);
        Objects.requireNonNull(provider);
        Stream.of(inputUsd, outputUsd, fineTunedInputUsd, fineTunedOutputUsd, trainingUsd, retiresOn)
                .forEach(Objects::requireNonNull);
    }

    /** Every source behind this entry, each once. */
    public List<Source> allSources() {
        LinkedHashSet<Source> all = new LinkedHashSet<>();
        Stream.of(inputUsd, outputUsd, fineTunedInputUsd, fineTunedOutputUsd, trainingUsd)
                .flatMap(Optional::stream).forEach(price -> all.addAll(price.sources()));
        retiresOn.ifPresent(date -> all.addAll(date.sources()));
        return new ArrayList<>(all);
    }
}
