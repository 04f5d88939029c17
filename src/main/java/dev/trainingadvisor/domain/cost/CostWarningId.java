package dev.trainingadvisor.domain.cost;

/** What can make a comparison's FINE_TUNED line unattainable within its horizon (ADVISOR-RULES §11). */
public enum CostWarningId {
    /** The model's {@code retiresOn} falls before the horizon ends: the fine-tune stops serving then. */
    MODEL_RETIRES_WITHIN_HORIZON,
    /** The provider takes no new training jobs after a date before the horizon ends: no retraining after it. */
    PROVIDER_CLOSING
}
