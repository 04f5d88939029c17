package dev.trainingadvisor.domain.cost;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The model PROMPTING and RAG run on (ADVISOR-RULES §12.2 {@code baseline}), its prices in USD per 1M tokens.
 *
 * @param cachedInputUsd input read from the provider's prompt cache; needed only when a query reads cached tokens
 */
public record Baseline(BigDecimal inputUsd, BigDecimal outputUsd, Optional<BigDecimal> cachedInputUsd) {
    public Baseline {
        Prices.nonNegative(inputUsd, "inputUsd");
        Prices.nonNegative(outputUsd, "outputUsd");
        Objects.requireNonNull(cachedInputUsd, "cachedInputUsd");
        cachedInputUsd.ifPresent(price -> Prices.nonNegative(price, "cachedInputUsd"));
    }
}
