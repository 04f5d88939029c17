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
 * One way to buy a fine-tune (ADVISOR-RULES §12.1): a provider, a base model, the methods it trains, a training price
 * and one serving mode with its prices. A figure nobody publishes is absent (a comparison that needs it must be
 * given it), never 0.
 *
 * @param provider the id of a provider of the same data
 * @param baseModel the id of a model of the same data
 * @param prices the prices known, each with its sources; which ones belong to the serving mode is checked on load
 * @param newJobsUntil the last day this offering takes new jobs when it ends before its provider does (Azure:
 *                     training retires with the base model); the provider's own date applies besides
 * @param retiresOn the day the fine-tune stops serving when it differs from the base model's (Azure: a year after
 *                  training retires); absent: the base model's
 * @param eligibility who may train, where the provider limits it
 */
public record FineTuningOffering(String id, String provider, String baseModel, Sourced<List<MarketMethod>> methods,
                                 Sourced<ServingMode> servingMode, Map<OfferingPrice, Sourced<BigDecimal>> prices,
                                 Dates dates, Optional<Sourced<List<Eligibility>>> eligibility) {
    public FineTuningOffering {
        Objects.requireNonNull(id);
        Objects.requireNonNull(provider);
        Objects.requireNonNull(baseModel);
        Objects.requireNonNull(methods);
        Objects.requireNonNull(servingMode);
        EnumMap<OfferingPrice, Sourced<BigDecimal>> copy = new EnumMap<>(OfferingPrice.class);
        copy.putAll(prices);
        prices = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(dates);
        Objects.requireNonNull(eligibility);
    }

    /** The offering's own dates; either may be absent. */
    public record Dates(Optional<Sourced<LocalDate>> newJobsUntil, Optional<Sourced<LocalDate>> retiresOn) {
        public static final Dates NONE = new Dates(Optional.empty(), Optional.empty());

        public Dates {
            Objects.requireNonNull(newJobsUntil);
            Objects.requireNonNull(retiresOn);
        }
    }

    public Optional<Sourced<BigDecimal>> price(OfferingPrice field) {
        return Optional.ofNullable(prices.get(field));
    }

    public boolean offers(MarketMethod method) {
        return methods.value().contains(method);
    }

    public ServingMode mode() {
        return servingMode.value();
    }

    /** The limits on who may train; empty when anyone may. */
    public List<Eligibility> limits() {
        return eligibility.map(Sourced::value).orElse(List.of());
    }

    /** Every source behind this entry, each once, in the order of the file. */
    public List<Source> allSources() {
        LinkedHashSet<Source> all = new LinkedHashSet<>(methods.sources());
        all.addAll(servingMode.sources());
        prices.values().forEach(price -> all.addAll(price.sources()));
        dates.newJobsUntil().ifPresent(date -> all.addAll(date.sources()));
        dates.retiresOn().ifPresent(date -> all.addAll(date.sources()));
        eligibility.ifPresent(limits -> all.addAll(limits.sources()));
        return List.copyOf(all);
    }
}
