package dev.trainingadvisor.domain.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.market.ServingMode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** ADVISOR-RULES §12.2's worked examples and edge cases, computed by hand. */
class MarketCostCalculatorTest {
    private static final LocalDate START = LocalDate.parse("2026-12-01");
    private final CostCalculator calculator = new CostCalculator();

    /** §12.2 examples 1 and 2: 1,000,000 queries, 800 prompt + 2,200 retrieved + 300 output, fine-tuned prompt 200. */
    private static MarketCostInput workload(long queries) {
        return MarketCostInput.of(CostInput.of(queries, 800, 300, 20_000_000L).withExtraTokens(0, 2_200)
                .withFineTunedPromptTokens(200), START);
    }

    private static Baseline baseline(String in, String out) {
        return new Baseline(new BigDecimal(in), new BigDecimal(out), Optional.empty());
    }

    private static FineTune dedicated(String replicaUsdPerHour, FineTune.Capacity capacity) {
        return new FineTune(ServingMode.DEDICATED, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(replicaUsdPerHour),
                capacity, new BigDecimal("0.48"), Optional.empty());
    }

    private static void assertMoney(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected), actual, () -> "expected " + expected + ", was " + actual);
    }

    private static BigInteger volume(BreakEven breakEven) {
        return ((BreakEven.Volume.From) breakEven.queriesPerMonth()).queriesPerMonth();
    }

    @Test
    void example1ADedicatedLoraAgainstGpt41PricesIsCheaperFromMonthOneAndFrom346798QueriesAMonth() {
        MarketCostComparison result = calculator.compare(workload(1_000_000), baseline("2.00", "8.00"),
                dedicated("3.99", FineTune.Capacity.DEFAULT), Language.EN);
        CostComparison c = result.comparison();
        assertMoney("0.00840000", c.option(CostOption.RAG).perQueryUsd());
        assertMoney("8400.00", c.option(CostOption.RAG).monthlyUsd());
        assertMoney("0.00000000", c.option(CostOption.FINE_TUNED).perQueryUsd());
        assertMoney("2912.70", c.option(CostOption.FINE_TUNED).monthlyUsd());
        assertMoney("9.60", c.option(CostOption.FINE_TUNED).upfrontUsd());
        assertMoney("69914.40", c.option(CostOption.FINE_TUNED).totalUsd());
        assertEquals(0, new BigDecimal("2912.70").compareTo(result.fixedMonthlyUsd()));
        assertEquals(CostOption.FINE_TUNED, c.cheapest());
        BreakEven rag = c.breakEven().get(1);
        assertEquals(new BreakEven.Month.At(1), rag.month());
        assertEquals(BigInteger.valueOf(346_798), volume(rag));
        // against prompting (no few-shot: 800 tokens, $0.004 a query) the totals meet exactly at 728,275
        assertEquals(BigInteger.valueOf(728_275), volume(c.breakEven().get(0)));
        assertEquals(List.of(), result.retrainings());
        assertEquals(OptionalInt.empty(), result.retireMonth());
    }

    @Test
    void example1At100000QueriesRagCosts840AMonthAndTheDedicatedFineTuneStill2912() {
        CostComparison c = calculator.compare(workload(100_000), baseline("2.00", "8.00"),
                dedicated("3.99", FineTune.Capacity.DEFAULT), Language.EN).comparison();
        assertMoney("840.00", c.option(CostOption.RAG).monthlyUsd());
        assertMoney("2912.70", c.option(CostOption.FINE_TUNED).monthlyUsd());
        assertEquals(CostOption.PROMPTING, c.cheapest());
    }

    @Test
    void example2AgainstACheapBaselineTheDedicatedFineTunePaysOnlyFrom6935953Queries() {
        CostComparison c = calculator.compare(workload(1_000_000), baseline("0.10", "0.40"),
                dedicated("3.99", FineTune.Capacity.DEFAULT), Language.EN).comparison();
        assertMoney("0.00042000", c.option(CostOption.RAG).perQueryUsd());
        assertMoney("420.00", c.option(CostOption.RAG).monthlyUsd());
        assertEquals(BigInteger.valueOf(6_935_953), volume(c.breakEven().get(1)));
        assertEquals(new BreakEven.Month.None(NoBreakEven.NOT_CHEAPER_PER_MONTH), c.breakEven().get(1).month());
        assertEquals(CostOption.PROMPTING, c.cheapest());
    }

    @Test
    void perTokenPlusHostingAt170AnHourAddsTheFixed1241ToTheTokens() {
        FineTune hosted = new FineTune(ServingMode.PER_TOKEN_PLUS_HOSTING, new BigDecimal("2.00"),
                new BigDecimal("8.00"), new BigDecimal("1.70"), FineTune.Capacity.DEFAULT, new BigDecimal("0.48"),
                Optional.empty());
        MarketCostComparison result = calculator.compare(workload(1_000_000), baseline("2.00", "8.00"), hosted,
                Language.EN);
        CostComparison c = result.comparison();
        assertEquals(0, new BigDecimal("1241").compareTo(result.fixedMonthlyUsd()));
        assertMoney("0.00280000", c.option(CostOption.FINE_TUNED).perQueryUsd());
        assertMoney("4041.00", c.option(CostOption.FINE_TUNED).monthlyUsd());
        assertMoney("96993.60", c.option(CostOption.FINE_TUNED).totalUsd());
        // fixed 9.60 + 24 × 1,241 = 29,793.60 ≤ 24 × (0.0084 − 0.0028) × q ⇔ q ≥ 221,678.57
        assertEquals(BigInteger.valueOf(221_679), volume(c.breakEven().get(1)));
        // against prompting: 29,793.60 / (24 × 0.0012) = 1,034,500 exactly
        assertEquals(BigInteger.valueOf(1_034_500), volume(c.breakEven().get(0)));
    }

    @Test
    void twoDeploymentsUpHalfTheMonthCostOneFullMonthAndTenFineTunesSharingAReplicaATenthEach() {
        FineTune hosted = new FineTune(ServingMode.PER_TOKEN_PLUS_HOSTING, BigDecimal.ONE, BigDecimal.ONE,
                new BigDecimal("1.70"), new FineTune.Capacity(2, new BigDecimal("365"), 1), BigDecimal.ONE,
                Optional.empty());
        assertEquals(0, new BigDecimal("1241").compareTo(hosted.fixedMonthly()));
        assertEquals(0, new BigDecimal("291.27").compareTo(
                dedicated("3.99", new FineTune.Capacity(1, new BigDecimal("730"), 10)).fixedMonthly()));
        assertEquals(0, new BigDecimal("970.9").compareTo(
                dedicated("3.99", new FineTune.Capacity(1, new BigDecimal("730"), 3)).fixedMonthly()));
    }

    @Test
    void aBaseRetiringInMonthTwoWithARetrainingScheduledThatMonthIsChargedOnceWithItsMigration() {
        CostInput costs = CostInput.of(1_000, 800, 300, 1_000_000).withHorizonMonths(3).withRetrainEveryMonths(1)
                .withSetupCostUsd(Map.of(CostOption.FINE_TUNED, new BigDecimal("500")));
        FineTune openAi = FineTune.perToken(new BigDecimal("0.30"), new BigDecimal("1.20"), new BigDecimal("3.00"),
                Optional.of(LocalDate.parse("2027-01-14")));
        MarketCostComparison result = calculator.compare(MarketCostInput.of(costs, START),
                baseline("0.15", "0.60"), openAi, Language.EN);
        assertEquals(OptionalInt.of(2), result.retireMonth());
        assertEquals(List.of(new Retraining(2, Retraining.Reason.BASE_RETIRES, new BigDecimal("503.00000000")),
                new Retraining(3, Retraining.Reason.SCHEDULED, new BigDecimal("3.00000000"))), result.retrainings());
        assertEquals(List.of(new BigDecimal("503.00"), new BigDecimal("503.60"), new BigDecimal("1007.20"),
                new BigDecimal("1010.80")), result.comparison().option(CostOption.FINE_TUNED).cumulativeUsd());
    }

    @Test
    void aRetirementOnTheFirstDayOfAMonthFallsInThatMonthAndOneAfterTheHorizonIsNotCharged() {
        MarketCostInput input = workload(10).withCosts(workload(10).costs().withHorizonMonths(2));
        assertEquals(2, input.monthOf(LocalDate.parse("2027-01-01")));
        assertEquals(1, input.monthOf(LocalDate.parse("2026-12-31")));
        assertEquals(0, input.monthOf(LocalDate.parse("2027-02-01")));
        FineTune later = FineTune.perToken(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                Optional.of(LocalDate.parse("2027-02-01")));
        assertEquals(List.of(), calculator.compare(input, baseline("1", "1"), later, Language.EN).retrainings());
    }

    @Test
    void migrationCostDefaultsToTheFineTunesSetupAndCanBeGiven() {
        CostInput costs = CostInput.of(0, 0, 0, 0).withHorizonMonths(2)
                .withSetupCostUsd(Map.of(CostOption.FINE_TUNED, new BigDecimal("700")));
        assertEquals(new BigDecimal("700"), MarketCostInput.of(costs, START).migrationCostUsd());
        FineTune retiring = FineTune.perToken(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                Optional.of(LocalDate.parse("2027-01-02")));
        MarketCostComparison result = calculator.compare(MarketCostInput.of(costs, START)
                .withMigrationCostUsd(new BigDecimal("40")), baseline("1", "1"), retiring, Language.EN);
        assertEquals(0, new BigDecimal("40").compareTo(result.retrainings().get(0).usd()));
    }

    @Test
    void volumeZeroLeavesTheFixedPartsAndTheSimplestOptionWins() {
        CostComparison c = calculator.compare(workload(0), baseline("2.00", "8.00"),
                dedicated("3.99", FineTune.Capacity.DEFAULT), Language.EN).comparison();
        assertMoney("0.00", c.option(CostOption.RAG).totalUsd());
        assertMoney("69914.40", c.option(CostOption.FINE_TUNED).totalUsd());
        assertEquals(CostOption.PROMPTING, c.cheapest());
        assertEquals(new BreakEven.Month.None(NoBreakEven.NOT_CHEAPER_PER_MONTH), c.breakEven().get(1).month());
        assertEquals(BigInteger.valueOf(346_798), volume(c.breakEven().get(1)));
    }

    @Test
    void cachedTokensAreReadAtTheCachedPriceUpToEachOptionsInput() {
        Baseline luna = new Baseline(new BigDecimal("0.10"), new BigDecimal("0.50"),
                Optional.of(new BigDecimal("0.01")));
        CostComparison c = calculator.compare(workload(1).withCachedTokens(500), luna,
                dedicated("3.99", FineTune.Capacity.DEFAULT), Language.EN).comparison();
        // prompting: 300 × 0.10 + 500 × 0.01 + 300 × 0.50 per 1M; RAG: 2,500 × 0.10 + 500 × 0.01 + 300 × 0.50
        assertMoney("0.00018500", c.option(CostOption.PROMPTING).perQueryUsd());
        assertMoney("0.00040500", c.option(CostOption.RAG).perQueryUsd());
        CostComparison all = calculator.compare(workload(1).withCachedTokens(9_000), luna,
                dedicated("3.99", FineTune.Capacity.DEFAULT), Language.EN).comparison();
        assertMoney("0.00015800", all.option(CostOption.PROMPTING).perQueryUsd());
    }

    @Test
    void ragAndAFineTuneTogetherPayTheRetrievedTokensAndRagsRunningCost() {
        MarketCostInput input = MarketCostInput.of(CostInput.of(1_000, 800, 300, 0).withExtraTokens(0, 2_200)
                .withFineTunedPromptTokens(200).withRagMonthlyUsd(new BigDecimal("50")), START)
                .withFineTunedRetrievedTokens(2_200);
        CostComparison c = calculator.compare(input, baseline("2", "8"),
                FineTune.perToken(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, Optional.empty()), Language.EN)
                .comparison();
        // (200 + 2,200) × 1 + 300 × 1 per 1M = 0.0027; × 1,000 + 50
        assertMoney("52.70", c.option(CostOption.FINE_TUNED).monthlyUsd());
    }

    @Test
    void cachedTokensWithoutACachedPriceAndARetirementBeforeTheStartAreProgrammingErrors() {
        assertThrows(IllegalArgumentException.class, () -> calculator.compare(workload(1).withCachedTokens(1),
                baseline("1", "1"), dedicated("1", FineTune.Capacity.DEFAULT), Language.EN));
        assertThrows(IllegalArgumentException.class, () -> calculator.compare(workload(1), baseline("1", "1"),
                FineTune.perToken(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, Optional.of(START)), Language.EN));
        assertThrows(IllegalArgumentException.class, () -> new FineTune(ServingMode.DEDICATED, BigDecimal.ONE,
                BigDecimal.ZERO, BigDecimal.ONE, FineTune.Capacity.DEFAULT, BigDecimal.ONE, Optional.empty()));
    }
}
