package dev.trainingadvisor.domain.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trainingadvisor.domain.catalogue.MethodId;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link MarketAdvice#forTraining}: each status and its warning, who is available, and the day that decides. */
class MarketAdviceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final List<Source> SOURCE = List.of(new Source("https://example.org/p", TODAY, true, Optional.empty()));

    static MarketProvider provider(String id, ProviderStatus status, Optional<LocalDate> newJobsUntil,
                                   Optional<LocalDate> discontinuedOn, MarketMethod... methods) {
        return new MarketProvider(id, "Name of " + id, new Lifecycle(status, newJobsUntil, discontinuedOn, SOURCE),
                new Sourced<>(List.of(methods), SOURCE),
                new Pricing(Pricing.Model.PER_TRAINING_TOKEN, SOURCE, Optional.empty()));
    }

    static MarketData market(MarketProvider... providers) {
        return new MarketData("t", TODAY, new PriceMap("n", "https://example.org", "p", "0".repeat(40), "MIT", TODAY,
                Optional.empty()), List.of(providers), List.of(), List.of());
    }

    private static final MarketData MARKET = market(
            provider("openai-fine-tuning", ProviderStatus.CLOSING, Optional.of(LocalDate.of(2027, 1, 6)),
                    Optional.of(LocalDate.of(2027, 1, 14)), MarketMethod.SFT, MarketMethod.DPO),
            provider("anthropic", ProviderStatus.DISCONTINUED, Optional.empty(),
                    Optional.of(LocalDate.of(2026, 9, 10)), MarketMethod.SFT),
            provider("huggingface-autotrain", ProviderStatus.AVAILABLE, Optional.empty(), Optional.empty(),
                    MarketMethod.PEFT),
            provider("replicate", ProviderStatus.AVAILABLE, Optional.empty(), Optional.empty(), MarketMethod.SFT),
            provider("cohere", ProviderStatus.DISCONTINUED, Optional.empty(),
                    Optional.of(LocalDate.of(2025, 9, 15)), MarketMethod.SFT),
            provider("new-one", ProviderStatus.CLOSING, Optional.of(LocalDate.of(2027, 1, 1)), Optional.empty(),
                    MarketMethod.SFT, MarketMethod.PEFT));

    private static List<String> notices(MarketAdvice.ForTraining advice, MarketWarning code) {
        return advice.notices().stream().filter(n -> n.code() == code).map(n -> n.provider().id()).toList();
    }

    @Test
    void aClosingGuideProviderIsWarnedProviderClosing() {
        MarketAdvice.ForTraining advice = MarketAdvice.forTraining(List.of(MethodId.SFT), MARKET, TODAY);
        assertEquals(List.of("openai-fine-tuning"), notices(advice, MarketWarning.PROVIDER_CLOSING));
    }

    @Test
    void aDiscontinuedGuideProviderIsWarnedProviderDiscontinued() {
        MarketAdvice.ForTraining advice = MarketAdvice.forTraining(List.of(MethodId.SFT), MARKET, TODAY);
        assertEquals(List.of("anthropic"), notices(advice, MarketWarning.PROVIDER_DISCONTINUED));
    }

    @Test
    void providersTheGuideDoesNotListAreNeverWarnedAbout() {
        MarketAdvice.ForTraining advice = MarketAdvice.forTraining(List.of(MethodId.SFT), MARKET,
                LocalDate.of(2027, 2, 1));
        assertTrue(advice.notices().stream().noneMatch(n -> n.provider().id().equals("cohere")
                || n.provider().id().equals("new-one")));
    }

    @Test
    void theDayDecides_pastItsLastDayForNewJobsAClosingProviderIsDiscontinued() {
        assertEquals(List.of("openai-fine-tuning"), notices(MarketAdvice.forTraining(List.of(MethodId.SFT), MARKET,
                LocalDate.of(2027, 1, 6)), MarketWarning.PROVIDER_CLOSING));
        MarketAdvice.ForTraining later = MarketAdvice.forTraining(List.of(MethodId.SFT), MARKET,
                LocalDate.of(2027, 1, 7));
        assertEquals(List.of(), notices(later, MarketWarning.PROVIDER_CLOSING));
        assertEquals(List.of("openai-fine-tuning", "anthropic"), notices(later, MarketWarning.PROVIDER_DISCONTINUED));
    }

    @Test
    void availableProvidersAreThoseTakingJobsTodayForARecommendedMethod() {
        MarketAdvice.ForTraining sft = MarketAdvice.forTraining(List.of(MethodId.SFT), MARKET, TODAY);
        assertEquals(List.of("replicate"), sft.available().stream().map(a -> a.provider().id()).toList());
        MarketAdvice.ForTraining both = MarketAdvice.forTraining(List.of(MethodId.SFT, MethodId.PEFT), MARKET, TODAY);
        assertEquals(List.of("huggingface-autotrain", "replicate"),
                both.available().stream().map(a -> a.provider().id()).toList());
        assertEquals(List.of(MarketMethod.PEFT), both.available().get(0).methods());
    }

    @Test
    void noRecommendedMethodMeansNoProviderIsAvailableForIt() {
        assertEquals(List.of(), MarketAdvice.forTraining(List.of(), MARKET, TODAY).available());
        assertEquals(List.of(), MarketAdvice.forTraining(List.of(MethodId.RLHF), MARKET, TODAY).available());
    }

    @Test
    void dataIsStaleOnlyAfterItsMaximumAge() {
        Period maxAge = Period.ofDays(120);
        assertFalse(MARKET.staleOn(TODAY.plusDays(120), maxAge));
        assertTrue(MARKET.staleOn(TODAY.plusDays(121), maxAge));
        assertTrue(MARKET.staleOn(TODAY.plusDays(1), Period.ZERO));
        assertFalse(MARKET.staleOn(TODAY, Period.ZERO));
    }
}
