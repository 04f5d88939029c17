package dev.trainingadvisor.domain.market;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** A fine-tuning provider as the market data file describes it (ADVISOR-RULES §10). */
public record MarketProvider(String id, String name, Lifecycle lifecycle, Sourced<List<MarketMethod>> methods,
                             Pricing pricing) {
    public MarketProvider {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(lifecycle);
        Objects.requireNonNull(methods);
        Objects.requireNonNull(pricing);
    }

    public boolean offers(MarketMethod method) {
        return methods.value().contains(method);
    }

    /** Every source behind this entry, each once, in the order of the file. */
    public List<Source> allSources() {
        LinkedHashSet<Source> all = new LinkedHashSet<>(lifecycle.sources());
        all.addAll(methods.sources());
        all.addAll(pricing.sources());
        pricing.training().ifPresent(price -> all.addAll(price.sources()));
        return new ArrayList<>(all);
    }
}
