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
    /** §12: the fine-tune stops serving within the horizon; a new training run and its migration are charged. */
    FINE_TUNE_RETIRES_WITHIN_HORIZON,
    /** §12: after a forced move the comparison keeps the same prices for the successor. */
    SUCCESSOR_ASSUMED,
    /** §12: the provider takes no new jobs on the retirement date: the move needs another provider. */
    RETRAINING_NOT_OFFERED,
    /** §12: serving is billed by the hour (DEDICATED, PER_TOKEN_PLUS_HOSTING): a fixed monthly part. */
    HOURLY_SERVING,
    /** §12: the given replicas or deployments are assumed to carry the volume; throughput is not modelled. */
    CAPACITY_NOT_MODELLED,
    /** §12: a price used comes only from secondary copies, not the provider's own page. */
    SECONDARY_SOURCE,
    /** §12: the offering's provider limits who may train. */
    ELIGIBILITY_LIMITED,
    /** The market data the prices came from is older than the configured maximum age (ADVISOR-RULES §10). */
    MARKET_DATA_STALE
}
