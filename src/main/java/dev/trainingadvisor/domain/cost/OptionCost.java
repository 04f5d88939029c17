package dev.trainingadvisor.domain.cost;

import java.math.BigDecimal;
import java.util.List;

/**
 * One option's cost (ADVISOR-RULES §11), rounded HALF_UP from exact values: money to cents, the per-query cost to
 * 8 decimals. USD throughout.
 *
 * @param perQueryUsd the token cost of one query
 * @param upfrontUsd setup, plus the first training for FINE_TUNED
 * @param monthlyUsd a month without retraining: per-query cost × volume, plus RAG's running cost
 * @param totalUsd the cumulative cost at the end of the horizon
 * @param cumulativeUsd the cumulative cost after each month 0..horizon (month 0 is the upfront cost)
 */
public record OptionCost(CostOption option, BigDecimal perQueryUsd, BigDecimal upfrontUsd, BigDecimal monthlyUsd,
                         BigDecimal totalUsd, List<BigDecimal> cumulativeUsd) {
    public OptionCost {
        cumulativeUsd = List.copyOf(cumulativeUsd);
    }
}
