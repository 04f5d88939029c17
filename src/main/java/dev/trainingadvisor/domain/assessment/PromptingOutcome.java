package dev.trainingadvisor.domain.assessment;

/**
 * What advanced prompting achieved when tried (ADVISOR-RULES §9, field {@code promptingOutcome}). When it failed on
 * both quality and cost, {@link #INSUFFICIENT_QUALITY}.
 */
public enum PromptingOutcome {
    NOT_TRIED,
    SUFFICIENT,
    INSUFFICIENT_QUALITY,
    TOO_COSTLY
}
