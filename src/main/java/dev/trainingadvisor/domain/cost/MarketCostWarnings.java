package dev.trainingadvisor.domain.cost;

import dev.trainingadvisor.domain.Formats;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.Texts;
import dev.trainingadvisor.domain.market.Eligibility;
import dev.trainingadvisor.domain.market.ServingMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The warnings of a comparison in the market that exists (ADVISOR-RULES §12.2), in the order of
 * {@link CostWarningId}, judged on the comparison's {@code startDate}. A pure function of its arguments.
 */
public final class MarketCostWarnings {
    private MarketCostWarnings() {
    }

    /**
     * What the warnings need to know about the fine-tune beyond its figures.
     *
     * @param name the offering's id, or how the request described it
     * @param providerName the provider's name; empty for a fine-tune given field by field
     * @param newJobsUntil the last day the offering takes new jobs, when known
     * @param secondaryOnly the price fields used that come only from secondary copies
     * @param eligibility the provider's limits on who may train
     */
    public record FineTuneFacts(String name, Optional<String> providerName, Optional<LocalDate> newJobsUntil,
                                List<String> secondaryOnly, List<Eligibility> eligibility) {
        public FineTuneFacts {
            Objects.requireNonNull(name);
            Objects.requireNonNull(providerName);
            Objects.requireNonNull(newJobsUntil);
            secondaryOnly = List.copyOf(secondaryOnly);
            eligibility = List.copyOf(eligibility);
        }
    }

    /**
     * @param baseline the baseline model's id and retirement, when a model of the market data was named
     * @param baselineSecondary the baseline's price fields that come only from secondary copies
     */
    public static List<CostWarning> of(MarketCostComparison result, MarketCostInput input, FineTune fineTune,
                                       FineTuneFacts facts, Optional<ModelTerms> baseline,
                                       List<String> baselineSecondary, Language language) {
        Texts texts = Texts.in(language);
        LocalDate end = input.end();
        String horizon = Integer.toString(input.costs().horizonMonths());
        List<CostWarning> warnings = new ArrayList<>();
        if (result.retireMonth().isPresent()) {
            LocalDate retires = fineTune.retiresOn().orElseThrow();
            int month = result.retireMonth().getAsInt();
            BigDecimal usd = result.retrainings().stream().filter(r -> r.month() == month).findFirst()
                    .orElseThrow().usd();
            warnings.add(new CostWarning(CostWarningId.FINE_TUNE_RETIRES_WITHIN_HORIZON,
                    texts.format("cost.warning.FINE_TUNE_RETIRES_WITHIN_HORIZON", "name", facts.name(),
                            "date", retires.toString(), "end", end.toString(), "month", Integer.toString(month),
                            "usd", Formats.usd(usd))));
            warnings.add(new CostWarning(CostWarningId.SUCCESSOR_ASSUMED,
                    texts.get("cost.warning.SUCCESSOR_ASSUMED")));
            facts.newJobsUntil().filter(last -> last.isBefore(retires)).ifPresent(last ->
                    warnings.add(new CostWarning(CostWarningId.RETRAINING_NOT_OFFERED,
                            texts.format("cost.warning.RETRAINING_NOT_OFFERED", "provider",
                                    facts.providerName().orElse(facts.name()), "date", retires.toString(),
                                    "last", last.toString()))));
        }
        baseline.flatMap(ModelTerms::retiresOn).filter(day -> day.isBefore(end)).ifPresent(day ->
                warnings.add(new CostWarning(CostWarningId.MODEL_RETIRES_WITHIN_HORIZON,
                        texts.format("cost.warning.MODEL_RETIRES_WITHIN_HORIZON.baseline", "model",
                                baseline.get().modelId(), "date", day.toString(), "end", end.toString(),
                                "horizon", horizon))));
        facts.newJobsUntil().filter(day -> day.isBefore(end)).ifPresent(day ->
                warnings.add(new CostWarning(CostWarningId.PROVIDER_CLOSING,
                        texts.format("cost.warning.PROVIDER_CLOSING", "provider",
                                facts.providerName().orElse(facts.name()), "model", facts.name(),
                                "date", day.toString(), "end", end.toString(), "horizon", horizon))));
        if (fineTune.mode() != ServingMode.PER_TOKEN) {
            String fixed = Formats.usd(result.fixedMonthlyUsd());
            String text = texts.format("cost.warning.HOURLY_SERVING." + fineTune.mode().name(), "fixed", fixed);
            BigDecimal perQuery = perQuery(input, fineTune);
            if (fineTune.mode() == ServingMode.PER_TOKEN_PLUS_HOSTING && perQuery.signum() > 0) {
                BigDecimal volume = result.fixedMonthlyUsd().divide(perQuery, 0, RoundingMode.CEILING);
                text = text + (language == Language.ZH ? "" : " ") + texts.format(
                        "cost.warning.HOURLY_SERVING.volume", "volume", Formats.decimal(volume));
            }
            warnings.add(new CostWarning(CostWarningId.HOURLY_SERVING, text));
            warnings.add(new CostWarning(CostWarningId.CAPACITY_NOT_MODELLED,
                    texts.format("cost.warning.CAPACITY_NOT_MODELLED." + fineTune.mode().name(),
                            "units", Integer.toString(fineTune.capacity().units()),
                            "volume", Formats.count(input.costs().queriesPerMonth()))));
        }
        List<String> secondary = new ArrayList<>();
        baselineSecondary.forEach(field -> secondary.add("baseline." + field));
        facts.secondaryOnly().forEach(field -> secondary.add("fineTune." + field));
        if (!secondary.isEmpty()) {
            warnings.add(new CostWarning(CostWarningId.SECONDARY_SOURCE,
                    texts.format("cost.warning.SECONDARY_SOURCE", "fields", String.join(", ", secondary))));
        }
        if (!facts.eligibility().isEmpty()) {
            warnings.add(new CostWarning(CostWarningId.ELIGIBILITY_LIMITED,
                    texts.format("cost.warning.ELIGIBILITY_LIMITED", "provider",
                            facts.providerName().orElse(facts.name()), "limits", facts.eligibility().stream()
                                    .map(code -> texts.get("market.eligibility." + code.name()))
                                    .collect(Collectors.joining(language == Language.ZH ? "" : " ")))));
        }
        return List.copyOf(warnings);
    }

    /** The fine-tune's exact per-query cost (ADVISOR-RULES §12.2 perQuery(FINE_TUNED)). */
    private static BigDecimal perQuery(MarketCostInput input, FineTune fineTune) {
        long in = input.costs().fineTunedPromptTokens() + input.fineTunedRetrievedTokens();
        return fineTune.inputUsd().multiply(BigDecimal.valueOf(in))
                .add(fineTune.outputUsd().multiply(BigDecimal.valueOf(input.costs().outputTokens())))
                .movePointLeft(6);
    }
}
