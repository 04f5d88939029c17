package dev.trainingadvisor.domain.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trainingadvisor.domain.Language;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RoiPropertiesTest {
    private final RoiCalculator calculator = new RoiCalculator();

    @Provide
    Arbitrary<RoiInput> inputs() {
        Arbitrary<BigDecimal> money = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.of(BigDecimal.ZERO, new BigDecimal("10000"))),
                net.jqwik.api.Tuple.of(4, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("200000"))
                        .ofScale(2)));
        Arbitrary<BigDecimal> percent = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100))
                .ofScale(2);
        Arbitrary<Integer> months = Arbitraries.integers().between(1, 120);
        return Combinators.combine(money, percent, money, money, money.map(m -> m.movePointLeft(1)), money, months,
                months).as(RoiInput::new);
    }

    @Property(tries = 2000)
    void netBenefitIsNetMonthlyTimesHorizonMinusUpfront(@ForAll("inputs") RoiInput input) {
        RoiCalculator.Exact exact = RoiCalculator.exact(input);
        BigDecimal expected = exact.net().multiply(BigDecimal.valueOf(input.horizonMonths())).subtract(exact.upfront());
        assertEquals(0, expected.compareTo(exact.netBenefit()));
        // On the rounded output the identity holds within the rounding of the monthly figure.
        RoiFigures out = RoiCalculator.exact(input).rounded();
        BigDecimal fromRounded = out.netMonthlySavingsUsd().multiply(BigDecimal.valueOf(input.horizonMonths()))
                .subtract(out.upfrontCostUsd());
        BigDecimal tolerance = new BigDecimal("0.005").multiply(BigDecimal.valueOf(input.horizonMonths()))
                .add(new BigDecimal("0.01"));
        assertTrue(fromRounded.subtract(out.netBenefitUsd()).abs().compareTo(tolerance) <= 0,
                () -> out + " vs " + fromRounded);
    }

    @Property(tries = 2000)
    void paysOffExactlyWhenPaybackIsWithinTheHorizon(@ForAll("inputs") RoiInput input) {
        RoiCalculator.Exact exact = RoiCalculator.exact(input);
        boolean within = exact.payback().isPresent()
                && exact.payback().get().compareTo(BigDecimal.valueOf(input.horizonMonths())) <= 0;
        assertEquals(within, exact.verdict() == Verdict.PAYS_OFF);
        if (exact.net().signum() > 0) {
            assertEquals(exact.netBenefit().signum() >= 0, exact.verdict() == Verdict.PAYS_OFF);
        }
    }

    @Property(tries = 1000)
    void cumulativePositionRunsFromMinusUpfrontToTheNetBenefit(@ForAll("inputs") RoiInput input) {
        RoiEstimate estimate = calculator.estimate(input, Language.EN);
        List<RoiEstimate.MonthPosition> months = estimate.cumulativeNetPosition();
        assertEquals(input.horizonMonths() + 1, months.size());
        assertEquals(estimate.figures().upfrontCostUsd().negate(), months.get(0).cumulativeNetUsd());
        assertEquals(estimate.figures().netBenefitUsd(), months.get(input.horizonMonths()).cumulativeNetUsd());
        for (int m = 0; m < months.size(); m++) {
            assertEquals(m, months.get(m).month());
        }
        for (int m = 1; m < months.size(); m++) {
            int step = months.get(m).cumulativeNetUsd().compareTo(months.get(m - 1).cumulativeNetUsd());
            assertTrue(step == 0 || step == RoiCalculator.exact(input).net().signum(), "monotone in the net's sign");
        }
    }

    @Property(tries = 500)
    void pessimisticNeverBeatsBaseAndBaseNeverBeatsOptimistic(@ForAll("inputs") RoiInput input) {
        List<Scenario> scenarios = calculator.estimate(input, Language.EN).scenarios();
        BigDecimal pessimistic = scenarios.get(0).figures().netBenefitUsd();
        BigDecimal base = scenarios.get(1).figures().netBenefitUsd();
        BigDecimal optimistic = scenarios.get(2).figures().netBenefitUsd();
        assertTrue(pessimistic.compareTo(base) <= 0, pessimistic + " > " + base);
        assertTrue(base.compareTo(optimistic) <= 0, base + " > " + optimistic);
    }
}
