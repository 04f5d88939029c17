package dev.trainingadvisor.api.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.trainingadvisor.domain.cost.ModelTerms;
import dev.trainingadvisor.domain.cost.PriceField;
import dev.trainingadvisor.domain.cost.Prices;
import dev.trainingadvisor.domain.market.Lifecycle;
import dev.trainingadvisor.domain.market.MarketMethod;
import dev.trainingadvisor.domain.market.MarketModel;
import dev.trainingadvisor.domain.market.MarketProvider;
import dev.trainingadvisor.domain.market.ModelPrice;
import dev.trainingadvisor.domain.market.Pricing;
import dev.trainingadvisor.domain.market.ProviderStatus;
import dev.trainingadvisor.domain.market.Source;
import dev.trainingadvisor.domain.market.Sourced;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How a market model becomes a comparison's prices and dates. The shipped data has every price of every model, so the
 * cases of a model without some are made here (an operator's file may have them).
 */
class CostComparisonServiceTest {
    private static final List<Source> SOURCE = List.of(new Source("https://example.org/prices",
            LocalDate.parse("2026-11-29"), true, Optional.empty()));

    private static Sourced<BigDecimal> price(String value) {
        return new Sourced<>(new BigDecimal(value), SOURCE);
    }

    @Test
    void aPriceTheModelLacksStaysMissingAndExplicitOnesFillIt() {
        MarketModel baseOnly = new MarketModel("open-8b", "together-ai", Map.of(ModelPrice.INPUT_USD, price("0.20"),
                ModelPrice.OUTPUT_USD, price("0.20"), ModelPrice.TRAINING_USD, price("0.48")), Optional.empty());
        Prices prices = CostComparisonService.prices(baseOnly);
        assertEquals(List.of(PriceField.FINE_TUNED_INPUT_USD, PriceField.FINE_TUNED_OUTPUT_USD), prices.missing());
        Prices filled = Prices.none().with(PriceField.FINE_TUNED_INPUT_USD, new BigDecimal("0.20"))
                .with(PriceField.FINE_TUNED_OUTPUT_USD, new BigDecimal("0.20")).over(prices);
        assertEquals(List.of(), filled.missing());
        assertEquals(new BigDecimal("0.48"), filled.get(PriceField.TRAINING_USD).orElseThrow());
    }

    @Test
    void aProviderThatShutWithoutALastDayForJobsTookNoneAfterItsShutdown() {
        MarketModel model = new MarketModel("claude-3-haiku", "anthropic", Map.of(ModelPrice.INPUT_USD, price("0.25"),
                ModelPrice.OUTPUT_USD, price("1.25"), ModelPrice.FINE_TUNED_INPUT_USD, price("0.25"),
                ModelPrice.FINE_TUNED_OUTPUT_USD, price("1.25")), Optional.empty());
        MarketProvider closed = provider(new Lifecycle(ProviderStatus.DISCONTINUED, Optional.empty(),
                Optional.of(LocalDate.parse("2026-09-10")), SOURCE));
        assertEquals(new ModelTerms("claude-3-haiku", "Provider", Optional.empty(),
                Optional.of(LocalDate.parse("2026-09-10"))), CostComparisonService.terms(model, closed));

        MarketProvider closing = provider(new Lifecycle(ProviderStatus.CLOSING,
                Optional.of(LocalDate.parse("2027-01-06")), Optional.of(LocalDate.parse("2027-01-14")), SOURCE));
        assertEquals(Optional.of(LocalDate.parse("2027-01-06")),
                CostComparisonService.terms(model, closing).newJobsUntil());
    }

    private static MarketProvider provider(Lifecycle lifecycle) {
        return new MarketProvider("p", "Provider", lifecycle, new Sourced<>(List.of(MarketMethod.SFT), SOURCE),
                new Pricing(Pricing.Model.PER_TRAINING_TOKEN, SOURCE, Optional.empty()));
    }
}
