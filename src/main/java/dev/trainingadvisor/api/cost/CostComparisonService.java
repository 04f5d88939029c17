package dev.trainingadvisor.api.cost;

import dev.trainingadvisor.api.market.Market;
import dev.trainingadvisor.api.market.MarketDataDto;
import dev.trainingadvisor.api.market.SourceDto;
import dev.trainingadvisor.api.problem.FieldError;
import dev.trainingadvisor.api.problem.ProblemException;
import dev.trainingadvisor.api.problem.ProblemType;
import dev.trainingadvisor.api.problem.Problems;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.Texts;
import dev.trainingadvisor.domain.cost.CostCalculator;
import dev.trainingadvisor.domain.cost.CostComparison;
import dev.trainingadvisor.domain.cost.CostInput;
import dev.trainingadvisor.domain.cost.CostOption;
import dev.trainingadvisor.domain.cost.CostWarning;
import dev.trainingadvisor.domain.cost.CostWarningId;
import dev.trainingadvisor.domain.cost.ModelTerms;
import dev.trainingadvisor.domain.cost.PriceField;
import dev.trainingadvisor.domain.cost.Prices;
import dev.trainingadvisor.domain.market.Lifecycle;
import dev.trainingadvisor.domain.market.MarketModel;
import dev.trainingadvisor.domain.market.MarketProvider;
import dev.trainingadvisor.domain.market.MarketTexts;
import dev.trainingadvisor.domain.market.Sourced;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * ADVISOR-RULES §11 over HTTP: resolves a comparison's prices (explicit prices over a model's of the market data, field
 * by field), compares, and adds what the market data says about the model (its sources, the data's version, the
 * warnings MODEL_RETIRES_WITHIN_HORIZON, PROVIDER_CLOSING and MARKET_DATA_STALE).
 *
 * <p>Errors (400 {@code invalid-request}): a model id the market data does not list, at {@code /model}; neither a
 * model nor prices, at {@code /model}; each price that neither the request nor the model gives, at
 * {@code /prices/<name>}, naming the option that needs it.
 */
@Singleton
public class CostComparisonService {
    static final String MODEL = "model";
    static final String PRICES = "prices";

    private final CostCalculator calculator = new CostCalculator();
    private final Market market;
    private final MarketCostComparisons section12;

    public CostComparisonService(Market market, MarketCostComparisons section12) {
        this.market = market;
        this.section12 = section12;
    }

    /** A §12 request (baseline or fineTune given) goes to {@link MarketCostComparisons}; a §11 one stays here. */
    public CostComparisonResponse compare(CostComparisonRequest request, Language language) {
        if (request.market()) {
            return section12.compare(request, language);
        }
        MarketCostComparisons.refuseSection12Fields(request);
        Optional<MarketModel> model = Optional.ofNullable(request.model()).map(this::model);
        Prices given = request.explicitPrices();
        Prices prices = given.over(model.map(CostComparisonService::prices).orElseGet(Prices::none));
        if (prices.complete() instanceof Prices.Completeness.Incomplete incomplete) {
            throw missing(incomplete.missing(), Optional.ofNullable(request.model()), request.prices() == null);
        }
        CostInput input = request.toInput();
        CostComparison comparison = calculator.compare(input, prices, language);
        if (model.isEmpty()) {
            return CostComparisonResponse.of(comparison, null, given, List.of(), null, List.of());
        }
        MarketModel used = model.get();
        MarketProvider provider = market.data().provider(used.provider()).orElseThrow();
        List<CostWarning> warnings = new ArrayList<>(CostWarning.of(terms(used, provider), market.today(),
                input.horizonMonths(), language));
        if (market.stale()) {
            warnings.add(new CostWarning(CostWarningId.MARKET_DATA_STALE,
                    MarketTexts.stale(market.data(), market.maxAge(), language)));
        }
        return CostComparisonResponse.of(comparison, used.id(), given, sources(used, provider, given),
                MarketDataDto.of(market.data()), warnings);
    }

