package dev.trainingadvisor.domain.market;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Today's market beside the guide (ADVISOR-RULES §10, §12.1): providers, base models and fine-tuning offerings as of
 * {@code asOf}, as read from a data file that an operator can replace. Everything in the order of the file (the
 * guide's four providers first in the shipped file).
 *
 * @param version the file's own version label
 * @param asOf the day the data describes; staleness counts from it
 */
public record MarketData(String version, LocalDate asOf, PriceMap priceMap, List<MarketProvider> providers,
                         List<MarketModel> models, List<FineTuningOffering> offerings) {
    public MarketData {
        Objects.requireNonNull(version);
        Objects.requireNonNull(asOf);
        Objects.requireNonNull(priceMap);
        providers = List.copyOf(providers);
        models = List.copyOf(models);
        offerings = List.copyOf(offerings);
    }

    public Optional<FineTuningOffering> offering(String id) {
        return offerings.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /**
     * A model can be fine-tuned when an offering of this data trains it or the data gives a price of its fine-tunes
     * (ADVISOR-RULES §12.1 {@code fineTunable}); otherwise it is a baseline only.
     */
    public boolean fineTunable(MarketModel model) {
        return offerings.stream().anyMatch(o -> o.baseModel().equals(model.id()))
                || model.fineTunedInputUsd().isPresent() || model.fineTunedOutputUsd().isPresent()
                || model.trainingUsd().isPresent();
    }

    public Optional<MarketProvider> provider(String id) {
        return providers.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<MarketModel> model(String id) {
        return models.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** Older than {@code maxAge} on {@code today}: {@code asOf + maxAge} lies before today. */
    public boolean staleOn(LocalDate today, Period maxAge) {
        return asOf.plus(maxAge).isBefore(today);
    }
}
