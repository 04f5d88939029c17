package dev.trainingadvisor.api.market;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /models/{id}}: one fine-tunable model, and the market data it comes from. */
@Schema(name = "ModelAnswer", description = "One fine-tunable model and the market data it comes from.")
public record ModelAnswerDto(
        @Schema(required = true) MarketDataDto marketData,
        @Schema(required = true, description = "MARKET_DATA_STALE when the market data is older than the configured "
                + "maximum age; otherwise empty.") List<MarketWarningDto> warnings,
        @Schema(required = true) ModelDto model) {
}
