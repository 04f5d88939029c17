package dev.trainingadvisor.domain.market;

import java.util.List;
import java.util.Objects;

/** A value with the sources it was read from (at least one). */
public record Sourced<T>(T value, List<Source> sources) {
    public Sourced {
        Objects.requireNonNull(value);
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a market figure needs a source");
        }
    }
}
