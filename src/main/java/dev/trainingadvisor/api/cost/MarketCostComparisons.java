package dev.trainingadvisor.api.cost;

import dev.trainingadvisor.api.market.Market;
import dev.trainingadvisor.api.market.MarketDataDto;
import dev.trainingadvisor.api.market.SourceDto;
import dev.trainingadvisor.api.problem.FieldError;
import dev.trainingadvisor.api.problem.ProblemException;
import dev.trainingadvisor.api.problem.ProblemType;
import dev.trainingadvisor.api.problem.Problems;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.cost.Baseline;
import dev.trainingadvisor.domain.cost.CostCalculator;
import dev.trainingadvisor.domain.cost.CostInput;
import dev.trainingadvisor.domain.cost.CostOption;
import dev.trainingadvisor.domain.cost.CostWarning;
import dev.trainingadvisor.domain.cost.CostWarningId;
import dev.trainingadvisor.domain.cost.FineTune;
import dev.trainingadvisor.domain.cost.MarketCostComparison;
import dev.trainingadvisor.domain.cost.MarketCostInput;
import dev.trainingadvisor.domain.cost.MarketCostWarnings;
import dev.trainingadvisor.domain.cost.ModelTerms;
import dev.trainingadvisor.domain.market.FineTuningOffering;
import dev.trainingadvisor.domain.market.MarketModel;
import dev.trainingadvisor.domain.market.MarketTexts;
import dev.trainingadvisor.domain.market.OfferingListing;
import dev.trainingadvisor.domain.market.OfferingPrice;
import dev.trainingadvisor.domain.market.ProviderStatus;
import dev.trainingadvisor.domain.market.ServingMode;
import dev.trainingadvisor.domain.market.Sourced;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * ADVISOR-RULES §12.2 over HTTP: resolves a comparison's {@code baseline} (a model of the market data, explicit prices,
 * or both) and {@code fineTune} (an offering with overrides, or every figure given), refuses what §12.3 refuses -
 * every refusal a 400 at the field, all of a request's refusals in one problem - compares, and adds the warnings.
 * Every refusal and warning is judged on {@code startDate} (default: today by the service's clock).
 */
@Singleton
public class MarketCostComparisons {
    private static final String FT = "/fineTune";
    private final CostCalculator calculator = new CostCalculator();
    private final Market market;

    public MarketCostComparisons(Market market) {
        this.market = market;
    }

    /** One refusal, worded in the answer's language. */
    private record Refusal(String pointer, Function<Language, String> detail) {
        FieldError in(Language language) {
            return FieldError.atPointer(pointer, detail.apply(language));
        }
    }

    /** The fields only a §12 request gives meaning to, refused in a §11 request. */
    static void refuseSection12Fields(CostComparisonRequest request) {
        List<Refusal> refusals = new ArrayList<>();
        if (request.cachedTokens() != null) {
            refusals.add(only("/cachedTokens"));
        }
        if (request.fineTunedRetrievedTokens() != null) {
            refusals.add(only("/fineTunedRetrievedTokens"));
        }
        if (request.startDate() != null) {
            refusals.add(only("/startDate"));
        }
        if (request.migrationCostUsd() != null) {
            refusals.add(only("/migrationCostUsd"));
        }
        throwIfAny(refusals);
    }

    public CostComparisonResponse compare(CostComparisonRequest request, Language language) {
        List<Refusal> refusals = new ArrayList<>();
        if (request.model() != null) {
            refusals.add(new Refusal("/" + CostComparisonService.MODEL, l -> Problems.detail(l, "notWithSection12")));
        }
        if (request.prices() != null) {
            refusals.add(new Refusal("/" + CostComparisonService.PRICES, l -> Problems.detail(l, "notWithSection12")));
        }
        if (request.baseline() == null) {
            refusals.add(new Refusal("/baseline", l -> Problems.detail(l, "section12Pair")));
        }
        if (request.fineTune() == null) {
            refusals.add(new Refusal(FT, l -> Problems.detail(l, "section12Pair")));
        }
        throwIfAny(refusals);
        LocalDate start = request.startDate() != null ? request.startDate() : market.today();
        CostInput costs = request.toInput();
        long cachedTokens = request.cachedTokens() == null ? 0 : request.cachedTokens();
        ResolvedBaseline baseline = baseline(request.baseline(), cachedTokens, refusals);
        ResolvedFineTune fineTune = fineTune(request.fineTune(), start, costs.queriesPerMonth(), refusals);
        throwIfAny(refusals);
        MarketCostInput input = new MarketCostInput(costs, cachedTokens,
                request.fineTunedRetrievedTokens() == null ? 0 : request.fineTunedRetrievedTokens(), start,
                request.migrationCostUsd() != null ? request.migrationCostUsd()
                        : costs.setupCostUsd().get(CostOption.FINE_TUNED));
        MarketCostComparison result = calculator.compare(input, baseline.terms(), fineTune.terms(), language);
        List<CostWarning> warnings = new ArrayList<>(MarketCostWarnings.of(result, input, fineTune.terms(),
                fineTune.facts(), baseline.model().map(model -> new ModelTerms(model.id(),
                        market.data().provider(model.provider()).map(p -> p.name()).orElse(model.provider()),
                        model.retiresOn().map(Sourced::value), Optional.empty())),
                baseline.secondaryOnly(), language));
        boolean usesMarket = baseline.model().isPresent() || fineTune.entry().isPresent();
        if (usesMarket && market.stale()) {
            warnings.add(new CostWarning(CostWarningId.MARKET_DATA_STALE,
                    MarketTexts.stale(market.data(), market.maxAge(), language)));
        }
        SourceDto.Collector sources = new SourceDto.Collector();
        baseline.sources().forEach(s -> sources.add(s.field(), s.figure().sources()));
        fineTune.sources().forEach(s -> sources.add(s.field(), s.figure().sources()));
        CostComparisonResponse.PricesUsed prices = CostComparisonResponse.PricesUsed.of(
                baseline.model().map(MarketModel::id).orElse(null), result.comparison().prices(),
                dev.trainingadvisor.domain.cost.Prices.none(), sources.build());
        FineTune terms = fineTune.terms();
        Optional<FineTuningOffering> offering = fineTune.entry().map(OfferingListing.Entry::offering);
        CostComparisonResponse.FineTuneUsed fineTuneUsed = new CostComparisonResponse.FineTuneUsed(
                offering.map(FineTuningOffering::id).orElse(null),
                offering.map(FineTuningOffering::provider).orElse(null),
                offering.map(FineTuningOffering::baseModel).orElse(null), terms.mode(),
                terms.mode() == ServingMode.DEDICATED ? null : terms.inputUsd(),
                terms.mode() == ServingMode.DEDICATED ? null : terms.outputUsd(),
                terms.mode() == ServingMode.PER_TOKEN_PLUS_HOSTING ? terms.hourlyUsd() : null,
                terms.mode() == ServingMode.DEDICATED ? terms.hourlyUsd() : null,
                terms.mode() == ServingMode.DEDICATED ? terms.capacity().units() : null,
                terms.mode() == ServingMode.PER_TOKEN_PLUS_HOSTING ? terms.capacity().units() : null,
                terms.capacity().hoursPerMonth(), terms.capacity().sharedBy(), terms.trainingUsd(),
                result.fixedMonthlyUsd().setScale(2, RoundingMode.HALF_UP), terms.retiresOn().orElse(null),
                result.retrainings().stream().map(CostComparisonResponse.RetrainingDto::of).toList());
        return CostComparisonResponse.of(result, input, prices,
                usesMarket ? MarketDataDto.of(market.data()) : null, warnings,
                new CostComparisonResponse.BaselineUsed(baseline.model().map(MarketModel::id).orElse(null),
                        baseline.terms().inputUsd(), baseline.terms().outputUsd(),
                        baseline.terms().cachedInputUsd().orElse(null)),
                fineTuneUsed);
    }

    /** A figure of the market data that was used, and the field of the answer it backs. */
    private record Used(String field, Sourced<?> figure) {
    }

    private record ResolvedBaseline(Baseline terms, Optional<MarketModel> model, List<String> secondaryOnly,
                                    List<Used> sources) {
    }

    private record ResolvedFineTune(FineTune terms, Optional<OfferingListing.Entry> entry,
                                    MarketCostWarnings.FineTuneFacts facts, List<Used> sources) {
    }

    private ResolvedBaseline baseline(CostComparisonRequest.BaselineInput given, long cachedTokens,
                                      List<Refusal> refusals) {
        Optional<MarketModel> model = Optional.empty();
        if (given.model() != null) {
            model = market.data().model(given.model());
            if (model.isEmpty()) {
                String known = market.data().models().stream().map(MarketModel::id).collect(Collectors.joining(", "));
                refusals.add(new Refusal("/baseline/model", l -> Problems.detail(l, "unknownModel", "known", known)));
                return new ResolvedBaseline(null, model, List.of(), List.of());
            }
        }
        CostComparisonRequest.BaselinePrices prices = given.prices();
        List<String> secondary = new ArrayList<>();
        List<Used> sources = new ArrayList<>();
        Optional<MarketModel> m = model;
        BigDecimal in = baselinePrice(prices == null ? null : prices.inputUsd(), m.flatMap(MarketModel::inputUsd),
                "inputUsd", m, true, secondary, sources, refusals);
        BigDecimal out = baselinePrice(prices == null ? null : prices.outputUsd(), m.flatMap(MarketModel::outputUsd),
                "outputUsd", m, true, secondary, sources, refusals);
        BigDecimal cached = baselinePrice(prices == null ? null : prices.cachedInputUsd(),
                m.flatMap(MarketModel::cachedInputUsd), "cachedInputUsd", m, false,
                cachedTokens > 0 ? secondary : new ArrayList<>(), sources, refusals);
        if (cachedTokens > 0 && cached == null) {
            String where = m.map(x -> x.id()).orElse(null);
            refusals.add(new Refusal("/cachedTokens", l -> Problems.detail(l, "noCachedPrice", "model",
                    where == null ? "" : Problems.detail(l, "noCachedPrice.model", "model", where))));
        }
        return new ResolvedBaseline(in == null || out == null ? null
                : new Baseline(in, out, Optional.ofNullable(cached)), model, secondary, sources);
    }

    private static BigDecimal baselinePrice(BigDecimal given, Optional<Sourced<BigDecimal>> fromModel, String field,
                                            Optional<MarketModel> model, boolean required, List<String> secondary,
                                            List<Used> sources, List<Refusal> refusals) {
        if (given != null) {
            return given;
        }
        if (fromModel.isPresent()) {
            if (fromModel.get().secondaryOnly()) {
                secondary.add(field);
            }
            sources.add(new Used("baseline." + field, fromModel.get()));
            return fromModel.get().value();
        }
        if (required) {
            Optional<String> id = model.map(MarketModel::id);
            refusals.add(new Refusal("/baseline/prices/" + field, l -> Problems.detail(l, "baselinePriceRequired",
                    "where", id.map(x -> Problems.detail(l, "baselinePrice.model", "model", x))
                            .orElseGet(() -> Problems.detail(l, "baselinePrice.noModel")))));
        }
        return null;
    }

    private ResolvedFineTune fineTune(CostComparisonRequest.FineTuneInput given, LocalDate start, long volume,
                                      List<Refusal> refusals) {
        Optional<OfferingListing.Entry> entry = Optional.empty();
        ServingMode mode = given.servingMode();
        if (given.offering() != null) {
            entry = OfferingListing.find(market.data(), given.offering(), start);
            if (entry.isEmpty()) {
                String known = market.data().offerings().stream().map(FineTuningOffering::id)
                        .collect(Collectors.joining(", "));
                refusals.add(new Refusal(FT + "/offering", l -> Problems.detail(l, "unknownOffering",
                        "known", known)));
                return new ResolvedFineTune(null, entry, null, List.of());
            }
            OfferingListing.Entry offering = entry.get();
            String id = offering.offering().id();
            if (given.servingMode() != null) {
                refusals.add(new Refusal(FT + "/servingMode", l -> Problems.detail(l, "fromOffering", "offering", id)));
            }
            if (given.retiresOn() != null) {
                refusals.add(new Refusal(FT + "/retiresOn", l -> Problems.detail(l, "fromOffering", "offering", id)));
            }
            Optional<LocalDate> last = offering.newJobsUntil().map(Sourced::value);
            if (last.filter(day -> day.isBefore(start)).isPresent()
                    || offering.status() == ProviderStatus.DISCONTINUED) {
                String lastDay = last.map(LocalDate::toString).orElse("-");
                refusals.add(new Refusal(FT + "/offering", l -> Problems.detail(l, "offeringNoNewJobs",
                        "start", start.toString(), "last", lastDay)));
            } else {
                offering.retiresOn().map(Sourced::value).filter(day -> !day.isAfter(start)).ifPresent(day ->
                        refusals.add(new Refusal(FT + "/offering", l -> Problems.detail(l, "offeringRetired",
                                "start", start.toString(), "retires", day.toString()))));
            }
            mode = offering.offering().mode();
        } else if (mode == null) {
            refusals.add(new Refusal(FT + "/servingMode", l -> Problems.detail(l, "servingModeRequired")));
            return new ResolvedFineTune(null, entry, null, List.of());
        }
        ServingMode m = mode;
        Optional<FineTuningOffering> offering = entry.map(OfferingListing.Entry::offering);
        CostComparisonRequest.FineTunePrices prices = given.prices();
        if (m != ServingMode.PER_TOKEN_PLUS_HOSTING) {
            notInMode(given.hostingUsdPerHour(), FT + "/hostingUsdPerHour", m, refusals);
            notInMode(given.deployments(), FT + "/deployments", m, refusals);
        }
        if (m != ServingMode.DEDICATED) {
            notInMode(given.replicaUsdPerHour(), FT + "/replicaUsdPerHour", m, refusals);
            notInMode(given.replicas(), FT + "/replicas", m, refusals);
        } else if (prices != null) {
            notInMode(prices.inputUsd(), FT + "/prices/inputUsd", m, refusals);
            notInMode(prices.outputUsd(), FT + "/prices/outputUsd", m, refusals);
        }
        List<String> secondary = new ArrayList<>();
        List<Used> sources = new ArrayList<>();
        BigDecimal in = BigDecimal.ZERO;
        BigDecimal out = BigDecimal.ZERO;
        BigDecimal hourly = BigDecimal.ZERO;
        if (m != ServingMode.DEDICATED) {
            in = figure(prices == null ? null : prices.inputUsd(), offering, OfferingPrice.INPUT_USD,
                    FT + "/prices/inputUsd", m, secondary, sources, refusals);
            out = figure(prices == null ? null : prices.outputUsd(), offering, OfferingPrice.OUTPUT_USD,
                    FT + "/prices/outputUsd", m, secondary, sources, refusals);
        }
        if (m == ServingMode.PER_TOKEN_PLUS_HOSTING) {
            hourly = figure(given.hostingUsdPerHour(), offering, OfferingPrice.HOSTING_USD_PER_HOUR,
                    FT + "/hostingUsdPerHour", m, secondary, sources, refusals);
        } else if (m == ServingMode.DEDICATED) {
            hourly = figure(given.replicaUsdPerHour(), offering, OfferingPrice.REPLICA_USD_PER_HOUR,
                    FT + "/replicaUsdPerHour", m, secondary, sources, refusals);
        }
        BigDecimal training = prices == null ? null : prices.trainingUsd();
        if (training == null && offering.flatMap(o -> o.price(OfferingPrice.TRAINING_USD)).isPresent()) {
            Sourced<BigDecimal> price = offering.get().price(OfferingPrice.TRAINING_USD).orElseThrow();
            training = price.value();
            sources.add(new Used("fineTune.trainingUsd", price));
            if (price.secondaryOnly()) {
                secondary.add("trainingUsd");
            }
        }
        if (training == null) {
            Optional<String> id = offering.map(FineTuningOffering::id);
            refusals.add(new Refusal(FT + "/prices/trainingUsd", l -> Problems.detail(l, "trainingPriceRequired",
                    "where", where(l, id))));
        }
        BigDecimal hours = given.hoursPerMonth() != null ? given.hoursPerMonth() : FineTune.Capacity.DEFAULT_HOURS;
        if (m != ServingMode.PER_TOKEN && hours.signum() == 0 && volume > 0) {
            refusals.add(new Refusal(FT + "/hoursPerMonth", l -> Problems.detail(l, "neverUp")));
        }
        int units = m == ServingMode.DEDICATED ? orOne(given.replicas())
                : m == ServingMode.PER_TOKEN_PLUS_HOSTING ? orOne(given.deployments()) : 1;
        Optional<LocalDate> retiresOn = entry.isPresent() ? entry.get().retiresOn().map(Sourced::value)
                : Optional.ofNullable(given.retiresOn());
        if (entry.isEmpty() && given.retiresOn() != null && !given.retiresOn().isAfter(start)) {
            refusals.add(new Refusal(FT + "/retiresOn", l -> Problems.detail(l, "retiresBeforeStart",
                    "start", start.toString())));
        }
        entry.flatMap(OfferingListing.Entry::retiresOn).ifPresent(day -> sources.add(new Used("fineTune.retiresOn",
                day)));
        entry.flatMap(OfferingListing.Entry::newJobsUntil).ifPresent(day -> sources.add(
                new Used("fineTune.newJobsUntil", day)));
        if (in == null || out == null || hourly == null || training == null || !refusals.isEmpty()) {
            return new ResolvedFineTune(null, entry, null, sources);
        }
        FineTune terms = new FineTune(m, in, out, hourly, new FineTune.Capacity(units, hours,
                orOne(given.sharedBy())), training, retiresOn);
        MarketCostWarnings.FineTuneFacts facts = new MarketCostWarnings.FineTuneFacts(
                offering.map(FineTuningOffering::id).orElse("fineTune"),
                entry.map(e -> e.provider().name()),
                entry.flatMap(OfferingListing.Entry::newJobsUntil).map(Sourced::value), secondary,
                offering.map(FineTuningOffering::limits).orElse(List.of()));
        return new ResolvedFineTune(terms, entry, facts, sources);
    }

    private static BigDecimal figure(BigDecimal given, Optional<FineTuningOffering> offering, OfferingPrice field,
                                     String pointer, ServingMode mode, List<String> secondary, List<Used> sources,
                                     List<Refusal> refusals) {
        if (given != null) {
            return given;
        }
        Optional<Sourced<BigDecimal>> price = offering.flatMap(o -> o.price(field));
        if (price.isPresent()) {
            sources.add(new Used("fineTune." + field.code(), price.get()));
            if (price.get().secondaryOnly()) {
                secondary.add(field.code());
            }
            return price.get().value();
        }
        Optional<String> id = offering.map(FineTuningOffering::id);
        refusals.add(new Refusal(pointer, l -> Problems.detail(l, "neededByMode", "mode", mode.name(),
                "where", where(l, id))));
        return null;
    }

    private static String where(Language language, Optional<String> offering) {
        return offering.map(id -> Problems.detail(language, "neededByMode.offering", "offering", id))
                .orElseGet(() -> Problems.detail(language, "neededByMode.none"));
    }

    private static void notInMode(Object value, String pointer, ServingMode mode, List<Refusal> refusals) {
        if (value != null) {
            refusals.add(new Refusal(pointer, l -> Problems.detail(l, "notInServingMode", "mode", mode.name())));
        }
    }

    private static int orOne(Integer value) {
        return value == null ? 1 : value;
    }

    private static Refusal only(String pointer) {
        return new Refusal(pointer, l -> Problems.detail(l, "section12Only"));
    }

    private static void throwIfAny(List<Refusal> refusals) {
        if (refusals.isEmpty()) {
            return;
        }
        List<Refusal> all = List.copyOf(refusals);
        throw new ProblemException(ProblemType.INVALID_REQUEST,
                language -> Problems.detail(language, "invalidRequest", "count", Integer.toString(all.size())),
                language -> all.stream().map(r -> r.in(language)).toList());
    }
}
