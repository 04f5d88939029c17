package dev.trainingadvisor.domain.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trainingadvisor.domain.Language;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ADVISOR-RULES §11 worked by hand: every expected figure below is computed in the comment above it. */
class CostCalculatorTest {
    /** gpt-4o-mini: 0.15 / 0.60 base, 0.30 / 1.20 fine-tuned, 3.00 training, USD per 1M tokens (§11's example). */
    static final Prices GPT_4O_MINI = Prices.none()
            .with(PriceField.INPUT_USD, new BigDecimal("0.15"))
            .with(PriceField.OUTPUT_USD, new BigDecimal("0.60"))
            .with(PriceField.FINE_TUNED_INPUT_USD, new BigDecimal("0.30"))
            .with(PriceField.FINE_TUNED_OUTPUT_USD, new BigDecimal("1.20"))
            .with(PriceField.TRAINING_USD, new BigDecimal("3.00"));

    private final CostCalculator calculator = new CostCalculator();

    /** 800 prompt + 2,200 retrieved + 300 output tokens, a million queries a month; 3M training tokens ($9). */
    static CostInput issueExample() {
        return CostInput.of(1_000_000, 800, 300, 3_000_000).withExtraTokens(0, 2_200);
    }

    @Test
    void theIssuesExampleRagCosts63HundredThousandthsAndTheFineTune60() {
        CostComparison comparison = calculator.compare(issueExample(), GPT_4O_MINI, Language.EN);
        // RAG: 3,000 × 0.15/1e6 + 300 × 0.60/1e6 = 0.00045 + 0.00018
        assertEquals(new BigDecimal("0.00063000"), comparison.option(CostOption.RAG).perQueryUsd());
        // FINE_TUNED with the same 800-token prompt: 800 × 0.30/1e6 + 300 × 1.20/1e6 = 0.00024 + 0.00036
        assertEquals(new BigDecimal("0.00060000"), comparison.option(CostOption.FINE_TUNED).perQueryUsd());
        // PROMPTING without few-shot examples: 800 × 0.15/1e6 + 0.00018
        assertEquals(new BigDecimal("0.00030000"), comparison.option(CostOption.PROMPTING).perQueryUsd());
        // a month: per query × 1,000,000
        assertEquals(new BigDecimal("630.00"), comparison.option(CostOption.RAG).monthlyUsd());
        assertEquals(new BigDecimal("600.00"), comparison.option(CostOption.FINE_TUNED).monthlyUsd());
        // training: 3,000,000 × 3.00/1e6 = 9; total 9 + 24 × 600
        assertEquals(new BigDecimal("9.00"), comparison.option(CostOption.FINE_TUNED).upfrontUsd());
        assertEquals(new BigDecimal("14409.00"), comparison.option(CostOption.FINE_TUNED).totalUsd());
        assertEquals(new BigDecimal("15120.00"), comparison.option(CostOption.RAG).totalUsd());
        assertEquals(new BigDecimal("7200.00"), comparison.option(CostOption.PROMPTING).totalUsd());
        assertEquals(CostOption.PROMPTING, comparison.cheapest());
        assertEquals(List.of(new BigDecimal("9.00"), new BigDecimal("609.00"), new BigDecimal("1209.00")),
                comparison.option(CostOption.FINE_TUNED).cumulativeUsd().subList(0, 3));
        assertEquals(25, comparison.option(CostOption.RAG).cumulativeUsd().size());

        BreakEven rag = comparison.breakEven().get(1);
        assertEquals(CostOption.RAG, rag.against());
        // month 0: 9 > 0; month 1: 609 <= 630
        assertEquals(new BreakEven.Month.At(1), rag.month());
        // gap 9, saving 0.00003 a query: ceil(9 / (24 × 0.00003)) = 12,500 (9 + 24 × 12,500 × 0.0006 = 189 = RAG's)
        assertEquals(new BreakEven.Volume.From(BigInteger.valueOf(12_500)), rag.queriesPerMonth());
        assertTrue(rag.text().contains("from month 1") && rag.text().contains("from 12,500 queries"), rag.text());
    }

    @Test
    void aFineTuneDearerPerQueryThanPromptingNeverBreaksEven() {
        CostComparison comparison = calculator.compare(issueExample(), GPT_4O_MINI, Language.EN);
        BreakEven prompting = comparison.breakEven().get(0);
        assertEquals(CostOption.PROMPTING, prompting.against());
        // 9 upfront against 0, and 600 a month against 300: the gap only grows
        assertEquals(new BreakEven.Month.None(NoBreakEven.NOT_CHEAPER_PER_MONTH), prompting.month());
        // 0.0006 a query against 0.0003, and fixed costs 9 against 0
        assertEquals(new BreakEven.Volume.None(NoBreakEven.NOT_CHEAPER_PER_QUERY), prompting.queriesPerMonth());
    }

