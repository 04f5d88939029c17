package dev.trainingadvisor.domain.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trainingadvisor.domain.Language;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** ADVISOR-RULES §11's identities over generated inputs and prices. */
class CostPropertiesTest {
    private static final CostOption[] BASELINES = {CostOption.PROMPTING, CostOption.RAG};
    private final CostCalculator calculator = new CostCalculator();

    record Case(CostInput input, Prices prices) {
        Case withVolume(long queriesPerMonth) {
            return new Case(input.withQueriesPerMonth(queriesPerMonth), prices);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Long> tokens = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(0L)),
                Tuple.of(6, Arbitraries.longs().between(0, 20_000)));
        Arbitrary<Long> volume = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(0L, 1L)),
                Tuple.of(6, Arbitraries.longs().between(0, 50_000_000)));
        Arbitrary<BigDecimal> money = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(BigDecimal.ZERO)),
                Tuple.of(4, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50000")).ofScale(2)));
        Arbitrary<CostInput> inputs = Combinators.combine(
                Combinators.combine(volume, Arbitraries.integers().between(1, 120), tokens, tokens)
                        .as((q, h, prompt, output) -> new long[] {q, h, prompt, output}),
                Combinators.combine(tokens, tokens, tokens, Arbitraries.longs().between(0, 5_000_000_000L))
                        .as((fewShot, retrieved, fineTunedPrompt, training) ->
                                new long[] {fewShot, retrieved, fineTunedPrompt, training}),
                Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(0)), Tuple.of(3, Arbitraries.integers().between(1, 120))),
                money.map(m -> m.movePointLeft(1)),
                money, money, money)
                .as((a, b, retrain, ragMonthly, setupP, setupR, setupF) -> new CostInput(a[0], (int) a[1], a[2], a[3],
                        b[0], b[1], b[2], b[3], retrain, ragMonthly,
                        Map.of(CostOption.PROMPTING, setupP, CostOption.RAG, setupR, CostOption.FINE_TUNED, setupF)));
        Arbitrary<BigDecimal> price = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(BigDecimal.ZERO)),
                Tuple.of(6, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("60")).ofScale(6)));
        Arbitrary<Prices> prices = Combinators.combine(price, price, price, price, price).as((in, out, ftIn, ftOut, tr) ->
                Prices.none().with(PriceField.INPUT_USD, in).with(PriceField.OUTPUT_USD, out)
                        .with(PriceField.FINE_TUNED_INPUT_USD, ftIn).with(PriceField.FINE_TUNED_OUTPUT_USD, ftOut)
                        .with(PriceField.TRAINING_USD, tr));
        return Combinators.combine(inputs, prices).as(Case::new);
    }

    @Property(tries = 1500)
    void cumulativeCostsNeverDecreaseAndStartUpfrontAndEndAtTheTotal(@ForAll("cases") Case c) {
        CostCalculator.Exact exact = CostCalculator.exact(c.input(), c.prices());
        CostComparison rounded = calculator.compare(c.input(), c.prices(), Language.EN);
        for (CostOption option : CostOption.values()) {
            List<BigDecimal> series = exact.line(option).cumulative();
            List<BigDecimal> shown = rounded.option(option).cumulativeUsd();
            assertEquals(c.input().horizonMonths() + 1, series.size());
            assertEquals(0, series.get(0).compareTo(exact.line(option).upfront()));
            for (int month = 1; month < series.size(); month++) {
                assertTrue(series.get(month).compareTo(series.get(month - 1)) >= 0, option + " month " + month);
                assertTrue(shown.get(month).compareTo(shown.get(month - 1)) >= 0, option + " shown month " + month);
            }
            assertEquals(rounded.option(option).totalUsd(), shown.get(shown.size() - 1));
        }
    }

    @Property(tries = 1500)
    void theBreakEvenMonthIsTheFirstMonthOfTheCumulativeSeriesWhereTheFineTuneCostsNoMore(@ForAll("cases") Case c) {
        CostCalculator.Exact exact = CostCalculator.exact(c.input(), c.prices());
        CostComparison comparison = calculator.compare(c.input(), c.prices(), Language.EN);
        List<BigDecimal> fineTuned = exact.line(CostOption.FINE_TUNED).cumulative();
        for (int i = 0; i < BASELINES.length; i++) {
            BreakEven breakEven = comparison.breakEven().get(i);
            assertEquals(BASELINES[i], breakEven.against());
            List<BigDecimal> other = exact.line(BASELINES[i]).cumulative();
            int first = -1;
            for (int month = 0; month < fineTuned.size() && first < 0; month++) {
                if (fineTuned.get(month).compareTo(other.get(month)) <= 0) {
                    first = month;
                }
            }
            if (first >= 0) {
                assertEquals(new BreakEven.Month.At(first), breakEven.month());
            } else {
                BreakEven.Month.None none = (BreakEven.Month.None) breakEven.month();
                boolean monthNotCheaper = exact.line(CostOption.FINE_TUNED).monthly()
                        .compareTo(exact.line(BASELINES[i]).monthly()) >= 0;
                assertEquals(monthNotCheaper ? NoBreakEven.NOT_CHEAPER_PER_MONTH : NoBreakEven.NOT_WITHIN_HORIZON,
                        none.reason());
            }
        }
    }

    @Property(tries = 1500)
    void atTheBreakEvenVolumeTheTotalsMeetAndOneQueryLessTheyDoNot(@ForAll("cases") Case c) {
        CostComparison comparison = calculator.compare(c.input(), c.prices(), Language.EN);
        for (int i = 0; i < BASELINES.length; i++) {
            CostOption baseline = BASELINES[i];
            if (comparison.breakEven().get(i).queriesPerMonth() instanceof BreakEven.Volume.From from) {
                BigInteger q = from.queriesPerMonth();
                Assume.that(q.compareTo(BigInteger.valueOf(CostInput.MAX_QUERIES_PER_MONTH)) <= 0);
                assertTrue(fineTunedCostsNoMore(c.withVolume(q.longValueExact()), baseline), "at " + q);
                if (q.signum() > 0) {
                    assertTrue(!fineTunedCostsNoMore(c.withVolume(q.longValueExact() - 1), baseline), "at " + q + " - 1");
                }
            } else {
                // no volume: not at zero, not at the given volume, not at the largest
                assertEquals(new BreakEven.Volume.None(NoBreakEven.NOT_CHEAPER_PER_QUERY),
                        comparison.breakEven().get(i).queriesPerMonth());
                for (long q : new long[] {0, c.input().queriesPerMonth(), CostInput.MAX_QUERIES_PER_MONTH}) {
                    assertTrue(!fineTunedCostsNoMore(c.withVolume(q), baseline), "at " + q);
                }
            }
        }
    }

    @Property(tries = 1000)
    void theCheapestHasTheLeastExactTotalAndTiesGoToTheSimplerOption(@ForAll("cases") Case c) {
        CostCalculator.Exact exact = CostCalculator.exact(c.input(), c.prices());
        CostOption cheapest = calculator.compare(c.input(), c.prices(), Language.EN).cheapest();
        for (CostOption option : CostOption.values()) {
            int order = exact.line(option).total().compareTo(exact.line(cheapest).total());
            assertTrue(order > 0 || (order == 0 && option.ordinal() >= cheapest.ordinal()), option + " vs " + cheapest);
        }
    }

    private boolean fineTunedCostsNoMore(Case c, CostOption baseline) {
        CostCalculator.Exact exact = CostCalculator.exact(c.input(), c.prices());
        return exact.line(CostOption.FINE_TUNED).total().compareTo(exact.line(baseline).total()) <= 0;
    }
}
