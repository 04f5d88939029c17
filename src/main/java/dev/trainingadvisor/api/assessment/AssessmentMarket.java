package dev.trainingadvisor.api.assessment;

import dev.trainingadvisor.api.market.Market;
import dev.trainingadvisor.api.market.MarketAnswers;
import dev.trainingadvisor.api.market.MarketDataDto;
import dev.trainingadvisor.domain.GuideSection;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.Texts;
import dev.trainingadvisor.api.common.GuideSectionDto;
import dev.trainingadvisor.domain.assessment.Approach;
import dev.trainingadvisor.domain.market.MarketAdvice;
import dev.trainingadvisor.domain.market.MarketData;
import dev.trainingadvisor.domain.market.MarketMethod;
import dev.trainingadvisor.domain.market.MarketWarning;
import dev.trainingadvisor.domain.catalogue.MethodId;
import dev.trainingadvisor.domain.market.MarketTexts;
import dev.trainingadvisor.domain.market.OfferingListing;
import dev.trainingadvisor.domain.market.Sourced;
import dev.trainingadvisor.api.offering.OfferingDto;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What today's market adds to a TRAINING answer (ADVISOR-RULES §10): a warning for each of the guide's providers that
 * is closing or gone, the providers that take jobs today for the recommended methods, a next step saying that a
 * fine-tune dies with its base model, {@code marketData}, and {@code MARKET_DATA_STALE} when the data is old. Other
 * approaches use no market data and pass through unchanged. The decision itself is {@link MarketAdvice}'s.
 */
@Singleton
public class AssessmentMarket {
    static final String MODELS_LINK = "/models";

    private final Market market;
    private final MarketAnswers answers;

    public AssessmentMarket(Market market, MarketAnswers answers) {
        this.market = market;
        this.answers = answers;
    }

    /**
     * The codes of the warnings {@link #addTo} would add, without their texts: for a TRAINING answer one
     * PROVIDER_CLOSING or PROVIDER_DISCONTINUED per guide provider in that state (in file order), then
     * MARKET_DATA_STALE when the data is old; nothing for other approaches.
     */
    public List<MarketWarning> warningCodes(Approach approach, List<MethodId> recommendedMethods) {
        if (approach != Approach.TRAINING) {
            return List.of();
        }
        LocalDate today = market.today();
        MarketData data = market.data();
        CodesOn cached = codesOn;
        if (cached == null || !cached.day().equals(today) || cached.data() != data) {
            // The notices depend on the day and the data only (the providers' states), not on the methods: once a
            // day, and again when the market data is replaced.
            List<MarketWarning> codes = new ArrayList<>(4);
            for (MarketAdvice.ProviderNotice notice : MarketAdvice.forTraining(recommendedMethods, data,
                    today).notices()) {
                codes.add(notice.code());
            }
            if (data.staleOn(today, market.maxAge())) {
                codes.add(MarketWarning.MARKET_DATA_STALE);
            }
            cached = new CodesOn(today, data, List.copyOf(codes));
            codesOn = cached;
        }
        return cached.codes();
    }

    /** The market warning codes of a TRAINING answer on one day, with one version of the market data. */
    private record CodesOn(LocalDate day, MarketData data, List<MarketWarning> codes) {
    }

    private volatile CodesOn codesOn;

    /**
     * {@code response} with what today's market adds to it (nothing unless it is TRAINING): the warnings, the next
     * step, {@code marketData}, the providers and offerings open for its recommended methods.
     */
    public AssessmentResponse addTo(AssessmentResponse response, Language language) {
        if (response.approach() != Approach.TRAINING) {
            return response;
        }
        MarketPart part = partFor(response.recommendedMethods(), language);
        return response.withMarket(part.steps(), part.warnings(), part.marketData(), part.available(),
                part.offerings(), part.validUntil());
    }

    /**
     * What the market adds to a TRAINING answer: a function of the day, the market data, the recommended methods and
     * the language only, never of the profile. It is worked out once per day, data version, method list and language
     * (at most a few dozen parts, since there are three methods and two languages) instead of for every answer -
     * about a twentieth of a full answer's CPU (issue 22's profile). Each answer is still decided and worded on its
     * own; no answer is cached.
     */
    record MarketPart(List<AssessmentResponse.NextStep> steps, List<AssessmentResponse.Warning> warnings,
                      MarketDataDto marketData, List<AssessmentResponse.AvailableProvider> available,
                      List<AssessmentResponse.OfferingChoice> offerings, ValidUntilDto validUntil) {
    }

