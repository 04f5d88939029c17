package dev.trainingadvisor.domain.cost;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A training run charged in a month after the first (ADVISOR-RULES §12.2 {@code retrainings}).
 *
 * @param usd the training, plus the migration's engineering for BASE_RETIRES (exact; rounded on output)
 */
public record Retraining(int month, Reason reason, BigDecimal usd) {
    public Retraining {
        Objects.requireNonNull(reason);
        Objects.requireNonNull(usd);
    }

    /** Why the fine-tune is trained again. */
    public enum Reason {
        /** {@code retrainEveryMonths}. */
        SCHEDULED,
        /** The fine-tune's base model retires that month: a new run on a successor, with its engineering. */
        BASE_RETIRES
    }
}