    @Test
    void anEqualPerQueryCostIsNeverCheaperEither() {
        // 2,000 few-shot tokens: (800 + 2,000) × 0.15/1e6 + 0.00018 = 0.0006, exactly the fine-tune's
        CostInput input = issueExample().withExtraTokens(2_000, 2_200);
        CostComparison comparison = calculator.compare(input, GPT_4O_MINI, Language.EN);
        assertEquals(comparison.option(CostOption.FINE_TUNED).perQueryUsd(),
                comparison.option(CostOption.PROMPTING).perQueryUsd());
        assertEquals(new BreakEven.Volume.None(NoBreakEven.NOT_CHEAPER_PER_QUERY),
                comparison.breakEven().get(0).queriesPerMonth());
        assertEquals(new BreakEven.Month.None(NoBreakEven.NOT_CHEAPER_PER_MONTH), comparison.breakEven().get(0).month());
        // totals: prompting 24 × 600 = 14,400; the fine-tune 9 more
        assertEquals(CostOption.PROMPTING, comparison.cheapest());
    }

    @Test
    void retrainingEverySixMonthsCostsATrainingInMonths7_13And19() {
        CostInput input = issueExample().withRetrainEveryMonths(6);
        CostComparison comparison = calculator.compare(input, GPT_4O_MINI, Language.EN);
        List<BigDecimal> cumulative = comparison.option(CostOption.FINE_TUNED).cumulativeUsd();
        // month 6: 9 + 6 × 600 = 3,609; month 7 adds 600 + 9
        assertEquals(new BigDecimal("3609.00"), cumulative.get(6));
        assertEquals(new BigDecimal("4218.00"), cumulative.get(7));
        assertEquals(new BigDecimal("4818.00"), cumulative.get(8));
        // 9 + 24 × 600 + 3 × 9
        assertEquals(new BigDecimal("14436.00"), comparison.option(CostOption.FINE_TUNED).totalUsd());
        // a month without retraining stays 600
        assertEquals(new BigDecimal("600.00"), comparison.option(CostOption.FINE_TUNED).monthlyUsd());
        // gap 9 + 27 = 36: ceil(36 / 0.00072) = 50,000
        assertEquals(new BreakEven.Volume.From(BigInteger.valueOf(50_000)),
                comparison.breakEven().get(1).queriesPerMonth());
    }

    @Test
    void retrainingEveryMonthStartsInMonthTwo() {
        CostInput input = issueExample().withRetrainEveryMonths(1).withHorizonMonths(3);
        List<BigDecimal> cumulative = calculator.compare(input, GPT_4O_MINI, Language.EN)
                .option(CostOption.FINE_TUNED).cumulativeUsd();
        // month 1: 9 + 600; months 2 and 3: + 609 each (month 1 is the first training's month)
        assertEquals(List.of(new BigDecimal("9.00"), new BigDecimal("609.00"), new BigDecimal("1218.00"),
                new BigDecimal("1827.00")), cumulative);
    }

    @Test
    void atZeroVolumeOnlyFixedCostsCountAndTheFineTuneBeatsRagsRunningCost() {
        CostInput input = issueExample().withQueriesPerMonth(0).withRagMonthlyUsd(new BigDecimal("50"));
        CostComparison comparison = calculator.compare(input, GPT_4O_MINI, Language.EN);
        assertEquals(new BigDecimal("0.00"), comparison.option(CostOption.PROMPTING).totalUsd());
        // 24 × 50
        assertEquals(new BigDecimal("1200.00"), comparison.option(CostOption.RAG).totalUsd());
        assertEquals(new BigDecimal("9.00"), comparison.option(CostOption.FINE_TUNED).totalUsd());
        assertEquals(CostOption.PROMPTING, comparison.cheapest());
        BreakEven rag = comparison.breakEven().get(1);
        // month 0: 9 > 0; month 1: 9 <= 50
        assertEquals(new BreakEven.Month.At(1), rag.month());
        // fixed costs 9 against 1,200: cheaper from no queries at all
        assertEquals(new BreakEven.Volume.From(BigInteger.ZERO), rag.queriesPerMonth());
        // no volume beats prompting, whose fixed costs are 0
        assertEquals(new BreakEven.Volume.None(NoBreakEven.NOT_CHEAPER_PER_QUERY),
                comparison.breakEven().get(0).queriesPerMonth());
    }

    @Test
    void aFineTuneThatCatchesUpTooSlowlyHasNoMonthWithinTheHorizon() {
        // 2B training tokens: $6,000 upfront, $30 a month saved against RAG: 200 months to catch up
        CostInput input = CostInput.of(1_000_000, 800, 300, 2_000_000_000L).withExtraTokens(0, 2_200);
        CostComparison comparison = calculator.compare(input, GPT_4O_MINI, Language.EN);
        assertEquals(new BreakEven.Month.None(NoBreakEven.NOT_WITHIN_HORIZON), comparison.breakEven().get(1).month());
        // ceil(6,000 / (24 × 0.00003)) = 8,333,334 (8,333,333.33…)
        assertEquals(new BreakEven.Volume.From(BigInteger.valueOf(8_333_334)),
                comparison.breakEven().get(1).queriesPerMonth());
    }

