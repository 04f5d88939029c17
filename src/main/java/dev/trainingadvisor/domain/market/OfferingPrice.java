package dev.trainingadvisor.domain.market;

/**
 * The prices an offering may carry (ADVISOR-RULES §12.1), USD. {@link #code()} is the field's name in the data file,
 * in {@code GET /fine-tuning-offerings} and in a cost comparison's {@code fineTune}.
 */
public enum OfferingPrice {
    /** Per 1M training tokens. */
    TRAINING_USD("trainingUsd"),
    /** The tuned model's input per 1M tokens (per-token modes). */
    INPUT_USD("inputUsd"),
    /** The tuned model's output per 1M tokens (per-token modes). */
    OUTPUT_USD("outputUsd"),
    /** PER_TOKEN_PLUS_HOSTING: per hour and deployment. */
    HOSTING_USD_PER_HOUR("hostingUsdPerHour"),
    /** DEDICATED: per hour and replica. */
    REPLICA_USD_PER_HOUR("replicaUsdPerHour");

    private final String code;

    OfferingPrice(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