    private MarketModel model(String id) {
        return market.data().model(id).orElseThrow(() -> ProblemException.invalid(language -> FieldError.atPointer(
                "/" + MODEL, Problems.detail(language, "unknownModel", "known", market.data().models().stream()
                        .map(MarketModel::id).collect(Collectors.joining(", "))))));
    }

    /** The prices a model has; one it lacks stays absent. */
    static Prices prices(MarketModel model) {
        Prices prices = Prices.none();
        prices = with(prices, PriceField.INPUT_USD, model.inputUsd());
        prices = with(prices, PriceField.OUTPUT_USD, model.outputUsd());
        prices = with(prices, PriceField.FINE_TUNED_INPUT_USD, model.fineTunedInputUsd());
        prices = with(prices, PriceField.FINE_TUNED_OUTPUT_USD, model.fineTunedOutputUsd());
        return with(prices, PriceField.TRAINING_USD, model.trainingUsd());
    }

    private static Prices with(Prices prices, PriceField field, Optional<Sourced<BigDecimal>> price) {
        return price.map(p -> prices.with(field, p.value())).orElse(prices);
    }

    /**
     * The model's dates. A provider that states no last day for new jobs but has shut down took none after its
     * shutdown day.
     */
    static ModelTerms terms(MarketModel model, MarketProvider provider) {
        Lifecycle lifecycle = provider.lifecycle();
        return new ModelTerms(model.id(), provider.name(), model.retiresOn().map(Sourced::value),
                lifecycle.newJobsUntil().or(lifecycle::discontinuedOn));
    }

    /** The sources of the model's prices that were used (not overridden), of its retirement and its provider's dates. */
    private static List<SourceDto> sources(MarketModel model, MarketProvider provider, Prices given) {
        SourceDto.Collector sources = new SourceDto.Collector();
        add(sources, PriceField.INPUT_USD, model.inputUsd(), given);
        add(sources, PriceField.OUTPUT_USD, model.outputUsd(), given);
        add(sources, PriceField.FINE_TUNED_INPUT_USD, model.fineTunedInputUsd(), given);
        add(sources, PriceField.FINE_TUNED_OUTPUT_USD, model.fineTunedOutputUsd(), given);
        add(sources, PriceField.TRAINING_USD, model.trainingUsd(), given);
        model.retiresOn().ifPresent(date -> sources.add("retiresOn", date.sources()));
        if (provider.lifecycle().newJobsUntil().isPresent() || provider.lifecycle().discontinuedOn().isPresent()) {
            sources.add("status", provider.lifecycle().sources());
        }
        return sources.build();
    }

    private static void add(SourceDto.Collector sources, PriceField field, Optional<Sourced<BigDecimal>> price,
                            Prices given) {
        if (given.get(field).isEmpty()) {
            price.ifPresent(p -> sources.add(field.code(), p.sources()));
        }
    }

    /**
     * The prices no source gave. With neither a model nor prices, the request lacks a model; otherwise each missing
     * price is named where the request could give it.
     */
    private static ProblemException missing(List<PriceField> missing, Optional<String> model, boolean noPrices) {
        if (model.isEmpty() && noPrices) {
            return ProblemException.invalid(language -> FieldError.atPointer("/" + MODEL,
                    Problems.detail(language, "modelOrPrices")));
        }
        return new ProblemException(ProblemType.INVALID_REQUEST,
                language -> Problems.detail(language, "invalidRequest", "count", Integer.toString(missing.size())),
                language -> missing.stream().map(field -> FieldError.atPointer("/" + PRICES + "/" + field.code(),
                        missingDetail(field, model, language))).toList());
    }

    private static String missingDetail(PriceField field, Optional<String> model, Language language) {
        Texts texts = Texts.in(language);
        String options = field.neededBy().stream().sorted().map(CostOption::name).collect(Collectors.joining(", "));
        String where = model.map(id -> texts.format("problem.detail.missingPrice.model", "model", id))
                .orElseGet(() -> texts.get("problem.detail.missingPrice.noModel"));
        return Problems.detail(language, "missingPrice", "options", options, "where", where);
    }
}
