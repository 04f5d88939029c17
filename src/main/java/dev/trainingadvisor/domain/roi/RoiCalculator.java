package dev.trainingadvisor.domain.roi;

import dev.trainingadvisor.domain.Formats;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.Texts;
import dev.trainingadvisor.domain.assessment.Ruleset;
import dev.trainingadvisor.domain.roi.Scenario.ScenarioId;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ROI arithmetic in {@link BigDecimal}: sums and products are exact; the two divisions (retraining per month,
 * payback and ROI) carry 34 significant digits; every figure is rounded HALF_UP to cents only on output.
 */
public final class RoiCalculator {
    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public RoiEstimate estimate(RoiInput input, Language language) {
        Texts texts = Texts.in(language);
        Exact base = exact(input);
        List<RoiEstimate.MonthPosition> months = new ArrayList<>(input.horizonMonths() + 1);
        for (int month = 0; month <= input.horizonMonths(); month++) {
            BigDecimal position = base.net.multiply(BigDecimal.valueOf(month)).subtract(base.upfront);
            months.add(new RoiEstimate.MonthPosition(month, cents(position)));
        }
        RoiFigures figures = base.rounded();
        List<Scenario> scenarios = new ArrayList<>(3);
        for (ScenarioId id : ScenarioId.values()) {
            RoiInput assumed = id == ScenarioId.BASE ? input : assume(input, id);
            RoiFigures scenarioFigures = id == ScenarioId.BASE ? figures : exact(assumed).rounded();
            String assumptions = texts.format("roi.scenario." + id.name(),
                    "reduction", Formats.decimal(assumed.expectedSpendReductionPercent()));
            scenarios.add(new Scenario(id, id.savingsFactor(), id.costFactor(),
                    assumed.expectedSpendReductionPercent(), assumptions, scenarioFigures));
        }
        return new RoiEstimate(input, figures,
                input.monthlyApiSpendUsd().compareTo(Ruleset.API_SPEND_SIGNAL_USD) > 0,
                months, scenarios, summary(input, figures, texts), language);
    }

    /** The unrounded figures: what the verdict is decided on, and what tests check identities against. */
    record Exact(BigDecimal gross, BigDecimal net, BigDecimal upfront, Optional<BigDecimal> payback,
                 BigDecimal netBenefit, Optional<BigDecimal> roi, Verdict verdict) {

        RoiFigures rounded() {
            return new RoiFigures(cents(gross), cents(net), cents(upfront), payback.map(RoiCalculator::cents),
                    cents(netBenefit), roi.map(RoiCalculator::cents), verdict);
        }
    }

    static Exact exact(RoiInput input) {
        BigDecimal gross = input.monthlyApiSpendUsd().multiply(input.expectedSpendReductionPercent()).movePointLeft(2);
        BigDecimal retrainingPerMonth = input.retrainingCostUsd()
                .divide(BigDecimal.valueOf(input.retrainingIntervalMonths()), PRECISION);
        BigDecimal net = gross.subtract(input.monthlyOperatingCostUsd()).subtract(retrainingPerMonth);
        BigDecimal upfront = input.trainingCostUsd().add(input.implementationCostUsd());
        Optional<BigDecimal> payback;
        if (net.signum() <= 0) {
            payback = Optional.empty();
        } else if (upfront.signum() == 0) {
            payback = Optional.of(BigDecimal.ZERO);
        } else {
            payback = Optional.of(upfront.divide(net, PRECISION));
        }
        BigDecimal netBenefit = net.multiply(BigDecimal.valueOf(input.horizonMonths())).subtract(upfront);
        Optional<BigDecimal> roi = upfront.signum() == 0
                ? Optional.empty()
                : Optional.of(netBenefit.multiply(HUNDRED).divide(upfront, PRECISION));
        Verdict verdict = payback.filter(months -> months.compareTo(BigDecimal.valueOf(input.horizonMonths())) <= 0)
                .isPresent() ? Verdict.PAYS_OFF : Verdict.DOES_NOT_PAY_OFF;
        return new Exact(gross, net, upfront, payback, netBenefit, roi, verdict);
    }

    /** The input as a scenario sees it: the reduction scaled (at most 100%), every cost scaled. */
    static RoiInput assume(RoiInput input, ScenarioId scenario) {
        BigDecimal reduction = input.expectedSpendReductionPercent().multiply(scenario.savingsFactor()).min(HUNDRED);
        BigDecimal costs = scenario.costFactor();
        return new RoiInput(input.monthlyApiSpendUsd(), reduction, input.trainingCostUsd().multiply(costs),
                input.implementationCostUsd().multiply(costs), input.monthlyOperatingCostUsd().multiply(costs),
                input.retrainingCostUsd().multiply(costs), input.retrainingIntervalMonths(), input.horizonMonths());
    }

    private static String summary(RoiInput input, RoiFigures figures, Texts texts) {
        String horizon = Integer.toString(input.horizonMonths());
        if (figures.verdict() == Verdict.PAYS_OFF) {
            return texts.format("roi.summary.PAYS_OFF", "payback", Formats.decimal(figures.paybackMonths().orElseThrow()),
                    "horizon", horizon, "netBenefit", Formats.usd(figures.netBenefitUsd()));
        }
        if (figures.paybackMonths().isEmpty()) {
            return texts.format("roi.summary.NEVER", "gross", Formats.usd(figures.grossMonthlySavingsUsd()),
                    "net", Formats.usd(figures.netMonthlySavingsUsd()));
        }
        return texts.format("roi.summary.TOO_SLOW", "payback", Formats.decimal(figures.paybackMonths().get()),
                "horizon", horizon, "netBenefit", Formats.usd(figures.netBenefitUsd()));
    }

    static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
