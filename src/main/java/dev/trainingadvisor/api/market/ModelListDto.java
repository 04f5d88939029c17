package dev.trainingadvisor.api.market;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /models}: the fine-tunable models, and the market data they come from. */
@Schema(name = "ModelList", description = "The fine-tunable models of the market data, in its order.")
public record ModelListDto(
        @Schema(required = true) MarketDataDto marketData,
        @Schema(required = true, description = "MARKET_DATA_STALE when the market data is older than the configured "
                + "maximum age; otherwise empty.") List<MarketWarningDto> warnings,
        @Schema(required = true) List<ModelDto> models) {
}
