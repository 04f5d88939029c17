package dev.trainingadvisor.api.market;

import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.market.MarketTexts;
import dev.trainingadvisor.domain.market.MarketWarning;
import dev.trainingadvisor.api.problem.ProblemException;
import dev.trainingadvisor.domain.market.MarketData;
import dev.trainingadvisor.domain.market.MarketModel;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.Collectors;

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

    /** {@code GET /models}: every fine-tunable model of the running market data, with its prices and sources. */
    public ModelListDto models(Language language) {
        MarketData data = market.data();
        return new ModelListDto(MarketDataDto.of(data), warnings(language),
                data.models().stream().map(model -> ModelDto.of(model, data.fineTunable(model))).toList());
    }

    /**
     * {@code GET /models/{id}}: one model by its provider's id.
     *
     * @throws ProblemException a 404 problem naming the known ids when the market data has no such model
     */
    public ModelAnswerDto model(String id, Language language) {
        MarketData data = market.data();
        return data.model(id)
                .map(model -> new ModelAnswerDto(MarketDataDto.of(data), warnings(language),
                        ModelDto.of(model, data.fineTunable(model))))
                .orElseThrow(() -> ProblemException.notFound("model", id, data.models().stream()
                        .map(MarketModel::id).collect(Collectors.joining(", "))));
    }
}
