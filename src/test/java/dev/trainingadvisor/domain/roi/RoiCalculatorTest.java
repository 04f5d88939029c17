package dev.trainingadvisor.domain.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.roi.Scenario.ScenarioId;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ROI figures computed by hand (in the comments) against ADVISOR-RULES §6. */
class RoiCalculatorTest {
    private final RoiCalculator calculator = new RoiCalculator();

    @Test
    void paysOffWithTheGuidesDefaultImplementationCost() {
        // gross = 20,000 × 30% = 6,000; upfront = 10,000 + 50,000 = 60,000; payback = 10; benefit = 6,000 × 24 − 60,000
        RoiEstimate estimate = estimate(RoiInput.of(usd("20000"), usd("30"), usd("10000")));
        RoiFigures figures = estimate.figures();
        assertEquals(usd("6000.00"), figures.grossMonthlySavingsUsd());
        assertEquals(usd("6000.00"), figures.netMonthlySavingsUsd());
        assertEquals(usd("60000.00"), figures.upfrontCostUsd());
        assertEquals(Optional.of(usd("10.00")), figures.paybackMonths());
        assertEquals(usd("84000.00"), figures.netBenefitUsd());
        assertEquals(Optional.of(usd("140.00")), figures.roiPercent());
        assertEquals(Verdict.PAYS_OFF, figures.verdict());
        assertEquals(25, estimate.cumulativeNetPosition().size());
        assertEquals(usd("-60000.00"), estimate.cumulativeNetPosition().get(0).cumulativeNetUsd());
        assertEquals(usd("0.00"), estimate.cumulativeNetPosition().get(10).cumulativeNetUsd());
        assertEquals(usd("84000.00"), estimate.cumulativeNetPosition().get(24).cumulativeNetUsd());
        assertTrue(estimate.apiSpendAboveTenThousand());
        assertEquals("Training pays for itself after 10 months, within the 24-month horizon; over the horizon it "
                + "comes out $84,000 ahead.", estimate.summary());
    }

    @Test
    void operatingAndRetrainingCostsComeOffTheMonthlySavings() {
        // net = 6,000 − 500 − 12,000 / 12 = 4,500; payback = 60,000 / 4,500 = 13.333…; benefit = 4,500 × 24 − 60,000
        RoiInput input = RoiInput.of(usd("20000"), usd("30"), usd("10000"))
                .withMonthlyOperatingCostUsd(usd("500"))
                .withRetraining(usd("12000"), 12);
        RoiFigures figures = estimate(input).figures();
        assertEquals(usd("4500.00"), figures.netMonthlySavingsUsd());
        assertEquals(Optional.of(usd("13.33")), figures.paybackMonths());
        assertEquals(usd("48000.00"), figures.netBenefitUsd());
        assertEquals(Optional.of(usd("80.00")), figures.roiPercent());
    }

    @Test
    void divisionsThatDoNotTerminateAreRoundedOnlyOnOutput() {
        // net = 5,000 − 10,000 / 12 = 4,166.666…; payback = 60,000 / 4,166.666… = 14.4; benefit = 100,000 − 60,000
        RoiInput input = RoiInput.of(usd("10000"), usd("50"), usd("10000")).withRetraining(usd("10000"), 12);
        RoiFigures figures = estimate(input).figures();
        assertEquals(usd("4166.67"), figures.netMonthlySavingsUsd());
        assertEquals(Optional.of(usd("14.40")), figures.paybackMonths());
        assertEquals(usd("40000.00"), figures.netBenefitUsd());
        assertEquals(Optional.of(usd("66.67")), figures.roiPercent());
    }

    @Test
    void noPaybackWhenNetSavingsAreNegative() {
        // net = 1,000 × 10% − 200 = −100; benefit = −100 × 24 − 60,000 = −62,400; ROI = −104%
        RoiEstimate estimate = estimate(RoiInput.of(usd("1000"), usd("10"), usd("10000"))
                .withMonthlyOperatingCostUsd(usd("200")));
        RoiFigures figures = estimate.figures();
        assertEquals(usd("-100.00"), figures.netMonthlySavingsUsd());
        assertEquals(Optional.empty(), figures.paybackMonths());
        assertEquals(usd("-62400.00"), figures.netBenefitUsd());
        assertEquals(Optional.of(usd("-104.00")), figures.roiPercent());
        assertEquals(Verdict.DOES_NOT_PAY_OFF, figures.verdict());
        assertFalse(estimate.apiSpendAboveTenThousand());
        assertTrue(estimate.summary().startsWith("Training never pays for itself"), estimate.summary());
    }

    @Test
    void noPaybackWhenNetSavingsAreExactlyZero() {
        RoiFigures figures = estimate(RoiInput.of(usd("1000"), usd("10"), usd("0"))
                .withMonthlyOperatingCostUsd(usd("100"))).figures();
        assertEquals(usd("0.00"), figures.netMonthlySavingsUsd());
        assertEquals(Optional.empty(), figures.paybackMonths());
        assertEquals(Verdict.DOES_NOT_PAY_OFF, figures.verdict());
    }

