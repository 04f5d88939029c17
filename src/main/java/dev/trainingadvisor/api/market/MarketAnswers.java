package dev.trainingadvisor.api.market;

import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.market.MarketTexts;
import dev.trainingadvisor.domain.market.MarketWarning;
import jakarta.inject.Singleton;
import java.util.List;

/** What every answer that uses market data carries: which data ({@code marketData}) and its staleness warning. */
@Singleton
public class MarketAnswers {
    private final Market market;

    public MarketAnswers(Market market) {
        this.market = market;
    }

    public MarketDataDto marketData() {
        return MarketDataDto.of(market.data());
    }

    /** {@code [MARKET_DATA_STALE]} when the data is older than the configured maximum age today, else empty. */
    public List<MarketWarningDto> warnings(Language language) {
        return market.stale()
                ? List.of(new MarketWarningDto(MarketWarning.MARKET_DATA_STALE,
                        MarketTexts.stale(market.data(), market.maxAge(), language)))
                : List.of();
    }
}
