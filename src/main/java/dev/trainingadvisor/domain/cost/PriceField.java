package dev.trainingadvisor.domain.cost;

import java.util.EnumSet;
import java.util.Set;

/**
 * The five prices a comparison needs, each in USD per 1M tokens (ADVISOR-RULES §10 names, §11 use). {@link #code()}
 * is the stable name clients see (the request's {@code prices} fields and {@code GET /models}).
 */
public enum PriceField {
    INPUT_USD("inputUsd", EnumSet.of(CostOption.PROMPTING, CostOption.RAG)),
    OUTPUT_USD("outputUsd", EnumSet.of(CostOption.PROMPTING, CostOption.RAG)),
    FINE_TUNED_INPUT_USD("fineTunedInputUsd", EnumSet.of(CostOption.FINE_TUNED)),
    FINE_TUNED_OUTPUT_USD("fineTunedOutputUsd", EnumSet.of(CostOption.FINE_TUNED)),
    TRAINING_USD("trainingUsd", EnumSet.of(CostOption.FINE_TUNED));

    private final String code;
    private final Set<CostOption> neededBy;

    PriceField(String code, Set<CostOption> neededBy) {
        this.code = code;
        this.neededBy = Set.copyOf(neededBy);
    }

    /** The field's name in the API: {@code fineTunedInputUsd}. */
    public String code() {
        return code;
    }

    /** The options whose cost uses this price. */
    public Set<CostOption> neededBy() {
        return neededBy;
    }
}
