package dev.trainingadvisor.domain.market;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A value with the sources it was read from (at least one), and, where sources disagree, what the disagreement is and
 * how the value was chosen (ADVISOR-RULES §12.1).
 */
public record Sourced<T>(T value, List<Source> sources, Optional<String> disagreement) {
    public Sourced {
        Objects.requireNonNull(value);
        sources = List.copyOf(sources);
        Objects.requireNonNull(disagreement);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a market figure needs a source");
        }
    }

    /** A value its sources agree on. */
    public Sourced(T value, List<Source> sources) {
        this(value, sources, Optional.empty());
    }

    /** Only secondary copies back this value: no source is the provider's own page. */
    public boolean secondaryOnly() {
        return sources.stream().noneMatch(Source::primary);
    }
}
