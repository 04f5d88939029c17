package dev.trainingadvisor.domain.cost;

import dev.trainingadvisor.domain.Language;
import java.util.List;

/**
 * Prompting, RAG and a fine-tuned model side by side (ADVISOR-RULES §11).
 *
 * @param input the figures compared, defaults filled in
 * @param prices the five prices used, USD per 1M tokens
 * @param options PROMPTING, RAG and FINE_TUNED, in that order
 * @param cheapest the least total over the horizon (ties: PROMPTING, RAG, FINE_TUNED), decided on exact values
 * @param breakEven the fine-tune against PROMPTING, then against RAG
 * @param summary the outcome, for people
 */
public record CostComparison(CostInput input, Prices prices, List<OptionCost> options, CostOption cheapest,
                             List<BreakEven> breakEven, String summary, Language language) {
    public CostComparison {
        options = List.copyOf(options);
        breakEven = List.copyOf(breakEven);
    }

    /** The cost of {@code option}. */
    public OptionCost option(CostOption option) {
        return options.get(option.ordinal());
    }
}