    /**
     * The parts worked out on one day with one version of the market data, by method list and language, and the lean
     * answers' {@code validUntil} by method list.
     */
    private record PartsOn(LocalDate day, MarketData data, MarketDataDto marketData,
                           ConcurrentHashMap<PartKey, MarketPart> parts,
                           ConcurrentHashMap<List<MethodId>, Optional<ValidUntilDto>> leanValidUntil) {
    }

    private record PartKey(List<MethodId> methods, Language language) {
    }

    private volatile PartsOn partsOn;

    private MarketPart partFor(List<MethodId> recommendedMethods, Language language) {
        PartsOn current = partsOnToday();
        return current.parts().computeIfAbsent(new PartKey(List.copyOf(recommendedMethods), language),
                key -> part(key.methods(), key.language(), current));
    }

    /** The parts of today with the market data in use, started afresh when the day or the data changed. */
    private PartsOn partsOnToday() {
        LocalDate today = market.today();
        MarketData data = market.data();
        PartsOn on = partsOn;
        if (on == null || !on.day().equals(today) || on.data() != data) {
            on = new PartsOn(today, data, MarketDataDto.of(data), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
            partsOn = on;
        }
        return on;
    }

    private MarketPart part(List<MethodId> recommendedMethods, Language language, PartsOn on) {
        LocalDate today = on.day();
        MarketData data = on.data();
        MarketAdvice.ForTraining advice = MarketAdvice.forTraining(recommendedMethods, data, today);
        GuideSectionDto providersSection = GuideSectionDto.of(GuideSection.PROVIDERS, Texts.in(language));
        List<AssessmentResponse.Warning> warnings = new ArrayList<>();
        for (MarketAdvice.ProviderNotice notice : advice.notices()) {
            warnings.add(new AssessmentResponse.Warning(notice.code().name(),
                    MarketTexts.notice(notice, today, language), List.of(providersSection), null, null,
                    List.of(notice.provider().id())));
        }
        if (data.staleOn(today, market.maxAge())) {
            warnings.add(new AssessmentResponse.Warning(MarketWarning.MARKET_DATA_STALE.name(),
                    MarketTexts.stale(data, market.maxAge(), language), List.of(), null, null, List.of()));
        }
        List<MarketMethod> methods = recommendedMethods.stream().map(MarketMethod::of)
                .flatMap(Optional::stream).toList();
        List<OfferingListing.Entry> open = OfferingListing.openFor(data, methods, today);
        AssessmentResponse.NextStep step = new AssessmentResponse.NextStep(MarketTexts.BASE_MODEL_STEP, false,
                List.of(), MarketTexts.baseModelStep(open, methods, language), MODELS_LINK);
        List<AssessmentResponse.AvailableProvider> available = advice.available().stream()
                .map(a -> new AssessmentResponse.AvailableProvider(a.provider().id(), a.provider().name(),
                        a.methods())).toList();
        List<AssessmentResponse.OfferingChoice> offerings = open.stream()
                .map(entry -> new AssessmentResponse.OfferingChoice(entry.offering().id(), entry.offering().provider(),
                        entry.offering().baseModel(), entry.offering().mode(),
                        methods.stream().filter(entry.offering()::offers).toList(),
                        OfferingDto.fixedMonthly(entry.offering()).orElse(null),
                        entry.retiresOn().map(Sourced::value).orElse(null), entry.offering().limits()))
                .toList();
        ValidUntilDto validUntil = MarketAdvice.validUntil(recommendedMethods, data, today, market.maxAge())
                .map(fact -> ValidUntilDto.of(fact, language)).orElse(null);
        return new MarketPart(List.of(step), List.copyOf(warnings), on.marketData(), available, offerings,
                validUntil);
    }

    /**
     * The lean answer's {@code validUntil} (codes only) for an answer of {@code approach} recommending
     * {@code recommendedMethods}: empty unless TRAINING, or when no dated fact lies ahead.
     */
    public Optional<ValidUntilDto> validUntil(Approach approach, List<MethodId> recommendedMethods) {
        if (approach != Approach.TRAINING) {
            return Optional.empty();
        }
        // Like the full answer's market part, a function of the day, the data and the methods only: worked out once
        // per method list and kept with the parts of the day (issue 22: it was a tenth of a lean answer's CPU).
        PartsOn current = partsOnToday();
        return current.leanValidUntil().computeIfAbsent(List.copyOf(recommendedMethods),
                methods -> MarketAdvice.validUntil(methods, current.data(), current.day(), market.maxAge())
                        .map(ValidUntilDto::lean));
    }
}
