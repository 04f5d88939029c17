package dev.trainingadvisor.domain.market;

import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.catalogue.Catalogue;
import dev.trainingadvisor.domain.catalogue.Provider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET /providers} as a pure function: every provider of the market data, in the file's order, with the guide's
 * own figures beside the market entry for the guide's four (ADVISOR-RULES §5, §10), filtered.
 */
public final class ProviderListing {
    private ProviderListing() {
    }

    /**
     * One provider: the market entry, the guide's figures when the guide lists it, and its status on the day asked
     * ({@link Lifecycle#on}).
     */
    public record Entry(MarketProvider market, Optional<Provider> guide, ProviderStatus status) {
        public Entry {
            Objects.requireNonNull(market);
            Objects.requireNonNull(guide);
            Objects.requireNonNull(status);
        }
    }

    /**
     * Which providers to list; every part optional.
     *
     * @param method offers this method (market methods: SFT, PEFT, DPO, RFT)
     * @param status has this status on the day asked
     * @param maxStartingCostUsd the guide's starting cost is at most this (ADVISOR-RULES §5): a provider without a
     *     published guide price - Anthropic, and every provider the guide does not list - never passes
     */
    public record Filter(Optional<MarketMethod> method, Optional<ProviderStatus> status,
                         Optional<BigDecimal> maxStartingCostUsd) {
        public static final Filter ALL = new Filter(Optional.empty(), Optional.empty(), Optional.empty());

        public Filter {
            Objects.requireNonNull(method);
            Objects.requireNonNull(status);
            Objects.requireNonNull(maxStartingCostUsd);
        }

        public boolean accepts(Entry entry) {
            return method.map(entry.market()::offers).orElse(true)
                    && status.map(wanted -> wanted == entry.status()).orElse(true)
                    && maxStartingCostUsd.map(max -> entry.guide().map(g -> g.startsAtOrBelow(max)).orElse(false))
                    .orElse(true);
        }
    }

    public static List<Entry> list(MarketData market, Filter filter, Language language, LocalDate today) {
        List<Entry> entries = new ArrayList<>();
        for (MarketProvider provider : market.providers()) {
            Entry entry = entry(provider, language, today);
            if (filter.accepts(entry)) {
                entries.add(entry);
            }
        }
        return entries;
    }

    public static Optional<Entry> find(MarketData market, String id, Language language, LocalDate today) {
        return market.provider(id).map(provider -> entry(provider, language, today));
    }

    private static Entry entry(MarketProvider provider, Language language, LocalDate today) {
        return new Entry(provider, Catalogue.provider(provider.id(), language), provider.lifecycle().on(today));
    }
}
