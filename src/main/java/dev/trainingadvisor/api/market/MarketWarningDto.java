package dev.trainingadvisor.api.market;

import dev.trainingadvisor.domain.market.MarketWarning;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A warning on a market answer ({@code GET /providers}, {@code GET /models}). */
@Schema(name = "MarketWarning", description = "Why the market figures in this answer may not hold: MARKET_DATA_STALE "
        + "when the data is older than ADVISOR_MARKET_DATA_MAX_AGE.")
public record MarketWarningDto(
        @Schema(required = true) MarketWarning code,
        @Schema(required = true, description = "The warning, for people.") String message) {
}
