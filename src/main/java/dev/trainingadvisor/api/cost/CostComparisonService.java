package dev.trainingadvisor.api.cost;

import dev.trainingadvisor.api.problem.FieldError;
import dev.trainingadvisor.api.problem.ProblemException;
import dev.trainingadvisor.api.problem.ProblemType;
import dev.trainingadvisor.api.problem.Problems;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.Texts;
import dev.trainingadvisor.domain.cost.CostCalculator;
import dev.trainingadvisor.domain.cost.CostComparison;
import dev.trainingadvisor.domain.cost.CostOption;
import dev.trainingadvisor.domain.cost.CostWarning;
import dev.trainingadvisor.domain.cost.PriceField;
import dev.trainingadvisor.domain.cost.Prices;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Resolves a comparison's prices (explicit prices over a model's, field by field) and compares. A request that
 * names no model and gives incomplete prices, or whose model lacks a price the request does not give, is a 400
 * naming each missing price by its pointer ({@code /prices/fineTunedInputUsd}).
 */
@Singleton
public class CostComparisonService {
    static final String MODEL = "model";
    static final String PRICES = "prices";

    private final CostCalculator calculator = new CostCalculator();

    /**
     * @throws ProblemException 400 {@code invalid-request} for a missing price
     */
    public CostComparisonResponse compare(CostComparisonRequest request, Language language) {
        Prices given = request.explicitPrices();
        Optional<String> model = Optional.ofNullable(request.model());
        Prices prices = given;
        if (prices.complete() instanceof Prices.Completeness.Incomplete incomplete) {
            throw missing(incomplete.missing(), model, request.prices() == null);
        }
        CostComparison comparison = calculator.compare(request.toInput(), prices, language);
        List<CostWarning> warnings = List.of();
        return CostComparisonResponse.of(comparison, model.orElse(null), given, warnings);
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
