package dev.trainingadvisor.api.assessment;

import dev.trainingadvisor.api.market.Market;
import dev.trainingadvisor.api.market.MarketAnswers;
import dev.trainingadvisor.api.market.MarketWarningDto;
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

    public AssessmentResponse addTo(AssessmentResponse response, Language language) {
        if (response.approach() != Approach.TRAINING) {
            return response;
        }
        LocalDate today = market.today();
        MarketAdvice.ForTraining advice = MarketAdvice.forTraining(response.recommendedMethods(), market.data(),
                today);
        GuideSectionDto providersSection = GuideSectionDto.of(GuideSection.PROVIDERS, Texts.in(language));
        List<AssessmentResponse.Warning> warnings = new ArrayList<>();
        for (MarketAdvice.ProviderNotice notice : advice.notices()) {
            warnings.add(new AssessmentResponse.Warning(notice.code().name(),
                    MarketTexts.notice(notice, today, language), List.of(providersSection), null, null,
                    List.of(notice.provider().id())));
        }
        for (MarketWarningDto stale : answers.warnings(language)) {
            warnings.add(new AssessmentResponse.Warning(stale.code().name(), stale.message(), List.of(), null, null,
                    List.of()));
        }
        List<MarketMethod> methods = response.recommendedMethods().stream().map(MarketMethod::of)
                .flatMap(Optional::stream).toList();
        List<OfferingListing.Entry> open = OfferingListing.openFor(market.data(), methods, today);
        AssessmentResponse.NextStep step = new AssessmentResponse.NextStep(MarketTexts.BASE_MODEL_STEP, false,
                List.of(), MarketTexts.baseModelStep(open, methods, language), MODELS_LINK);
        return response.withMarket(List.of(step), warnings, answers.marketData(), advice.available().stream()
                .map(a -> new AssessmentResponse.AvailableProvider(a.provider().id(), a.provider().name(),
                        a.methods())).toList(), open.stream()
                .map(entry -> new AssessmentResponse.OfferingChoice(entry.offering().id(), entry.offering().provider(),
                        entry.offering().baseModel(), entry.offering().mode(),
                        methods.stream().filter(entry.offering()::offers).toList(),
                        OfferingDto.fixedMonthly(entry.offering()).orElse(null),
                        entry.retiresOn().map(Sourced::value).orElse(null), entry.offering().limits()))
                .toList());
    }
}
