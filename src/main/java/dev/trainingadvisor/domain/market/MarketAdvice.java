package dev.trainingadvisor.domain.market;

import dev.trainingadvisor.domain.catalogue.MethodId;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the market says to a team the rules send to TRAINING (ADVISOR-RULES §10): which of the guide's providers are
 * closing or gone, and who takes jobs today for the recommended methods. A pure function of its arguments.
 */
public final class MarketAdvice {
    /** The guide's four providers (ADVISOR-RULES §1), the only ones a closing/discontinued warning is about. */
    public static final Set<String> GUIDE_PROVIDERS =
            Set.of("openai-fine-tuning", "anthropic", "huggingface-autotrain", "replicate");

    private MarketAdvice() {
    }

    /** A warning about one guide provider, with its status on the day asked. */
    public record ProviderNotice(MarketWarning code, MarketProvider provider) {
        public ProviderNotice {
            Objects.requireNonNull(code);
            Objects.requireNonNull(provider);
        }
    }

    /** A provider that takes jobs today, and which of the recommended methods it offers (at least one). */
    public record Available(MarketProvider provider, List<MarketMethod> methods) {
        public Available {
            Objects.requireNonNull(provider);
            methods = List.copyOf(methods);
        }
    }

    /**
     * The advice for a TRAINING answer.
     *
     * @param notices one per guide provider that is CLOSING or DISCONTINUED on that day, in file order
     * @param available every provider AVAILABLE on that day that offers at least one of the recommended methods
     */
    public record ForTraining(List<ProviderNotice> notices, List<Available> available) {
        public ForTraining {
            notices = List.copyOf(notices);
            available = List.copyOf(available);
        }
    }

    /**
     * @param methods the assessment's recommended methods (SFT and PEFT map to the market's SFT and PEFT)
     * @param today the day of the answer: a CLOSING provider past its last day for new jobs counts as DISCONTINUED
     */
    public static ForTraining forTraining(List<MethodId> methods, MarketData market, LocalDate today) {
        List<MarketMethod> wanted = methods.stream().map(MarketMethod::of).flatMap(Optional::stream).toList();
        List<ProviderNotice> notices = new ArrayList<>();
        List<Available> available = new ArrayList<>();
        for (MarketProvider provider : market.providers()) {
            ProviderStatus status = provider.lifecycle().on(today);
            if (GUIDE_PROVIDERS.contains(provider.id()) && status != ProviderStatus.AVAILABLE) {
                notices.add(new ProviderNotice(status == ProviderStatus.CLOSING
                        ? MarketWarning.PROVIDER_CLOSING : MarketWarning.PROVIDER_DISCONTINUED, provider));
            }
            List<MarketMethod> offered = wanted.stream().filter(provider::offers).toList();
            if (status == ProviderStatus.AVAILABLE && !offered.isEmpty()) {
                available.add(new Available(provider, offered));
            }
        }
        return new ForTraining(notices, available);
    }

    /**
     * The dated facts of {@code market} that a TRAINING answer for {@code methods} given on {@code today} depends on
     * and that have not taken effect yet, earliest first (then in the order below; issue 19 {@code validUntil}): for
     * each of the guide's providers and each provider the answer names as available, its {@code newJobsUntil} and
     * {@code discontinuedOn}; for each offering the answer names ({@link OfferingListing#openFor}), its last day for
     * new jobs and its retirement; and the day the data turns stale. Empty when none lies ahead.
     *
     * @param maxAge {@code ADVISOR_MARKET_DATA_MAX_AGE}
     */
    public static List<DatedFact> datedFacts(List<MethodId> methods, MarketData market, LocalDate today,
                                             Period maxAge) {
        List<DatedFact> facts = new ArrayList<>();
        ForTraining advice = forTraining(methods, market, today);
        Set<String> named = new java.util.LinkedHashSet<>(GUIDE_PROVIDERS);
        advice.available().forEach(available -> named.add(available.provider().id()));
        for (MarketProvider provider : market.providers()) {
            if (!named.contains(provider.id())) {
                continue;
            }
            Lifecycle lifecycle = provider.lifecycle();
            lifecycle.newJobsUntil().ifPresent(day -> facts.add(new DatedFact(day,
                    DatedFact.Kind.PROVIDER_NEW_JOBS_END, provider.id(), provider.name(), day)));
            lifecycle.discontinuedOn().ifPresent(day -> facts.add(new DatedFact(day.minusDays(1),
                    DatedFact.Kind.PROVIDER_SHUTDOWN, provider.id(), provider.name(), day)));
        }
        List<MarketMethod> wanted = methods.stream().map(MarketMethod::of).flatMap(Optional::stream).toList();
        for (OfferingListing.Entry entry : OfferingListing.openFor(market, wanted, today)) {
            // an offering's date that is its named provider's own date adds nothing to the provider's fact
            Lifecycle lifecycle = entry.provider().lifecycle();
            boolean providerNamed = named.contains(entry.provider().id());
            java.util.function.Predicate<LocalDate> own = day -> !providerNamed
                    || !(lifecycle.newJobsUntil().equals(Optional.of(day))
                    || lifecycle.discontinuedOn().equals(Optional.of(day)));
            String id = entry.offering().id();
            entry.newJobsUntil().map(Sourced::value).filter(own).ifPresent(day -> facts.add(new DatedFact(day,
                    DatedFact.Kind.OFFERING_NEW_JOBS_END, id, id, day)));
            entry.retiresOn().map(Sourced::value).filter(own).ifPresent(day -> facts.add(new DatedFact(
                    day.minusDays(1), DatedFact.Kind.OFFERING_RETIREMENT, id, id, day)));
        }
        LocalDate fresh = market.asOf().plus(maxAge);
        facts.add(new DatedFact(fresh, DatedFact.Kind.MARKET_DATA_STALE, market.version(), market.version(), fresh));
        return facts.stream().filter(fact -> !fact.lastDay().isBefore(today))
                .sorted(Comparator.comparing(DatedFact::lastDay)).toList();
    }

    /** The earliest of {@link #datedFacts}: until when a TRAINING answer holds as given, and why. */
    public static Optional<DatedFact> validUntil(List<MethodId> methods, MarketData market, LocalDate today,
                                                 Period maxAge) {
        List<DatedFact> facts = datedFacts(methods, market, today, maxAge);
        return facts.isEmpty() ? Optional.empty() : Optional.of(facts.get(0));
    }
}
