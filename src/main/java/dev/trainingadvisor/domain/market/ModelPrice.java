package dev.trainingadvisor.domain.market;

/**
 * The prices a model of the market data may carry, USD per 1M tokens (ADVISOR-RULES §10, §12.2). {@link #code()} is
 * the field's name in the data file and in {@code GET /models}.
 */
public enum ModelPrice {
    INPUT_USD("inputUsd"),
    OUTPUT_USD("outputUsd"),
    /** Input read from the provider's prompt cache. */
    CACHED_INPUT_USD("cachedInputUsd"),
    FINE_TUNED_INPUT_USD("fineTunedInputUsd"),
    FINE_TUNED_OUTPUT_USD("fineTunedOutputUsd"),
    /** Per 1M training tokens (examples × tokens × epochs). */
    TRAINING_USD("trainingUsd");

    private final String code;

    ModelPrice(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
