package dev.trainingadvisor.domain.cost;

import dev.trainingadvisor.domain.Limits;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a cost comparison needs besides prices (ADVISOR-RULES §11). Tokens are per query; money is USD.
 * {@link #of} sets the required figures and the spec's defaults for the rest.
 *
 * @param queriesPerMonth the volume, 0..{@link #MAX_QUERIES_PER_MONTH}
 * @param horizonMonths months compared, {@link Limits#MIN_MONTHS}..{@link Limits#MAX_MONTHS}
 * @param promptTokens instructions and user input, sent by every option
 * @param outputTokens the answer's tokens, for every option
 * @param fewShotTokens extra input of PROMPTING
 * @param retrievedTokens extra input of RAG (top-k × chunk size)
 * @param fineTunedPromptTokens the input of the fine-tuned model (the spec's default: {@code promptTokens})
 * @param trainingTokens examples × tokens per example × epochs, 0..{@link #MAX_TRAINING_TOKENS}
 * @param retrainEveryMonths 0 (never) or the months between retrainings, at most {@link Limits#MAX_MONTHS}
 * @param ragMonthlyUsd the running cost of retrieval (vector store, embedding refresh), per month
 * @param setupCostUsd one-off engineering per option; every option has an entry (0 when not given)
 */
public record CostInput(
        long queriesPerMonth,
        int horizonMonths,
        long promptTokens,
        long outputTokens,
        long fewShotTokens,
        long retrievedTokens,
        long fineTunedPromptTokens,
        long trainingTokens,
        int retrainEveryMonths,
        BigDecimal ragMonthlyUsd,
        Map<CostOption, BigDecimal> setupCostUsd) {

    /** A trillion queries a month: far beyond any single service, small enough for exact arithmetic to stay fast. */
    public static final long MAX_QUERIES_PER_MONTH = 1_000_000_000_000L;
    /** Ten million tokens per query and part: above the largest context window offered today. */
    public static final long MAX_TOKENS_PER_QUERY = 10_000_000L;
    /** A trillion training tokens: a thousand times a large fine-tune (100,000 examples × 4,000 tokens × 3 epochs). */
    public static final long MAX_TRAINING_TOKENS = 1_000_000_000_000L;
    /** The spec's default horizon. */
    public static final int DEFAULT_HORIZON_MONTHS = 24;

    public CostInput {
        range(queriesPerMonth, MAX_QUERIES_PER_MONTH, "queriesPerMonth");
        range(horizonMonths, Limits.MIN_MONTHS, Limits.MAX_MONTHS, "horizonMonths");
        range(promptTokens, MAX_TOKENS_PER_QUERY, "promptTokens");
        range(outputTokens, MAX_TOKENS_PER_QUERY, "outputTokens");
        range(fewShotTokens, MAX_TOKENS_PER_QUERY, "fewShotTokens");
        range(retrievedTokens, MAX_TOKENS_PER_QUERY, "retrievedTokens");
        range(fineTunedPromptTokens, MAX_TOKENS_PER_QUERY, "fineTunedPromptTokens");
        range(trainingTokens, MAX_TRAINING_TOKENS, "trainingTokens");
        range(retrainEveryMonths, 0, Limits.MAX_MONTHS, "retrainEveryMonths");
        nonNegative(ragMonthlyUsd, "ragMonthlyUsd");
        EnumMap<CostOption, BigDecimal> setup = new EnumMap<>(CostOption.class);
        for (CostOption option : CostOption.values()) {
            BigDecimal value = setupCostUsd.getOrDefault(option, BigDecimal.ZERO);
            nonNegative(value, "setupCostUsd." + option.name());
            setup.put(option, value);
        }
        setupCostUsd = Collections.unmodifiableMap(setup);
    }

    /**
     * The required figures with the spec's defaults: 24 months, no few-shot or retrieved tokens, the fine-tuned model
     * reads the same prompt, never retrained, no RAG running cost, no setup costs.
     */
    public static CostInput of(long queriesPerMonth, long promptTokens, long outputTokens, long trainingTokens) {
        return new CostInput(queriesPerMonth, DEFAULT_HORIZON_MONTHS, promptTokens, outputTokens, 0, 0, promptTokens,
                trainingTokens, 0, BigDecimal.ZERO, Map.of());
    }

    public CostInput withHorizonMonths(int value) {
        return new CostInput(queriesPerMonth, value, promptTokens, outputTokens, fewShotTokens, retrievedTokens,
                fineTunedPromptTokens, trainingTokens, retrainEveryMonths, ragMonthlyUsd, setupCostUsd);
    }

    public CostInput withQueriesPerMonth(long value) {
        return new CostInput(value, horizonMonths, promptTokens, outputTokens, fewShotTokens, retrievedTokens,
                fineTunedPromptTokens, trainingTokens, retrainEveryMonths, ragMonthlyUsd, setupCostUsd);
    }

    /** Extra input tokens: few-shot examples for PROMPTING, retrieved context for RAG. */
    public CostInput withExtraTokens(long fewShot, long retrieved) {
        return new CostInput(queriesPerMonth, horizonMonths, promptTokens, outputTokens, fewShot, retrieved,
                fineTunedPromptTokens, trainingTokens, retrainEveryMonths, ragMonthlyUsd, setupCostUsd);
    }

    public CostInput withFineTunedPromptTokens(long value) {
        return new CostInput(queriesPerMonth, horizonMonths, promptTokens, outputTokens, fewShotTokens,
                retrievedTokens, value, trainingTokens, retrainEveryMonths, ragMonthlyUsd, setupCostUsd);
    }

    public CostInput withRetrainEveryMonths(int value) {
        return new CostInput(queriesPerMonth, horizonMonths, promptTokens, outputTokens, fewShotTokens,
                retrievedTokens, fineTunedPromptTokens, trainingTokens, value, ragMonthlyUsd, setupCostUsd);
    }

    public CostInput withRagMonthlyUsd(BigDecimal value) {
        return new CostInput(queriesPerMonth, horizonMonths, promptTokens, outputTokens, fewShotTokens,
                retrievedTokens, fineTunedPromptTokens, trainingTokens, retrainEveryMonths, value, setupCostUsd);
    }

    public CostInput withSetupCostUsd(Map<CostOption, BigDecimal> value) {
        return new CostInput(queriesPerMonth, horizonMonths, promptTokens, outputTokens, fewShotTokens,
                retrievedTokens, fineTunedPromptTokens, trainingTokens, retrainEveryMonths, ragMonthlyUsd, value);
    }

    private static void range(long value, long max, String name) {
        range(value, 0, max, name);
    }

    private static void range(long value, long min, long max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " outside " + min + ".." + max + ": " + value);
        }
    }

    private static void nonNegative(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " is negative");
        }
    }
}
