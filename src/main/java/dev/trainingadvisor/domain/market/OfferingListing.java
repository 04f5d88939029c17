package dev.trainingadvisor.domain.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET /fine-tuning-offerings} as a pure function (ADVISOR-RULES §12.1): every offering of the market data with
 * what it means on a given day - its provider's status, the last day it takes new jobs, the day the fine-tune stops
 * serving, whether it can be bought that day - filtered.
 */
public final class OfferingListing {
    private OfferingListing() {
    }

    /**
     * One offering on one day.
     *
     * @param status its provider's status that day ({@link Lifecycle#on})
     * @param newJobsUntil the earlier of the offering's and its provider's last day for new jobs (a provider that
     *                     states none but has shut down took none after its shutdown day)
     * @param retiresOn the offering's own retirement, else its base model's
     * @param takesNewJobs a job can be started that day: the provider is not DISCONTINUED, the last day for new jobs
     *                     has not passed, and the fine-tune has not stopped serving
     */
    public record Entry(FineTuningOffering offering, MarketProvider provider, MarketModel baseModel,
                        ProviderStatus status, Optional<Sourced<LocalDate>> newJobsUntil,
                        Optional<Sourced<LocalDate>> retiresOn, boolean takesNewJobs) {
        public Entry {
            Objects.requireNonNull(offering);
            Objects.requireNonNull(provider);
            Objects.requireNonNull(baseModel);
            Objects.requireNonNull(status);
            Objects.requireNonNull(newJobsUntil);
            Objects.requireNonNull(retiresOn);
        }
    }

    /** Which offerings to list; every part optional (ADVISOR-RULES §12.1 filters). */
    public record Filter(Optional<String> provider, Optional<MarketMethod> method, Optional<ServingMode> servingMode,
                         Optional<ProviderStatus> status) {
        public static final Filter ALL = new Filter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());

        public Filter {
            Objects.requireNonNull(provider);
            Objects.requireNonNull(method);
            Objects.requireNonNull(servingMode);
            Objects.requireNonNull(status);
        }

        public boolean accepts(Entry entry) {
            return provider.map(entry.offering().provider()::equals).orElse(true)
                    && method.map(entry.offering()::offers).orElse(true)
                    && servingMode.map(mode -> mode == entry.offering().mode()).orElse(true)
                    && status.map(wanted -> wanted == entry.status()).orElse(true);
        }
    }

    /** The offerings {@code filter} accepts, in the file's order. */
    public static List<Entry> list(MarketData market, Filter filter, LocalDate day) {
        List<Entry> entries = new ArrayList<>();
        for (FineTuningOffering offering : market.offerings()) {
            Entry entry = entry(market, offering, day);
            if (filter.accepts(entry)) {
                entries.add(entry);
            }
        }
        return entries;
    }

    public static Optional<Entry> find(MarketData market, String id, LocalDate day) {
        return market.offering(id).map(offering -> entry(market, offering, day));
    }

    /**
     * The offerings that take new jobs on {@code day} for at least one of {@code methods}: per-token serving first,
     * then by fixed monthly cost at 730 hours (hourly price × 730; an unknown hourly price last), then in file order
     * (ADVISOR-RULES §12: a TRAINING answer names them in this order).
     */
    public static List<Entry> openFor(MarketData market, List<MarketMethod> methods, LocalDate day) {
        return market.offerings().stream().map(offering -> entry(market, offering, day))
                .filter(Entry::takesNewJobs)
                .filter(entry -> methods.stream().anyMatch(entry.offering()::offers))
                .sorted(Comparator.comparing(OfferingListing::fixedHourly,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** 0 for per-token serving, the hourly price otherwise, null when the hourly price is unknown. */
    private static BigDecimal fixedHourly(Entry entry) {
        FineTuningOffering offering = entry.offering();
        return switch (offering.mode()) {
            case PER_TOKEN -> BigDecimal.ZERO;
            case PER_TOKEN_PLUS_HOSTING -> offering.price(OfferingPrice.HOSTING_USD_PER_HOUR).map(Sourced::value)
                    .orElse(null);
            case DEDICATED -> offering.price(OfferingPrice.REPLICA_USD_PER_HOUR).map(Sourced::value).orElse(null);
        };
    }

    static Entry entry(MarketData market, FineTuningOffering offering, LocalDate day) {
        MarketProvider provider = market.provider(offering.provider()).orElseThrow();
        MarketModel base = market.model(offering.baseModel()).orElseThrow();
        Lifecycle lifecycle = provider.lifecycle();
        Optional<Sourced<LocalDate>> providerLast = lifecycle.newJobsUntil().or(lifecycle::discontinuedOn)
                .map(date -> new Sourced<>(date, lifecycle.sources()));
        Optional<Sourced<LocalDate>> newJobsUntil = earlier(offering.dates().newJobsUntil(), providerLast);
        Optional<Sourced<LocalDate>> retiresOn = offering.dates().retiresOn().or(base::retiresOn);
        ProviderStatus status = lifecycle.on(day);
        boolean takesNewJobs = status != ProviderStatus.DISCONTINUED
                && newJobsUntil.map(last -> !last.value().isBefore(day)).orElse(true)
                && retiresOn.map(retires -> retires.value().isAfter(day)).orElse(true);
        return new Entry(offering, provider, base, status, newJobsUntil, retiresOn, takesNewJobs);
    }

    private static Optional<Sourced<LocalDate>> earlier(Optional<Sourced<LocalDate>> a,
                                                        Optional<Sourced<LocalDate>> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().value().isAfter(b.get().value()) ? b : a;
    }
}
