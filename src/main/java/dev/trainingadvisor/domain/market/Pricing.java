package dev.trainingadvisor.domain.market;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a provider charges for training, and its training price when one is published.
 *
 * @param training absent when no figure is published or checked (never 0)
 */
public record Pricing(Model model, List<Source> sources, Optional<TrainingPrice> training) {
    public Pricing {
        Objects.requireNonNull(model);
        sources = List.copyOf(sources);
        Objects.requireNonNull(training);
    }

    /** What a training job is billed by. */
    public enum Model {
        /** USD per 1M training tokens (tokens x epochs). */
        PER_TRAINING_TOKEN,
        /** USD per second of GPU time. */
        PER_GPU_SECOND,
        /** No published price. */
        CONTACT_SALES,
        /** No fine-tuning offered any more. */
        NOT_OFFERED
    }

    /** The unit of a training price. */
    public enum Unit { PER_MILLION_TRAINING_TOKENS, PER_GPU_SECOND }

    /** A training price range in USD (min = max for a single figure). */
    public record TrainingPrice(BigDecimal min, BigDecimal max, Unit unit, List<Source> sources) {
        public TrainingPrice {
            Objects.requireNonNull(min);
            Objects.requireNonNull(max);
            Objects.requireNonNull(unit);
            sources = List.copyOf(sources);
        }
    }
}
