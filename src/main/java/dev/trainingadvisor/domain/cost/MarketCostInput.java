package dev.trainingadvisor.domain.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a comparison in the market that exists needs besides {@link CostInput} (ADVISOR-RULES §12.2).
 *
 * @param costs the §11 figures (tokens, volume, horizon, retraining, RAG's running cost, setup)
 * @param cachedTokens tokens of each PROMPTING and RAG query's input read from the prompt cache
 * @param fineTunedRetrievedTokens retrieved tokens the fine-tuned model still receives (RAG and a fine-tune together;
 *                                 then the fine-tune also carries RAG's running cost)
 * @param startDate month 1 begins here; month m covers [startDate + (m−1) months, startDate + m months)
 * @param migrationCostUsd engineering of a forced move to a successor base model
 */
public record MarketCostInput(CostInput costs, long cachedTokens, long fineTunedRetrievedTokens, LocalDate startDate,
                              BigDecimal migrationCostUsd) {
    public MarketCostInput {
        Objects.requireNonNull(costs, "costs");
        if (cachedTokens < 0 || cachedTokens > CostInput.MAX_TOKENS_PER_QUERY) {
            throw new IllegalArgumentException("cachedTokens out of range: " + cachedTokens);
        }
        if (fineTunedRetrievedTokens < 0 || fineTunedRetrievedTokens > CostInput.MAX_TOKENS_PER_QUERY) {
            throw new IllegalArgumentException("fineTunedRetrievedTokens out of range: " + fineTunedRetrievedTokens);
        }
        Objects.requireNonNull(startDate, "startDate");
        Prices.nonNegative(migrationCostUsd, "migrationCostUsd");
    }

    /** The §11 figures starting on {@code startDate}, no cache, no retrieval for the fine-tune, migration = setup. */
    public static MarketCostInput of(CostInput costs, LocalDate startDate) {
        return new MarketCostInput(costs, 0, 0, startDate, costs.setupCostUsd().get(CostOption.FINE_TUNED));
    }

    public MarketCostInput withCachedTokens(long value) {
        return new MarketCostInput(costs, value, fineTunedRetrievedTokens, startDate, migrationCostUsd);
    }

    public MarketCostInput withFineTunedRetrievedTokens(long value) {
        return new MarketCostInput(costs, cachedTokens, value, startDate, migrationCostUsd);
    }

    public MarketCostInput withMigrationCostUsd(BigDecimal value) {
        return new MarketCostInput(costs, cachedTokens, fineTunedRetrievedTokens, startDate, value);
    }

    public MarketCostInput withCosts(CostInput value) {
        return new MarketCostInput(value, cachedTokens, fineTunedRetrievedTokens, startDate, migrationCostUsd);
    }

    /** The first day after the horizon: startDate + horizonMonths months. */
    public LocalDate end() {
        return startDate.plusMonths(costs.horizonMonths());
    }

    /** The month 1..horizon whose interval holds {@code day}; 0 when the day lies outside the horizon. */
    public int monthOf(LocalDate day) {
        for (int month = 1; month <= costs.horizonMonths(); month++) {
            if (!day.isBefore(startDate.plusMonths(month - 1)) && day.isBefore(startDate.plusMonths(month))) {
                return month;
            }
        }
        return 0;
    }
}
