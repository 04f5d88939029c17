package dev.trainingadvisor.api.cost;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.trainingadvisor.api.language.RequestLanguage;
import dev.trainingadvisor.api.market.MarketDataDto;
import dev.trainingadvisor.api.market.SourceDto;
import dev.trainingadvisor.domain.cost.BreakEven;
import dev.trainingadvisor.domain.cost.CostComparison;
import dev.trainingadvisor.domain.cost.CostInput;
import dev.trainingadvisor.domain.cost.CostOption;
import dev.trainingadvisor.domain.cost.CostWarning;
import dev.trainingadvisor.domain.cost.CostWarningId;
import dev.trainingadvisor.domain.cost.MarketCostComparison;
import dev.trainingadvisor.domain.cost.MarketCostInput;
import dev.trainingadvisor.domain.cost.Retraining;
import dev.trainingadvisor.domain.market.ServingMode;
import java.time.LocalDate;
import dev.trainingadvisor.domain.cost.NoBreakEven;
import dev.trainingadvisor.domain.cost.OptionCost;
import dev.trainingadvisor.domain.cost.PriceField;
import dev.trainingadvisor.domain.cost.Prices;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What prompting, RAG and a fine-tuned model cost, and where they cross (ADVISOR-RULES §11). */
@Schema(name = "CostComparison", description = "Prompting, RAG and a fine-tuned model for one workload: per query, per "
        + "month, upfront and cumulatively over the horizon, from exact decimal arithmetic. Money in USD rounded HALF_UP "
        + "to cents, per-query costs to 8 decimals; the cheapest option and the break-evens are decided on exact "
        + "values.")
