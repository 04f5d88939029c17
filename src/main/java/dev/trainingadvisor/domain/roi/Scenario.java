package dev.trainingadvisor.domain.roi;

import java.math.BigDecimal;

/**
 * The estimate under one set of assumptions, stated with it.
 *
 * @param savingsFactor what share of the expected reduction is realised (the reduction is capped at 100%)
 * @param costFactor what the training, implementation, operating and retraining costs are multiplied by
 * @param spendReductionPercent the reduction this scenario assumes, after the factor and the cap
 */
public record Scenario(ScenarioId id, BigDecimal savingsFactor, BigDecimal costFactor,
                       BigDecimal spendReductionPercent, String assumptions, RoiFigures figures) {

    /** Pessimistic, base and optimistic, in that order. */
    public enum ScenarioId {
        PESSIMISTIC("0.5", "1.5"),
        BASE("1", "1"),
        OPTIMISTIC("1.25", "1");

        private final BigDecimal savingsFactor;
        private final BigDecimal costFactor;

        ScenarioId(String savingsFactor, String costFactor) {
            this.savingsFactor = new BigDecimal(savingsFactor);
            this.costFactor = new BigDecimal(costFactor);
        }

        public BigDecimal savingsFactor() {
            return savingsFactor;
        }

        public BigDecimal costFactor() {
            return costFactor;
        }
    }
}