    @Test
    void setupCostsComeUpfrontAndATieGoesToTheSimplerOption() {
        // Everything free except setup: 10 for each option; all totals 10
        Prices free = Prices.none();
        for (PriceField field : PriceField.values()) {
            free = free.with(field, BigDecimal.ZERO);
        }
        Map<CostOption, BigDecimal> setup = Map.of(CostOption.PROMPTING, BigDecimal.TEN, CostOption.RAG,
                BigDecimal.TEN, CostOption.FINE_TUNED, BigDecimal.TEN);
        CostComparison tie = calculator.compare(issueExample().withSetupCostUsd(setup), free, Language.EN);
        assertEquals(CostOption.PROMPTING, tie.cheapest());
        assertEquals(new BigDecimal("10.00"), tie.option(CostOption.RAG).upfrontUsd());
        assertEquals(new BreakEven.Month.At(0), tie.breakEven().get(0).month());

        CostComparison ragWins = calculator.compare(issueExample().withSetupCostUsd(
                Map.of(CostOption.PROMPTING, BigDecimal.TEN, CostOption.RAG, BigDecimal.ONE, CostOption.FINE_TUNED,
                        BigDecimal.TEN)), free, Language.EN);
        assertEquals(CostOption.RAG, ragWins.cheapest());
    }

    @Test
    void perQueryFiguresKeepEightDecimalsAndMoneyTwoRoundedHalfUp() {
        // 1 token at 0.000005 per 1M = 0.000000000005: 0.00000000 per query; a billion queries: $0.005 → 0.01
        Prices tiny = GPT_4O_MINI.with(PriceField.INPUT_USD, new BigDecimal("0.000005"))
                .with(PriceField.OUTPUT_USD, BigDecimal.ZERO);
        CostInput input = CostInput.of(1_000_000_000, 1, 0, 0).withHorizonMonths(1);
        CostComparison comparison = calculator.compare(input, tiny, Language.EN);
        assertEquals(new BigDecimal("0.00000000"), comparison.option(CostOption.PROMPTING).perQueryUsd());
        assertEquals(new BigDecimal("0.01"), comparison.option(CostOption.PROMPTING).monthlyUsd());
    }

    @Test
    void answersInChinese() {
        CostComparison comparison = calculator.compare(issueExample(), GPT_4O_MINI, Language.ZH);
        assertTrue(comparison.summary().startsWith("每月 1,000,000 次查询"), comparison.summary());
        assertTrue(comparison.breakEven().get(1).text().contains("从第 1 个月起"), comparison.breakEven().get(1).text());
    }

    @Test
    void incompletePricesAreNamedAndCannotBeCompared() {
        Prices partial = Prices.none().with(PriceField.INPUT_USD, BigDecimal.ONE);
        Prices.Completeness completeness = partial.complete();
        Prices.Completeness.Incomplete incomplete = assertInstanceOf(Prices.Completeness.Incomplete.class, completeness);
        assertEquals(List.of(PriceField.OUTPUT_USD, PriceField.FINE_TUNED_INPUT_USD, PriceField.FINE_TUNED_OUTPUT_USD,
                PriceField.TRAINING_USD), incomplete.missing());
        assertThrows(IllegalArgumentException.class, () -> calculator.compare(issueExample(), partial, Language.EN));
    }

    @Test
    void explicitPricesOverrideAModelsFieldByField() {
        Prices explicit = Prices.none().with(PriceField.TRAINING_USD, new BigDecimal("25"));
        Prices merged = explicit.over(GPT_4O_MINI);
        assertEquals(new BigDecimal("25"), merged.get(PriceField.TRAINING_USD).orElseThrow());
        assertEquals(new BigDecimal("0.15"), merged.get(PriceField.INPUT_USD).orElseThrow());
        assertEquals(List.of(PriceField.INPUT_USD, PriceField.OUTPUT_USD, PriceField.FINE_TUNED_INPUT_USD,
                PriceField.FINE_TUNED_OUTPUT_USD), explicit.missing());
    }

    @Test
    void inputsOutOfBoundsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CostInput.of(-1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> CostInput.of(1, 1, 1, 1).withHorizonMonths(0));
        assertThrows(IllegalArgumentException.class, () -> CostInput.of(1, 1, 1, 1).withRetrainEveryMonths(121));
        assertThrows(IllegalArgumentException.class, () -> CostInput.of(1, CostInput.MAX_TOKENS_PER_QUERY + 1, 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> CostInput.of(1, 1, 1, 1).withRagMonthlyUsd(new BigDecimal("-0.01")));
        assertThrows(IllegalArgumentException.class, () -> Prices.none().with(PriceField.INPUT_USD, BigDecimal.ONE.negate()));
    }
}
