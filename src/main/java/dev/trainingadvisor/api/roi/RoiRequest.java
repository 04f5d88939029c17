package dev.trainingadvisor.api.roi;

import dev.trainingadvisor.domain.Limits;
import dev.trainingadvisor.domain.roi.RoiInput;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ADVISOR-RULES §6: what training would save against what it costs. */
@Schema(name = "RoiRequest", description = "What training would save on API spend against what it costs. Omitted "
        + "optional fields take the defaults shown; the response echoes the inputs it used.")
public record RoiRequest(
        @Schema(required = true, description = "Current monthly spend on LLM API calls, USD.",
                minimum = "0", maximum = Limits.MAX_USD)
        @NotNull @DecimalMin("0") @DecimalMax(Limits.MAX_USD)
        @Digits(integer = Limits.MAX_INTEGER_DIGITS, fraction = Limits.MAX_FRACTION_DIGITS)
        BigDecimal monthlyApiSpendUsd,

        @Schema(required = true, description = "How much of that spend training is expected to save, percent.",
                minimum = "0", maximum = "100")
        @NotNull @DecimalMin("0") @DecimalMax(Limits.MAX_PERCENT)
        @Digits(integer = 3, fraction = Limits.MAX_FRACTION_DIGITS)
        BigDecimal expectedSpendReductionPercent,

        @Schema(required = true, description = "One-off cost of training, USD.", minimum = "0", maximum = Limits.MAX_USD)
        @NotNull @DecimalMin("0") @DecimalMax(Limits.MAX_USD)
        @Digits(integer = Limits.MAX_INTEGER_DIGITS, fraction = Limits.MAX_FRACTION_DIGITS)
        BigDecimal trainingCostUsd,

        @Schema(description = "One-off cost of implementing it, USD (the guide's \"$50k+ implementation\").",
                defaultValue = "50000", minimum = "0", maximum = Limits.MAX_USD)
        @DecimalMin("0") @DecimalMax(Limits.MAX_USD)
        @Digits(integer = Limits.MAX_INTEGER_DIGITS, fraction = Limits.MAX_FRACTION_DIGITS)
        BigDecimal implementationCostUsd,

        @Schema(description = "Running cost of the trained model per month, USD.", defaultValue = "0",
                minimum = "0", maximum = Limits.MAX_USD)
        @DecimalMin("0") @DecimalMax(Limits.MAX_USD)
        @Digits(integer = Limits.MAX_INTEGER_DIGITS, fraction = Limits.MAX_FRACTION_DIGITS)
        BigDecimal monthlyOperatingCostUsd,

        @Schema(description = "Cost of each retraining, USD.", defaultValue = "0", minimum = "0",
                maximum = Limits.MAX_USD)
        @DecimalMin("0") @DecimalMax(Limits.MAX_USD)
        @Digits(integer = Limits.MAX_INTEGER_DIGITS, fraction = Limits.MAX_FRACTION_DIGITS)
        BigDecimal retrainingCostUsd,

        @Schema(description = "Months between retrainings.", defaultValue = "12", minimum = "1", maximum = "120")
        @Min(Limits.MIN_MONTHS) @Max(Limits.MAX_MONTHS)
        Integer retrainingIntervalMonths,

        @Schema(description = "Months over which to judge the investment.", defaultValue = "24", minimum = "1",
                maximum = "120")
        @Min(Limits.MIN_MONTHS) @Max(Limits.MAX_MONTHS)
        Integer horizonMonths) {

    RoiInput toInput() {
        return new RoiInput(monthlyApiSpendUsd, expectedSpendReductionPercent, trainingCostUsd,
                orDefault(implementationCostUsd, RoiInput.DEFAULT_IMPLEMENTATION_COST_USD),
                orDefault(monthlyOperatingCostUsd, BigDecimal.ZERO),
                orDefault(retrainingCostUsd, BigDecimal.ZERO),
                retrainingIntervalMonths == null ? RoiInput.DEFAULT_RETRAINING_INTERVAL_MONTHS : retrainingIntervalMonths,
                horizonMonths == null ? RoiInput.DEFAULT_HORIZON_MONTHS : horizonMonths);
    }

    private static BigDecimal orDefault(BigDecimal value, BigDecimal fallback) {
        return value == null ? fallback : value;
    }
}
