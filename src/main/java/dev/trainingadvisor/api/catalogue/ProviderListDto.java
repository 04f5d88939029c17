package dev.trainingadvisor.api.catalogue;

import dev.trainingadvisor.api.market.MarketDataDto;
import dev.trainingadvisor.api.market.MarketWarningDto;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /providers}: the providers that pass the filters, and the market data they come from. */
@Schema(name = "ProviderList", description = "The providers that pass the filters (possibly none), in the market "
        + "data's order: the guide's four first, then the current ones.")
public record ProviderListDto(
        @Schema(required = true) MarketDataDto marketData,
        @Schema(required = true, description = "MARKET_DATA_STALE when the market data is older than the configured "
                + "maximum age; otherwise empty.") List<MarketWarningDto> warnings,
        @Schema(required = true) List<ProviderDto> providers) {
}