    @Test
    void noUpfrontCostPaysBackAtOnceAndHasNoRoiPercentage() {
        RoiEstimate estimate = estimate(RoiInput.of(usd("2000"), usd("50"), usd("0"))
                .withImplementationCostUsd(BigDecimal.ZERO));
        RoiFigures figures = estimate.figures();
        assertEquals(usd("0.00"), figures.upfrontCostUsd());
        assertEquals(Optional.of(usd("0.00")), figures.paybackMonths());
        assertEquals(Optional.empty(), figures.roiPercent());
        assertEquals(usd("24000.00"), figures.netBenefitUsd());
        assertEquals(Verdict.PAYS_OFF, figures.verdict());
        assertEquals(usd("0.00"), estimate.cumulativeNetPosition().get(0).cumulativeNetUsd());
    }

    @Test
    void noUpfrontCostAndNoSavingsDoesNotPayOff() {
        RoiFigures figures = estimate(RoiInput.of(usd("0"), usd("0"), usd("0"))
                .withImplementationCostUsd(BigDecimal.ZERO)).figures();
        assertEquals(Optional.empty(), figures.paybackMonths());
        assertEquals(Optional.empty(), figures.roiPercent());
        assertEquals(Verdict.DOES_NOT_PAY_OFF, figures.verdict());
    }

    @Test
    void paybackOfExactlyTheHorizonPaysOff() {
        // 10,000 × 25% = 2,500 a month; 60,000 / 2,500 = 24 months = the horizon
        RoiFigures figures = estimate(RoiInput.of(usd("10000"), usd("25"), usd("10000"))).figures();
        assertEquals(Optional.of(usd("24.00")), figures.paybackMonths());
        assertEquals(usd("0.00"), figures.netBenefitUsd());
        assertEquals(Verdict.PAYS_OFF, figures.verdict());
    }

    @Test
    void paybackBeyondTheHorizonDoesNotPayOff() {
        // 5,000 × 20% = 1,000 a month; 60 months > 24; benefit = 24,000 − 60,000
        RoiEstimate estimate = estimate(RoiInput.of(usd("5000"), usd("20"), usd("10000")));
        assertEquals(Optional.of(usd("60.00")), estimate.figures().paybackMonths());
        assertEquals(usd("-36000.00"), estimate.figures().netBenefitUsd());
        assertEquals(Verdict.DOES_NOT_PAY_OFF, estimate.figures().verdict());
        assertTrue(estimate.summary().contains("60 months"), estimate.summary());
    }

    @Test
    void apiSpendSignalStartsAboveTenThousand() {
        assertFalse(estimate(RoiInput.of(usd("10000"), usd("10"), usd("0"))).apiSpendAboveTenThousand());
        assertTrue(estimate(RoiInput.of(usd("10000.01"), usd("10"), usd("0"))).apiSpendAboveTenThousand());
    }

    @Test
    void scenariosStateTheirAssumptionsAndApplyThem() {
        RoiEstimate estimate = estimate(RoiInput.of(usd("20000"), usd("30"), usd("10000")));
        assertEquals(3, estimate.scenarios().size());
        Scenario pessimistic = estimate.scenarios().get(0);
        // 15% of 20,000 = 3,000 a month; upfront 1.5 × 60,000 = 90,000; payback 30 > 24
        assertEquals(ScenarioId.PESSIMISTIC, pessimistic.id());
        assertEquals(0, usd("15").compareTo(pessimistic.spendReductionPercent()));
        assertEquals(usd("90000.00"), pessimistic.figures().upfrontCostUsd());
        assertEquals(Optional.of(usd("30.00")), pessimistic.figures().paybackMonths());
        assertEquals(usd("-18000.00"), pessimistic.figures().netBenefitUsd());
        assertEquals(Verdict.DOES_NOT_PAY_OFF, pessimistic.figures().verdict());
        assertTrue(pessimistic.assumptions().contains("15%"), pessimistic.assumptions());

        Scenario base = estimate.scenarios().get(1);
        assertEquals(estimate.figures(), base.figures());

        Scenario optimistic = estimate.scenarios().get(2);
        // 37.5% of 20,000 = 7,500 a month; payback 8; benefit 180,000 − 60,000
        assertEquals(Optional.of(usd("8.00")), optimistic.figures().paybackMonths());
        assertEquals(usd("120000.00"), optimistic.figures().netBenefitUsd());
        assertEquals(usd("1.25"), optimistic.savingsFactor());
    }

    @Test
    void optimisticReductionIsCappedAtAHundredPercent() {
        Scenario optimistic = estimate(RoiInput.of(usd("1000"), usd("90"), usd("0"))).scenarios().get(2);
        assertEquals(0, usd("100").compareTo(optimistic.spendReductionPercent()));
        assertEquals(usd("1000.00"), optimistic.figures().grossMonthlySavingsUsd());
    }

    @Test
    void summaryIsWrittenInTheRequestedLanguage() {
        RoiEstimate estimate = calculator.estimate(RoiInput.of(usd("20000"), usd("30"), usd("10000")), Language.ZH);
        assertEquals("训练在第 10 个月收回成本，在 24 个月的评估期之内；整个评估期净收益为 $84,000。", estimate.summary());
    }

    private RoiEstimate estimate(RoiInput input) {
        return calculator.estimate(input, Language.EN);
    }

    private static BigDecimal usd(String value) {
        return new BigDecimal(value);
    }
}
