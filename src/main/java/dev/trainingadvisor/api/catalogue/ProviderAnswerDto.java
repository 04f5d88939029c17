package dev.trainingadvisor.api.catalogue;

import dev.trainingadvisor.api.market.MarketDataDto;
import dev.trainingadvisor.api.market.MarketWarningDto;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /providers/{id}}: one provider, and the market data it comes from. */
@Schema(name = "ProviderAnswer", description = "One provider and the market data it comes from.")
public record ProviderAnswerDto(
        @Schema(required = true) MarketDataDto marketData,
        @Schema(required = true, description = "MARKET_DATA_STALE when the market data is older than the configured "
                + "maximum age; otherwise empty.") List<MarketWarningDto> warnings,
        @Schema(required = true) ProviderDto provider) {
}
