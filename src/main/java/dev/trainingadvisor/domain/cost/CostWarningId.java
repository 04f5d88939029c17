package dev.trainingadvisor.domain.cost;

/**
 * What can make a comparison's figures not hold over its horizon: the FINE_TUNED line unattainable (ADVISOR-RULES §11),
 * or the prices out of date (§10).
 */
public enum CostWarningId {
    /** The model's {@code retiresOn} falls before the horizon ends: the fine-tune stops serving then. */
    MODEL_RETIRES_WITHIN_HORIZON,
    /** The provider takes no new training jobs after a date before the horizon ends: no retraining after it. */
    PROVIDER_CLOSING,
    /** The market data the prices came from is older than the configured maximum age (ADVISOR-RULES §10). */
    MARKET_DATA_STALE
}
