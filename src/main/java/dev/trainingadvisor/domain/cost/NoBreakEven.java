package dev.trainingadvisor.domain.cost;

/** Why a fine-tuned model has no break-even against a baseline (ADVISOR-RULES §11: null "with a stated reason"). */
public enum NoBreakEven {
    /**
     * No month: it starts dearer (upfront) and, at this volume, a month without retraining costs at least as much as
     * the baseline's month, so the gap never closes (retraining only widens it).
     */
    NOT_CHEAPER_PER_MONTH,
    /** No month: a month of it is cheaper, but not by enough to make up the upfront difference within the horizon. */
    NOT_WITHIN_HORIZON,
    /**
     * No volume: a query costs at least as much as with the baseline and its fixed costs over the horizon (upfront,
     * retraining, less the baseline's running cost) are higher, so more queries only widen the gap.
     */
    NOT_CHEAPER_PER_QUERY
}
