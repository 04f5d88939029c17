package dev.trainingadvisor.api.cost;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.trainingadvisor.domain.Limits;
import dev.trainingadvisor.domain.cost.CostInput;
import dev.trainingadvisor.domain.cost.CostOption;
import dev.trainingadvisor.domain.cost.FineTune;
import dev.trainingadvisor.domain.cost.PriceField;
import dev.trainingadvisor.domain.cost.Prices;
import dev.trainingadvisor.domain.market.ServingMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.CodePointLength;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * ADVISOR-RULES §11: what prompting, RAG and a fine-tuned model cost for one workload. Tokens are per query; prices
 * USD per 1M tokens; money USD. Bounds are those of {@link CostInput}.
 */
@Schema(name = "CostComparisonRequest", description = "A workload (tokens per query, queries per month) and the prices "
        + "to cost it at: a model id of GET /models, explicit prices, or both (explicit prices override the model's "
        + "field by field). Omitted optional fields take the defaults shown; the response echoes the inputs it used.")
public record CostComparisonRequest(
        @Schema(required = true, description = "Queries a month.", minimum = "0", maximum = MAX_QUERIES)
        @NotNull @Min(0) @Max(CostInput.MAX_QUERIES_PER_MONTH)
        Long queriesPerMonth,

        @Schema(description = "Months to compare over.", defaultValue = "24", minimum = "1", maximum = "120")
        @Min(Limits.MIN_MONTHS) @Max(Limits.MAX_MONTHS)
        Integer horizonMonths,

        @Schema(description = "The id of a model of GET /models whose prices to use; required unless `prices` gives "
                + "all five.", examples = "gpt-4o-mini-2024-07-18", minLength = 1, maxLength = 200)
        @CodePointLength(min = 1, max = 200) // characters, as JSON Schema counts
        String model,

        @Schema(description = "Explicit prices, USD per 1M tokens; each overrides the model's.")
        @Valid
        PricesInput prices,

        @Schema(required = true, description = "Instructions and user input, sent by every option.", minimum = "0",
                maximum = MAX_TOKENS)
        @NotNull @Min(0) @Max(CostInput.MAX_TOKENS_PER_QUERY)
        Long promptTokens,

        @Schema(required = true, description = "The answer's tokens.", minimum = "0", maximum = MAX_TOKENS)
        @NotNull @Min(0) @Max(CostInput.MAX_TOKENS_PER_QUERY)
        Long outputTokens,

        @Schema(description = "Extra input of PROMPTING (few-shot examples).", defaultValue = "0", minimum = "0",
                maximum = MAX_TOKENS)
        @Min(0) @Max(CostInput.MAX_TOKENS_PER_QUERY)
        Long fewShotTokens,

        @Schema(description = "Extra input of RAG (top-k × chunk size).", defaultValue = "0", minimum = "0",
                maximum = MAX_TOKENS)
        @Min(0) @Max(CostInput.MAX_TOKENS_PER_QUERY)
        Long retrievedTokens,

        @Schema(description = "Input of the fine-tuned model (its instructions can be shorter); defaults to "
                + "promptTokens.", minimum = "0", maximum = MAX_TOKENS)
        @Min(0) @Max(CostInput.MAX_TOKENS_PER_QUERY)
        Long fineTunedPromptTokens,

        @Schema(required = true, description = "Examples × tokens per example × epochs.", minimum = "0",
                maximum = MAX_TRAINING)
        @NotNull @Min(0) @Max(CostInput.MAX_TRAINING_TOKENS)
        Long trainingTokens,

        @Schema(description = "Retrain every this many months (0: never); each retraining costs a training.",
                defaultValue = "0", minimum = "0", maximum = "120")
        @Min(0) @Max(Limits.MAX_MONTHS)
        Integer retrainEveryMonths,

        @Schema(description = "Running cost of RAG a month (vector store, embedding refresh), USD.",
                defaultValue = "0", minimum = "0", maximum = Limits.MAX_USD)
        @DecimalMin("0") @DecimalMax(Limits.MAX_USD)
        @Digits(integer = Limits.MAX_INTEGER_DIGITS, fraction = Limits.MAX_FRACTION_DIGITS)
        BigDecimal ragMonthlyUsd,

        @Schema(description = "One-off engineering per option, USD; 0 for each option not given.")
        @Valid
        SetupCosts setupCostUsd,

        @Schema(description = "ADVISOR-RULES §12: the model PROMPTING and RAG run on - a model of GET /models, "
                + "explicit prices, or both (prices override the model's). Given together with fineTune; then model "
                + "and prices above are refused.")
        @Valid
        BaselineInput baseline,

        @Schema(description = "ADVISOR-RULES §12: how the fine-tune is bought and served - an offering of GET "
                + "/fine-tuning-offerings with overrides, or every figure given (servingMode, prices, hourly price).")
        @Valid
        FineTuneInput fineTune,

        @Schema(description = "§12: tokens of each PROMPTING and RAG query's input read from the baseline's prompt "
                + "cache (at most the option's input). Needs cachedInputUsd.", defaultValue = "0", minimum = "0",
                maximum = MAX_TOKENS)
        @Min(0) @Max(CostInput.MAX_TOKENS_PER_QUERY)
        Long cachedTokens,

        @Schema(description = "§12: retrieved tokens the fine-tuned model still receives (RAG and a fine-tune "
                + "together; the fine-tune then also carries ragMonthlyUsd).", defaultValue = "0", minimum = "0",
                maximum = MAX_TOKENS)
        @Min(0) @Max(CostInput.MAX_TOKENS_PER_QUERY)
        Long fineTunedRetrievedTokens,

        @Schema(description = "§12: month 1 begins here (default: today, UTC); month m covers [startDate + (m-1) "
                + "months, startDate + m months). Every refusal and warning is judged on it.", format = "date",
                examples = "2026-12-01")
        LocalDate startDate,

        @Schema(description = "§12: engineering of a forced move to a successor base model, USD; defaults to "
                + "setupCostUsd.FINE_TUNED.", minimum = "0", maximum = Limits.MAX_USD)
        @DecimalMin("0") @DecimalMax(Limits.MAX_USD)
        @Digits(integer = Limits.MAX_INTEGER_DIGITS, fraction = Limits.MAX_FRACTION_DIGITS)
        BigDecimal migrationCostUsd) {

    static final String MAX_QUERIES = "1000000000000";
    static final String MAX_TOKENS = "10000000";
    static final String MAX_TRAINING = "1000000000000";
    /** A dollar a token: far above any price, low enough that no product leaves exact arithmetic's comfort. */
    static final String MAX_PRICE = "1000000";
    static final int PRICE_INTEGER_DIGITS = 7;
    /** Prices per 1M tokens go to millionths of a dollar (e.g. 1.875, 0.000125). */
    static final int PRICE_FRACTION_DIGITS = 6;

    /** Explicit prices, USD per 1M tokens; an omitted one comes from the model, if any. */
    @Schema(name = "CostPrices", description = "Prices in USD per 1M tokens. Each given here overrides the model's; "
            + "each omitted comes from the model. A comparison needs all five.")
    public record PricesInput(
            @Schema(description = "Input tokens of the base model.", minimum = "0", maximum = MAX_PRICE)
            @DecimalMin("0") @DecimalMax(MAX_PRICE)
            @Digits(integer = PRICE_INTEGER_DIGITS, fraction = PRICE_FRACTION_DIGITS)
            BigDecimal inputUsd,
            @Schema(description = "Output tokens of the base model.", minimum = "0", maximum = MAX_PRICE)
            @DecimalMin("0") @DecimalMax(MAX_PRICE)
            @Digits(integer = PRICE_INTEGER_DIGITS, fraction = PRICE_FRACTION_DIGITS)
            BigDecimal outputUsd,
            @Schema(description = "Input tokens of the fine-tuned model.", minimum = "0", maximum = MAX_PRICE)
            @DecimalMin("0") @DecimalMax(MAX_PRICE)
            @Digits(integer = PRICE_INTEGER_DIGITS, fraction = PRICE_FRACTION_DIGITS)
            BigDecimal fineTunedInputUsd,
            @Schema(description = "Output tokens of the fine-tuned model.", minimum = "0", maximum = MAX_PRICE)
            @DecimalMin("0") @DecimalMax(MAX_PRICE)
            @Digits(integer = PRICE_INTEGER_DIGITS, fraction = PRICE_FRACTION_DIGITS)
            BigDecimal fineTunedOutputUsd,
            @Schema(description = "Training tokens.", minimum = "0", maximum = MAX_PRICE)
            @DecimalMin("0") @DecimalMax(MAX_PRICE)
            @Digits(integer = PRICE_INTEGER_DIGITS, fraction = PRICE_FRACTION_DIGITS)
            BigDecimal trainingUsd) {

        Prices toPrices() {
            Prices prices = Prices.none();
            BigDecimal[] values = {inputUsd, outputUsd, fineTunedInputUsd, fineTunedOutputUsd, trainingUsd};
            for (PriceField field : PriceField.values()) {
                if (values[field.ordinal()] != null) {
                    prices = prices.with(field, values[field.ordinal()]);
                }
            }
            return prices;
        }
    }

    /** §12 {@code baseline}: a model, explicit prices, or both. */
    @Schema(name = "CostBaseline", description = "The model PROMPTING and RAG run on: a model of GET /models, "
            + "explicit prices, or both (each price given overrides the model's).")
    public record BaselineInput(
            @Schema(description = "A model of GET /models.", examples = "gpt-6-luna", minLength = 1, maxLength = 200)
            @Size(min = 1, max = 200)
            String model,
            @Schema(description = "Prices, USD per 1M tokens.")
            @Valid
            BaselinePrices prices) {
    }

    @Schema(name = "CostBaselinePrices", description = "The baseline's prices, USD per 1M tokens.")
    public record BaselinePrices(
            @Schema(description = "Input tokens.", minimum = "0", maximum = MAX_PRICE)
            @DecimalMin("0") @DecimalMax(MAX_PRICE)
            @Digits(integer = PRICE_INTEGER_DIGITS, fraction = PRICE_FRACTION_DIGITS)
            BigDecimal inputUsd,
            @Schema(description = "Output tokens.", minimum = "0", maximum = MAX_PRICE)
            @DecimalMin("0") @DecimalMax(MAX_PRICE)
            @Digits(integer = PRICE_INTEGER_DIGITS, fraction = PRICE_FRACTION_DIGITS)
            BigDecimal outputUsd,
            @Schema(description = "Input read from the prompt cache; needed when cachedTokens > 0.", minimum = "0",
                    maximum = MAX_PRICE)
            @DecimalMin("0") @DecimalMax(MAX_PRICE)
            @Digits(integer = PRICE_INTEGER_DIGITS, fraction = PRICE_FRACTION_DIGITS)
            BigDecimal cachedInputUsd) {
    }

    /** §12 {@code fineTune}: an offering with overrides, or every figure given. */
    @Schema(name = "CostFineTune", description = "How the fine-tune is bought and served (ADVISOR-RULES §12.2, §12.3). "
            + "With offering: prices.*, hostingUsdPerHour, replicaUsdPerHour, replicas, deployments, hoursPerMonth and "
            + "sharedBy may override its figures; servingMode and retiresOn come from it and are refused. Without: "
            + "servingMode, prices.trainingUsd and the mode's prices are required. A field that does not belong to the "
            + "serving mode is refused.")
    public record FineTuneInput(
            @Schema(description = "An offering of GET /fine-tuning-offerings that takes new jobs on startDate.",
                    examples = "together-llama-3.1-8b-lora-dedicated", minLength = 1, maxLength = 200)
            @Size(min = 1, max = 200)
            String offering,
            @Schema(description = "The tuned model's prices and the training price.")
            @Valid
            FineTunePrices prices,
            @Schema(description = "How it is served; only without offering.")
            ServingMode servingMode,
            @Schema(description = "PER_TOKEN_PLUS_HOSTING only: USD an hour per deployment.", minimum = "0",
                    maximum = MAX_PRICE)
            @DecimalMin("0") @DecimalMax(MAX_PRICE)
            @Digits(integer = PRICE_INTEGER_DIGITS, fraction = PRICE_FRACTION_DIGITS)
            BigDecimal hostingUsdPerHour,
            @Schema(description = "DEDICATED only: USD an hour per replica.", minimum = "0", maximum = MAX_PRICE)
            @DecimalMin("0") @DecimalMax(MAX_PRICE)
            @Digits(integer = PRICE_INTEGER_DIGITS, fraction = PRICE_FRACTION_DIGITS)
            BigDecimal replicaUsdPerHour,
            @Schema(description = "The day the fine-tune stops serving (only without offering); must lie after "
                    + "startDate.", format = "date")
            LocalDate retiresOn,
            @Schema(description = "DEDICATED only: replicas.", defaultValue = "1", minimum = "1", maximum = "1000")
            @Min(1) @Max(FineTune.Capacity.MAX_UNITS)
            Integer replicas,
            @Schema(description = "PER_TOKEN_PLUS_HOSTING only: deployments.", defaultValue = "1", minimum = "1",
                    maximum = "1000")
            @Min(1) @Max(FineTune.Capacity.MAX_UNITS)
            Integer deployments,
            @Schema(description = "Hours the fine-tune is up each month (scale-to-zero lowers it).",
                    defaultValue = "730", minimum = "0", maximum = "744")
            @DecimalMin("0") @DecimalMax("744") @Digits(integer = 3, fraction = 2)
            BigDecimal hoursPerMonth,
            @Schema(description = "Fine-tunes sharing one deployment (multi-LoRA): each carries 1/sharedBy of the "
                    + "fixed cost.", defaultValue = "1", minimum = "1", maximum = "1000")
            @Min(1) @Max(FineTune.Capacity.MAX_UNITS)
            Integer sharedBy) {
    }

    @Schema(name = "CostFineTunePrices", description = "The tuned model's prices per 1M tokens (per-token modes only) "
            + "and the training price per 1M training tokens.")
    public record FineTunePrices(
            @Schema(description = "Input tokens of the tuned model.", minimum = "0", maximum = MAX_PRICE)
            @DecimalMin("0") @DecimalMax(MAX_PRICE)
            @Digits(integer = PRICE_INTEGER_DIGITS, fraction = PRICE_FRACTION_DIGITS)
            BigDecimal inputUsd,
            @Schema(description = "Output tokens of the tuned model.", minimum = "0", maximum = MAX_PRICE)
            @DecimalMin("0") @DecimalMax(MAX_PRICE)
            @Digits(integer = PRICE_INTEGER_DIGITS, fraction = PRICE_FRACTION_DIGITS)
            BigDecimal outputUsd,
            @Schema(description = "Training tokens.", minimum = "0", maximum = MAX_PRICE)
            @DecimalMin("0") @DecimalMax(MAX_PRICE)
            @Digits(integer = PRICE_INTEGER_DIGITS, fraction = PRICE_FRACTION_DIGITS)
            BigDecimal trainingUsd) {
    }

    /** One-off engineering per option. */
    @Schema(name = "SetupCosts", description = "One-off engineering cost per option, USD; 0 for each option not "
            + "given.")
    public record SetupCosts(
            @JsonProperty("PROMPTING")
            @Schema(description = "Setting up prompting; 0 when not given.", minimum = "0", maximum = Limits.MAX_USD)
            @DecimalMin("0") @DecimalMax(Limits.MAX_USD)
            @Digits(integer = Limits.MAX_INTEGER_DIGITS, fraction = Limits.MAX_FRACTION_DIGITS)
            BigDecimal PROMPTING,
            @JsonProperty("RAG")
            @Schema(description = "Setting up RAG; 0 when not given.", minimum = "0", maximum = Limits.MAX_USD)
            @DecimalMin("0") @DecimalMax(Limits.MAX_USD)
            @Digits(integer = Limits.MAX_INTEGER_DIGITS, fraction = Limits.MAX_FRACTION_DIGITS)
            BigDecimal RAG,
            @JsonProperty("FINE_TUNED")
            @Schema(description = "Setting up the fine-tune (data preparation, evaluation); training itself is "
                    + "priced from trainingTokens; 0 when not given.", minimum = "0", maximum = Limits.MAX_USD)
            @DecimalMin("0") @DecimalMax(Limits.MAX_USD)
            @Digits(integer = Limits.MAX_INTEGER_DIGITS, fraction = Limits.MAX_FRACTION_DIGITS)
            BigDecimal FINE_TUNED) {

        Map<CostOption, BigDecimal> toMap() {
            Map<CostOption, BigDecimal> map = new EnumMap<>(CostOption.class);
            put(map, CostOption.PROMPTING, PROMPTING);
            put(map, CostOption.RAG, RAG);
            put(map, CostOption.FINE_TUNED, FINE_TUNED);
            return map;
        }

        private static void put(Map<CostOption, BigDecimal> map, CostOption option, BigDecimal value) {
            if (value != null) {
                map.put(option, value);
            }
        }
    }

    /** The domain input, the spec's defaults filled in. */
    CostInput toInput() {
        return new CostInput(queriesPerMonth,
                horizonMonths == null ? CostInput.DEFAULT_HORIZON_MONTHS : horizonMonths,
                promptTokens, outputTokens,
                fewShotTokens == null ? 0 : fewShotTokens,
                retrievedTokens == null ? 0 : retrievedTokens,
                fineTunedPromptTokens == null ? promptTokens : fineTunedPromptTokens,
                trainingTokens,
                retrainEveryMonths == null ? 0 : retrainEveryMonths,
                ragMonthlyUsd == null ? BigDecimal.ZERO : ragMonthlyUsd,
                setupCostUsd == null ? Map.of() : setupCostUsd.toMap());
    }

    /** A §12 request: it gives baseline or fineTune (or a field only they give meaning to). */
    boolean market() {
        return baseline != null || fineTune != null;
    }

    /** The explicit prices; none when the request gives none. */
    Prices explicitPrices() {
        return prices == null ? Prices.none() : prices.toPrices();
    }
}
