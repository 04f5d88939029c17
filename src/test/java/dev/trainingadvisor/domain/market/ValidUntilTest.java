package dev.trainingadvisor.domain.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.trainingadvisor.domain.catalogue.MethodId;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link MarketAdvice#validUntil} and {@link MarketAdvice#datedFacts} on {@link MarketAdviceTest}'s market (issue 19),
 * worked by hand: OpenAI (a guide provider) takes jobs through 2027-01-06 and shuts on 2027-01-14; "new-one" (not in
 * the guide, CLOSING, so never named as available) stops on 2027-01-01; the data of 2026-11-29 turns stale after
 * 2027-03-29 with P120D.
 */
class ValidUntilTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Period MAX_AGE = Period.ofDays(120);
    private static final MarketData MARKET = MarketAdviceTest.market(
            MarketAdviceTest.provider("openai-fine-tuning", ProviderStatus.CLOSING,
                    Optional.of(LocalDate.of(2027, 1, 6)), Optional.of(LocalDate.of(2027, 1, 14)), MarketMethod.SFT),
            MarketAdviceTest.provider("anthropic", ProviderStatus.DISCONTINUED, Optional.empty(),
                    Optional.of(LocalDate.of(2026, 9, 10)), MarketMethod.SFT),
            MarketAdviceTest.provider("replicate", ProviderStatus.AVAILABLE, Optional.empty(), Optional.empty(),
                    MarketMethod.SFT),
            MarketAdviceTest.provider("new-one", ProviderStatus.CLOSING, Optional.of(LocalDate.of(2027, 1, 1)),
                    Optional.empty(), MarketMethod.SFT));

    @Test
    void aTrainingAnswerHoldsUntilTheGuideProvidersLastDayForNewJobs() {
        DatedFact fact = MarketAdvice.validUntil(List.of(MethodId.SFT), MARKET, TODAY, MAX_AGE).orElseThrow();
        assertEquals(new DatedFact(LocalDate.of(2027, 1, 6), DatedFact.Kind.PROVIDER_NEW_JOBS_END,
                "openai-fine-tuning", "Name of openai-fine-tuning", LocalDate.of(2027, 1, 6)), fact);
    }

    @Test
    void everyDatedFactAheadIsListedEarliestFirstAndPastOnesAreLeftOut() {
        List<DatedFact> facts = MarketAdvice.datedFacts(List.of(MethodId.SFT), MARKET, TODAY, MAX_AGE);
        assertEquals(List.of(LocalDate.of(2027, 1, 6), LocalDate.of(2027, 1, 13), LocalDate.of(2027, 3, 29)),
                facts.stream().map(DatedFact::lastDay).toList());
        assertEquals(List.of(DatedFact.Kind.PROVIDER_NEW_JOBS_END, DatedFact.Kind.PROVIDER_SHUTDOWN,
                DatedFact.Kind.MARKET_DATA_STALE), facts.stream().map(DatedFact::kind).toList());
    }

    @Test
    void theDayAfterTheLastDayForNewJobsTheShutdownIsNext() {
        DatedFact fact = MarketAdvice.validUntil(List.of(MethodId.SFT), MARKET, LocalDate.of(2027, 1, 7), MAX_AGE)
                .orElseThrow();
        assertEquals(DatedFact.Kind.PROVIDER_SHUTDOWN, fact.kind());
        assertEquals(LocalDate.of(2027, 1, 13), fact.lastDay());
        assertEquals(LocalDate.of(2027, 1, 14), fact.factDate());
    }

    @Test
    void onTheLastDayItselfTheAnswerStillHolds() {
        assertEquals(LocalDate.of(2027, 1, 6), MarketAdvice.validUntil(List.of(MethodId.SFT), MARKET,
                LocalDate.of(2027, 1, 6), MAX_AGE).orElseThrow().lastDay());
    }

    @Test
    void nothingAheadOnceEveryDateHasPassed() {
        assertEquals(Optional.empty(), MarketAdvice.validUntil(List.of(MethodId.SFT), MARKET,
                LocalDate.of(2027, 4, 1), MAX_AGE));
    }
}
