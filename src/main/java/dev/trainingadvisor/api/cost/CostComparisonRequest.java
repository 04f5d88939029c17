package dev.trainingadvisor.api.cost;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.trainingadvisor.domain.Limits;
import dev.trainingadvisor.domain.cost.CostInput;
import dev.trainingadvisor.domain.cost.CostOption;
import dev.trainingadvisor.domain.cost.PriceField;
import dev.trainingadvisor.domain.cost.Prices;
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
        SetupCosts setupCostUsd) {

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

    /** The explicit prices; none when the request gives none. */
    Prices explicitPrices() {
        return prices == null ? Prices.none() : prices.toPrices();
    }
}
