package dev.trainingadvisor.domain.cost;

import java.math.BigInteger;

/**
 * Where the fine-tuned model catches up with one baseline (ADVISOR-RULES §11).
 *
 * @param against the baseline, PROMPTING or RAG
 * @param month the first month 0..horizon whose cumulative cost of the fine-tune is at most the baseline's, or why
 *              there is none
 * @param queriesPerMonth the least whole monthly volume at which the fine-tune's total over the horizon is at most
 *                        the baseline's, or why there is none
 * @param text both, for people
 */
public record BreakEven(CostOption against, Month month, Volume queriesPerMonth, String text) {

    /** The break-even month, or the reason there is none. */
    public sealed interface Month {
        record At(int month) implements Month {
        }

        record None(NoBreakEven reason) implements Month {
        }
    }

    /** The break-even monthly volume, or the reason there is none. It may exceed the largest volume a request takes. */
    public sealed interface Volume {
        record From(BigInteger queriesPerMonth) implements Volume {
        }

        record None(NoBreakEven reason) implements Volume {
        }
    }
}