public record CostComparisonResponse(
        @Schema(required = true, description = "The inputs used, defaults filled in.") Inputs input,
        @Schema(required = true, description = "The prices used, USD per 1M tokens, with where each came from.")
        PricesUsed prices,
        @Schema(required = true, description = "PROMPTING, RAG and FINE_TUNED, in that order.")
        List<OptionDto> options,
        @Schema(required = true, description = "The option with the least total over the horizon; on a tie the "
                + "simpler one (PROMPTING, then RAG, then FINE_TUNED).") CostOption cheapest,
        @Schema(required = true, description = "Where the fine-tune catches up: against PROMPTING, then against RAG.")
        List<BreakEvenDto> breakEven,
        @Schema(required = true, nullable = true, description = "The market data the model came from; null when the "
                + "request names no model.") MarketDataDto marketData,
        @Schema(required = true, description = "Why the figures may not hold over the horizon: the model retires or "
                + "its provider stops training before the horizon ends, or the market data is stale.")
        List<WarningDto> warnings,
        @Schema(required = true, description = "The outcome, for people.") String summary,
        @Schema(required = true, description = "The language of the texts.", enumeration = {"en", "zh-CN"})
        String language,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "§12 requests only: the model PROMPTING and RAG ran on and its prices.")
        BaselineUsed baseline,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "§12 requests only: how the fine-tune was bought and served, its fixed monthly part and "
                + "its retrainings.") FineTuneUsed fineTune) {

    @Schema(name = "CostBaselineUsed", description = "The baseline of a §12 comparison, USD per 1M tokens.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BaselineUsed(
            @Schema(description = "The model of GET /models, when one was named.") String model,
            @Schema(required = true) BigDecimal inputUsd,
            @Schema(required = true) BigDecimal outputUsd,
            @Schema(description = "The prompt-cache price, when known.") BigDecimal cachedInputUsd) {
    }

    @Schema(name = "CostFineTuneUsed", description = "The fine-tune of a §12 comparison as it was costed: the "
            + "offering's figures with the request's overrides, or the request's own. USD.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FineTuneUsed(
            @Schema(description = "The offering of GET /fine-tuning-offerings, when one was named.") String offering,
            @Schema(description = "The offering's provider.") String provider,
            @Schema(description = "The offering's base model.") String baseModel,
            @Schema(required = true) ServingMode servingMode,
            @Schema(description = "Per 1M tokens of the tuned model (per-token modes).") BigDecimal inputUsd,
            @Schema(description = "Per 1M tokens of the tuned model (per-token modes).") BigDecimal outputUsd,
            @Schema(description = "PER_TOKEN_PLUS_HOSTING: an hour per deployment.") BigDecimal hostingUsdPerHour,
            @Schema(description = "DEDICATED: an hour per replica.") BigDecimal replicaUsdPerHour,
            @Schema(description = "DEDICATED: replicas.") Integer replicas,
            @Schema(description = "PER_TOKEN_PLUS_HOSTING: deployments.") Integer deployments,
            @Schema(required = true, description = "Hours up each month.") BigDecimal hoursPerMonth,
            @Schema(required = true, description = "Fine-tunes sharing one deployment.") int sharedBy,
            @Schema(required = true, description = "Per 1M training tokens.") BigDecimal trainingUsd,
            @Schema(required = true, description = "The hourly part of a month, before the first query; 0 for "
                    + "PER_TOKEN. Cents, HALF_UP.") BigDecimal fixedMonthlyUsd,
            @Schema(description = "The day the fine-tune stops serving, when known.") LocalDate retiresOn,
            @Schema(required = true, description = "Every training run charged after the first, in month order.")
            List<RetrainingDto> retrainings) {
    }

    @Schema(name = "CostRetraining", description = "A training run charged in a month: SCHEDULED (retrainEveryMonths) "
            + "or BASE_RETIRES (forced by the fine-tune's retirement, with migrationCostUsd).")
    public record RetrainingDto(
            @Schema(required = true, minimum = "2", maximum = "120") int month,
            @Schema(required = true) Retraining.Reason reason,
            @Schema(required = true, description = "Cents, HALF_UP.") BigDecimal usd) {

        static RetrainingDto of(Retraining retraining) {
            return new RetrainingDto(retraining.month(), retraining.reason(),
                    retraining.usd().setScale(2, java.math.RoundingMode.HALF_UP));
        }
    }

    @Schema(name = "CostInputs", description = "The inputs a comparison used, defaults filled in.")
    public record Inputs(
            @Schema(required = true) long queriesPerMonth,
            @Schema(required = true) int horizonMonths,
            @Schema(required = true) long promptTokens,
            @Schema(required = true) long outputTokens,
            @Schema(required = true) long fewShotTokens,
            @Schema(required = true) long retrievedTokens,
            @Schema(required = true) long fineTunedPromptTokens,
            @Schema(required = true) long trainingTokens,
            @Schema(required = true) int retrainEveryMonths,
            @Schema(required = true) BigDecimal ragMonthlyUsd,
            @Schema(required = true) SetupCostsUsed setupCostUsd,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "§12 requests only.") Long cachedTokens,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "§12 requests only.")
        Long fineTunedRetrievedTokens,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "§12 requests only: month 1 begins here.")
        LocalDate startDate,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "§12 requests only.")
        BigDecimal migrationCostUsd) {

        static Inputs of(MarketCostInput market) {
            Inputs base = of(market.costs());
            return new Inputs(base.queriesPerMonth(), base.horizonMonths(), base.promptTokens(), base.outputTokens(),
                    base.fewShotTokens(), base.retrievedTokens(), base.fineTunedPromptTokens(), base.trainingTokens(),
                    base.retrainEveryMonths(), base.ragMonthlyUsd(), base.setupCostUsd(), market.cachedTokens(),
                    market.fineTunedRetrievedTokens(), market.startDate(), market.migrationCostUsd());
        }

        static Inputs of(CostInput input) {
            return new Inputs(input.queriesPerMonth(), input.horizonMonths(), input.promptTokens(),
                    input.outputTokens(), input.fewShotTokens(), input.retrievedTokens(), input.fineTunedPromptTokens(),
                    input.trainingTokens(), input.retrainEveryMonths(), input.ragMonthlyUsd(),
                    new SetupCostsUsed(input.setupCostUsd().get(CostOption.PROMPTING),
                            input.setupCostUsd().get(CostOption.RAG), input.setupCostUsd().get(CostOption.FINE_TUNED)),
                    null, null, null, null);
        }
    }

    @Schema(name = "SetupCostsUsed", description = "One-off engineering per option, USD.")
    public record SetupCostsUsed(
            @com.fasterxml.jackson.annotation.JsonProperty("PROMPTING") @Schema(required = true) BigDecimal PROMPTING,
            @com.fasterxml.jackson.annotation.JsonProperty("RAG") @Schema(required = true) BigDecimal RAG,
            @com.fasterxml.jackson.annotation.JsonProperty("FINE_TUNED") @Schema(required = true)
            BigDecimal FINE_TUNED) {
    }

    @Schema(name = "CostPricesUsed", description = "The five prices a comparison used, USD per 1M tokens.")
    public record PricesUsed(
            @Schema(required = true, nullable = true, description = "The model the prices not given came from, or "
                    + "null.") String model,
            @Schema(required = true) BigDecimal inputUsd,
            @Schema(required = true) BigDecimal outputUsd,
            @Schema(required = true) BigDecimal fineTunedInputUsd,
            @Schema(required = true) BigDecimal fineTunedOutputUsd,
            @Schema(required = true) BigDecimal trainingUsd,
            @Schema(required = true, description = "The prices the request gave (the rest are the model's).")
            List<String> given,
            @Schema(required = true, description = "Where the model's figures that were used were read (the prices not "
                    + "given, retiresOn, the provider's status); empty without a model.") List<SourceDto> sources) {

        static PricesUsed of(String model, Prices used, Prices given, List<SourceDto> sources) {
            return new PricesUsed(model, used.get(PriceField.INPUT_USD).orElseThrow(),
                    used.get(PriceField.OUTPUT_USD).orElseThrow(),
                    used.get(PriceField.FINE_TUNED_INPUT_USD).orElseThrow(),
                    used.get(PriceField.FINE_TUNED_OUTPUT_USD).orElseThrow(),
                    used.get(PriceField.TRAINING_USD).orElseThrow(),
                    given.values().keySet().stream().map(PriceField::code).toList(), sources);
        }
    }

    @Schema(name = "OptionCost", description = "One option's cost.")
    public record OptionDto(
            @Schema(required = true) CostOption option,
            @Schema(required = true, description = "One query, USD (8 decimals).") BigDecimal perQueryUsd,
            @Schema(required = true, description = "Setup, plus the first training for FINE_TUNED.")
            BigDecimal upfrontUsd,
            @Schema(required = true, description = "A month without retraining: perQueryUsd × queriesPerMonth, plus "
                    + "ragMonthlyUsd for RAG.") BigDecimal monthlyUsd,
            @Schema(required = true, description = "The cumulative cost at the end of the horizon.") BigDecimal totalUsd,
            @Schema(required = true, description = "The cumulative cost after each month: index 0 is month 0 (the "
                    + "upfront cost), the last is the horizon's end.") List<BigDecimal> cumulativeUsd) {

        static OptionDto of(OptionCost cost) {
            return new OptionDto(cost.option(), cost.perQueryUsd(), cost.upfrontUsd(), cost.monthlyUsd(),
                    cost.totalUsd(), cost.cumulativeUsd());
        }
    }

    @Schema(name = "BreakEven", description = "Where the fine-tune catches up with one baseline. A null month or "
            + "volume comes with its reason code (monthReason, queriesPerMonthReason), present only then.")
    public record BreakEvenDto(
            @Schema(required = true, enumeration = {"PROMPTING", "RAG"}) CostOption against,
            @Schema(required = true, nullable = true, minimum = "0", maximum = "120", description = "The first month "
                    + "0..horizon whose cumulative cost of the fine-tune is at most the baseline's; null when none.")
            Integer month,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(enumeration = {"NOT_CHEAPER_PER_MONTH", "NOT_WITHIN_HORIZON"},
                    description = "Why there is no month (absent when there is one): NOT_CHEAPER_PER_MONTH — it starts "
                            + "dearer and its month costs no less, so it never catches up; NOT_WITHIN_HORIZON — its "
                            + "month is cheaper, but not by enough within the horizon.") NoBreakEven monthReason,
            @Schema(required = true, nullable = true, minimum = "0", description = "The least whole monthly volume at "
                    + "which the fine-tune's total over the horizon is at most the baseline's; null when none. It may "
                    + "exceed the largest queriesPerMonth a request takes.") BigInteger queriesPerMonth,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(enumeration = {"NOT_CHEAPER_PER_QUERY"}, description = "Why "
                    + "there is no volume (absent when there is one): a query costs no less with the fine-tune and its "
                    + "fixed costs are higher.") NoBreakEven queriesPerMonthReason,
            @Schema(required = true, description = "Both, for people.") String explanation) {

        static BreakEvenDto of(BreakEven breakEven) {
            Integer month = null;
            NoBreakEven monthReason = null;
            if (breakEven.month() instanceof BreakEven.Month.At at) {
                month = at.month();
            } else if (breakEven.month() instanceof BreakEven.Month.None none) {
                monthReason = none.reason();
            }
            BigInteger volume = null;
            NoBreakEven volumeReason = null;
            if (breakEven.queriesPerMonth() instanceof BreakEven.Volume.From from) {
                volume = from.queriesPerMonth();
            } else if (breakEven.queriesPerMonth() instanceof BreakEven.Volume.None none) {
                volumeReason = none.reason();
            }
            return new BreakEvenDto(breakEven.against(), month, monthReason, volume, volumeReason, breakEven.text());
        }
    }

    @Schema(name = "CostWarning", description = "Why the comparison may not hold for the whole horizon.")
    public record WarningDto(
            @Schema(required = true) CostWarningId code,
            @Schema(required = true, description = "The warning, for people.") String message) {

        static WarningDto of(CostWarning warning) {
            return new WarningDto(warning.code(), warning.message());
        }
    }

    static CostComparisonResponse of(CostComparison comparison, String model, Prices given, List<SourceDto> sources,
                                     MarketDataDto marketData, List<CostWarning> warnings) {
        return new CostComparisonResponse(Inputs.of(comparison.input()),
                PricesUsed.of(model, comparison.prices(), given, sources),
                comparison.options().stream().map(OptionDto::of).toList(), comparison.cheapest(),
                comparison.breakEven().stream().map(BreakEvenDto::of).toList(), marketData,
                warnings.stream().map(WarningDto::of).toList(), comparison.summary(),
                RequestLanguage.tag(comparison.language()), null, null);
    }

    /** A §12 answer. */
    static CostComparisonResponse of(MarketCostComparison result, MarketCostInput input, PricesUsed prices,
                                     MarketDataDto marketData, List<CostWarning> warnings, BaselineUsed baseline,
                                     FineTuneUsed fineTune) {
        CostComparison comparison = result.comparison();
        return new CostComparisonResponse(Inputs.of(input), prices,
                comparison.options().stream().map(OptionDto::of).toList(), comparison.cheapest(),
                comparison.breakEven().stream().map(BreakEvenDto::of).toList(), marketData,
                warnings.stream().map(WarningDto::of).toList(), comparison.summary(),
                RequestLanguage.tag(comparison.language()), baseline, fineTune);
    }
}
