package dev.trainingadvisor.api.offering;

import dev.trainingadvisor.api.market.MarketDataDto;
import dev.trainingadvisor.api.market.MarketWarningDto;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /fine-tuning-offerings/{id}}: one offering, and the market data it comes from. */
@Schema(name = "FineTuningOfferingAnswer", description = "One fine-tuning offering and the market data it comes from.")
public record OfferingAnswerDto(
        @Schema(required = true) MarketDataDto marketData,
        @Schema(required = true, description = "MARKET_DATA_STALE when the market data is older than the configured "
                + "maximum age; otherwise empty.") List<MarketWarningDto> warnings,
        @Schema(required = true) OfferingDto offering) {
}
