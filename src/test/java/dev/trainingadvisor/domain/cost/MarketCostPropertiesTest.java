package dev.trainingadvisor.domain.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.market.ServingMode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** ADVISOR-RULES §12.2's identities over generated workloads, baselines and fine-tunes. */
class MarketCostPropertiesTest {
    private static final CostOption[] BASELINES = {CostOption.PROMPTING, CostOption.RAG};
    private static final LocalDate START = LocalDate.parse("2026-12-01");
    private final CostCalculator calculator = new CostCalculator();

    record Case(MarketCostInput input, Baseline baseline, FineTune fineTune) {
        Case withVolume(long queriesPerMonth) {
            return new Case(input.withCosts(input.costs().withQueriesPerMonth(queriesPerMonth)), baseline, fineTune);
        }
    }

    @Provide
    Arbitrary<CostPropertiesTest.Case> classic() {
        return new CostPropertiesTest().cases();
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<BigDecimal> price = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("60"))
                .ofScale(6);
        Arbitrary<FineTune> fineTunes = Combinators.combine(Arbitraries.of(ServingMode.values()), price, price,
                        price, Arbitraries.integers().between(1, 8), Arbitraries.integers().between(1, 744),
                        Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(0, 130).map(days -> days == 0 ? Optional.<LocalDate>empty()
                                : Optional.of(START.plusDays(days * 7L))))
                .as((mode, in, out, hourly, units, hours, shared, retires) -> new FineTune(mode,
                        mode == ServingMode.DEDICATED ? BigDecimal.ZERO : in,
                        mode == ServingMode.DEDICATED ? BigDecimal.ZERO : out,
                        mode == ServingMode.PER_TOKEN ? BigDecimal.ZERO : hourly.movePointLeft(1),
                        new FineTune.Capacity(units, BigDecimal.valueOf(hours), shared), in, retires));
        Arbitrary<Baseline> baselines = Combinators.combine(price, price, price)
                .as((in, out, cached) -> new Baseline(in, out, Optional.of(cached)));
        Arbitrary<Long> tokens = Arbitraries.longs().between(0, 5_000);
        return Combinators.combine(classic().map(CostPropertiesTest.Case::input), tokens, tokens,
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("9999")).ofScale(2),
                        baselines, fineTunes)
                .as((costs, cached, retrieved, migration, baseline, fineTune) -> new Case(
                        new MarketCostInput(costs, cached, retrieved, START, migration), baseline, fineTune));
    }

    @Property(tries = 500)
    void aSection11RequestKeepsExactlyItsAnswerAsABaselineAndAPerTokenFineTuneThatNeverRetires(
            @ForAll("classic") CostPropertiesTest.Case c) {
        Prices p = c.prices();
        CostComparison classic = calculator.compare(c.input(), p, Language.EN);
        CostComparison market = calculator.compare(MarketCostInput.of(c.input(), START),
                new Baseline(p.get(PriceField.INPUT_USD).orElseThrow(), p.get(PriceField.OUTPUT_USD).orElseThrow(),
                        Optional.empty()),
                FineTune.perToken(p.get(PriceField.FINE_TUNED_INPUT_USD).orElseThrow(),
                        p.get(PriceField.FINE_TUNED_OUTPUT_USD).orElseThrow(),
                        p.get(PriceField.TRAINING_USD).orElseThrow(), Optional.empty()), Language.EN).comparison();
        assertEquals(classic.options(), market.options());
        assertEquals(classic.cheapest(), market.cheapest());
        assertEquals(classic.breakEven(), market.breakEven());
        assertEquals(classic.summary(), market.summary());
    }

    @Property(tries = 800)
    void everyTotalIsLinearInTheVolume(@ForAll("cases") Case c) {
        Assume.that(c.input().costs().queriesPerMonth() <= 10_000_000);
        CostCalculator.Exact at0 = CostCalculator.exact(c.withVolume(0).input(), c.baseline(), c.fineTune());
        CostCalculator.Exact at1 = CostCalculator.exact(c.withVolume(1).input(), c.baseline(), c.fineTune());
        long q = c.input().costs().queriesPerMonth();
        CostCalculator.Exact atQ = CostCalculator.exact(c.input(), c.baseline(), c.fineTune());
        for (CostOption option : CostOption.values()) {
            BigDecimal slope = at1.line(option).total().subtract(at0.line(option).total());
            assertEquals(0, at0.line(option).total().add(slope.multiply(BigDecimal.valueOf(q)))
                    .compareTo(atQ.line(option).total()), option.name());
        }
    }

    @Property(tries = 800)
    void theBreakEvenVolumeIsTheLeastWholeVolumeAtWhichTheTotalsMeet(@ForAll("cases") Case c) {
        CostComparison comparison = calculator.compare(c.input(), c.baseline(), c.fineTune(), Language.EN)
                .comparison();
        for (int i = 0; i < BASELINES.length; i++) {
            CostOption baseline = BASELINES[i];
            if (comparison.breakEven().get(i).queriesPerMonth() instanceof BreakEven.Volume.From from) {
                BigInteger q = from.queriesPerMonth();
                Assume.that(q.compareTo(BigInteger.valueOf(CostInput.MAX_QUERIES_PER_MONTH)) <= 0);
                assertTrue(noMore(c.withVolume(q.longValueExact()), baseline), "at " + q);
                if (q.signum() > 0) {
                    assertTrue(!noMore(c.withVolume(q.longValueExact() - 1), baseline), "at " + q + " - 1");
                }
            } else {
                for (long q : new long[] {0, c.input().costs().queriesPerMonth(), CostInput.MAX_QUERIES_PER_MONTH}) {
                    assertTrue(!noMore(c.withVolume(q), baseline), "at " + q);
                }
            }
        }
    }

    @Property(tries = 500)
    void atMostOneRetrainingAMonthAndTheForcedOneInTheMonthOfTheRetirement(@ForAll("cases") Case c) {
        MarketCostComparison result = calculator.compare(c.input(), c.baseline(), c.fineTune(), Language.EN);
        assertEquals(result.retrainings().size(),
                result.retrainings().stream().map(Retraining::month).distinct().count());
        int expected = c.fineTune().retiresOn().map(c.input()::monthOf).orElse(0);
        assertEquals(expected, result.retireMonth().orElse(0));
        assertEquals(expected > 0 ? 1 : 0, result.retrainings().stream()
                .filter(r -> r.reason() == Retraining.Reason.BASE_RETIRES).count());
    }

    private static boolean noMore(Case c, CostOption baseline) {
        CostCalculator.Exact exact = CostCalculator.exact(c.input(), c.baseline(), c.fineTune());
        return exact.line(CostOption.FINE_TUNED).total().compareTo(exact.line(baseline).total()) <= 0;
    }
}
