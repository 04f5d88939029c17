package dev.trainingadvisor.domain.cost;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A comparison in the market that exists (ADVISOR-RULES §12.2): the three options as §11, and what the fine-tune's
 * serving and lifetime add.
 *
 * @param comparison the options, cheapest, break-evens and summary; its prices are the baseline's input and output,
 *                   the fine-tune's per-token prices (0 for DEDICATED) and its training price
 * @param fixedMonthlyUsd the hourly part of serving a month, exact
 * @param retireMonth the month charged for the forced retraining, when the fine-tune retires within the horizon
 * @param retrainings every retraining charged, in month order
 */
public record MarketCostComparison(CostComparison comparison, BigDecimal fixedMonthlyUsd, OptionalInt retireMonth,
                                   List<Retraining> retrainings) {
    public MarketCostComparison {
        Objects.requireNonNull(comparison);
        Objects.requireNonNull(fixedMonthlyUsd);
        Objects.requireNonNull(retireMonth);
        retrainings = List.copyOf(retrainings);
    }
}
