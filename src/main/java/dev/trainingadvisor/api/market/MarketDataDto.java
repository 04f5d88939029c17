package dev.trainingadvisor.api.market;

import dev.trainingadvisor.domain.market.MarketData;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which market data an answer used (ADVISOR-RULES §10). */
@Schema(name = "MarketData", description = "The market data this answer used: the data file's version and the day it "
        + "describes. Operators replace the file without a rebuild (ADVISOR_MARKET_DATA).")
public record MarketDataDto(
        @Schema(required = true, description = "The data file's version label.", examples = "2026-11-29.1")
        String version,
        @Schema(required = true, description = "The day the data describes; MARKET_DATA_STALE counts from it.")
        LocalDate asOf) {

    public static MarketDataDto of(MarketData data) {
        return new MarketDataDto(data.version(), data.asOf());
    }
}
