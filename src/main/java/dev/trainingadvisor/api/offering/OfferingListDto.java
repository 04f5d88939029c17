package dev.trainingadvisor.api.offering;

import dev.trainingadvisor.api.market.MarketDataDto;
import dev.trainingadvisor.api.market.MarketWarningDto;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /fine-tuning-offerings}: the offerings that pass the filters, and the market data they come from. */
@Schema(name = "FineTuningOfferingList", description = "The fine-tuning offerings of the market data that pass the "
        + "filters, in its order.")
public record OfferingListDto(
        @Schema(required = true) MarketDataDto marketData,
        @Schema(required = true, description = "MARKET_DATA_STALE when the market data is older than the configured "
                + "maximum age; otherwise empty.") List<MarketWarningDto> warnings,
        @Schema(required = true) List<OfferingDto> offerings) {
}
