package dev.trainingadvisor.api.roi;

import dev.trainingadvisor.api.language.RequestLanguage;
import dev.trainingadvisor.domain.roi.RoiEstimate;
import dev.trainingadvisor.domain.roi.RoiFigures;
import dev.trainingadvisor.domain.roi.RoiInput;
import dev.trainingadvisor.domain.roi.Scenario;
import dev.trainingadvisor.domain.roi.Verdict;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Does training pay for itself (ADVISOR-RULES §6). */
@Schema(name = "RoiEstimate", description = "Does training pay for itself? Money in USD, rounded HALF_UP to cents "
        + "from exact decimal arithmetic. The verdict is decided on the exact figures.")
public record RoiResponse(
        @Schema(required = true, description = "The inputs used, defaults filled in.") Inputs input,
        @Schema(required = true, description = "monthlyApiSpendUsd × expectedSpendReductionPercent / 100.")
        BigDecimal grossMonthlySavingsUsd,
        @Schema(required = true, description = "gross − monthlyOperatingCostUsd − retrainingCostUsd / "
                + "retrainingIntervalMonths.") BigDecimal netMonthlySavingsUsd,
        @Schema(required = true, description = "trainingCostUsd + implementationCostUsd.") BigDecimal upfrontCostUsd,
        @Schema(required = true, nullable = true, description = "upfront / net: months until training has paid "
                + "for itself; null when net savings are zero or less, 0 when there is no upfront cost.")
        BigDecimal paybackMonths,
        @Schema(required = true, description = "net × horizonMonths − upfront.") BigDecimal netBenefitUsd,
        @Schema(required = true, nullable = true, description = "netBenefit / upfront × 100; null when there is no "
                + "upfront cost.") BigDecimal roiPercent,
        @Schema(required = true, description = "PAYS_OFF when paybackMonths is not null and at most horizonMonths.")
        Verdict verdict,
        @Schema(required = true, description = "The guide's signal: more than $10,000 a month on API calls.")
        boolean apiSpendAboveTenThousand,
        @Schema(required = true, description = "The verdict, for people.") String summary,
        @Schema(required = true, description = "The language of the texts.", enumeration = {"en", "zh-CN"})
        String language,
        @Schema(required = true, description = "Net position after each month 0..horizon (month 0 = −upfront).")
        List<MonthPosition> cumulativeNetPosition,
        @Schema(required = true, description = "PESSIMISTIC, BASE and OPTIMISTIC, each with its assumptions.")
        List<ScenarioDto> scenarios) {

    @Schema(name = "RoiInputs", description = "The inputs an estimate used, defaults filled in.")
    public record Inputs(
            @Schema(required = true) BigDecimal monthlyApiSpendUsd,
            @Schema(required = true) BigDecimal expectedSpendReductionPercent,
            @Schema(required = true) BigDecimal trainingCostUsd,
            @Schema(required = true) BigDecimal implementationCostUsd,
            @Schema(required = true) BigDecimal monthlyOperatingCostUsd,
            @Schema(required = true) BigDecimal retrainingCostUsd,
            @Schema(required = true) int retrainingIntervalMonths,
            @Schema(required = true) int horizonMonths) {

        static Inputs of(RoiInput input) {
            return new Inputs(input.monthlyApiSpendUsd(), input.expectedSpendReductionPercent(),
                    input.trainingCostUsd(), input.implementationCostUsd(), input.monthlyOperatingCostUsd(),
                    input.retrainingCostUsd(), input.retrainingIntervalMonths(), input.horizonMonths());
        }
    }

    @Schema(name = "MonthPosition", description = "Savings so far minus the upfront cost, after `month` months.")
    public record MonthPosition(
            @Schema(required = true, minimum = "0", maximum = "120") int month,
            @Schema(required = true) BigDecimal cumulativeNetUsd) {
    }

    @Schema(name = "RoiFigures", description = "The formulas' results under one scenario.")
    public record Figures(
            @Schema(required = true) BigDecimal grossMonthlySavingsUsd,
            @Schema(required = true) BigDecimal netMonthlySavingsUsd,
            @Schema(required = true) BigDecimal upfrontCostUsd,
            @Schema(required = true, nullable = true) BigDecimal paybackMonths,
            @Schema(required = true) BigDecimal netBenefitUsd,
            @Schema(required = true, nullable = true) BigDecimal roiPercent,
            @Schema(required = true) Verdict verdict) {

        static Figures of(RoiFigures figures) {
            return new Figures(figures.grossMonthlySavingsUsd(), figures.netMonthlySavingsUsd(),
                    figures.upfrontCostUsd(), figures.paybackMonths().orElse(null), figures.netBenefitUsd(),
                    figures.roiPercent().orElse(null), figures.verdict());
        }
    }

    @Schema(name = "RoiScenario", description = "The estimate under stated assumptions.")
    public record ScenarioDto(
            @Schema(required = true) Scenario.ScenarioId id,
            @Schema(required = true, description = "Share of the expected reduction that is realised.")
            BigDecimal savingsFactor,
            @Schema(required = true, description = "Factor on training, implementation, operating and retraining "
                    + "costs.") BigDecimal costFactor,
            @Schema(required = true, description = "The reduction this scenario assumes (at most 100).")
            BigDecimal expectedSpendReductionPercent,
            @Schema(required = true, description = "The assumptions, for people.") String assumptions,
            @Schema(required = true) Figures figures) {
    }

    static RoiResponse of(RoiEstimate estimate) {
        RoiFigures figures = estimate.figures();
        return new RoiResponse(Inputs.of(estimate.input()), figures.grossMonthlySavingsUsd(),
                figures.netMonthlySavingsUsd(), figures.upfrontCostUsd(), figures.paybackMonths().orElse(null),
                figures.netBenefitUsd(), figures.roiPercent().orElse(null), figures.verdict(),
                estimate.apiSpendAboveTenThousand(), estimate.summary(), RequestLanguage.tag(estimate.language()),
                estimate.cumulativeNetPosition().stream()
                        .map(p -> new MonthPosition(p.month(), p.cumulativeNetUsd())).toList(),
                estimate.scenarios().stream().map(s -> new ScenarioDto(s.id(), s.savingsFactor(), s.costFactor(),
                        s.spendReductionPercent(), s.assumptions(), Figures.of(s.figures()))).toList());
    }
}
