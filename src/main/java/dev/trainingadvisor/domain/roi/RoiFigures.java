package dev.trainingadvisor.domain.roi;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The formulas of ADVISOR-RULES §6, each rounded HALF_UP to 2 decimals from the exact value. The verdict is decided
 * on the exact figures, so it always agrees with {@code netBenefitUsd >= 0} when savings are positive.
 *
 * @param paybackMonths empty when net monthly savings are zero or negative; zero when there is no upfront cost
 * @param roiPercent empty when there is no upfront cost
 */
public record RoiFigures(
        BigDecimal grossMonthlySavingsUsd,
        BigDecimal netMonthlySavingsUsd,
        BigDecimal upfrontCostUsd,
        Optional<BigDecimal> paybackMonths,
        BigDecimal netBenefitUsd,
        Optional<BigDecimal> roiPercent,
        Verdict verdict) {
}
