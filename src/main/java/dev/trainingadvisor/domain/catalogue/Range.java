package dev.trainingadvisor.domain.catalogue;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure as the guide gives it: {@code $1k–$100k} is {@code (1000, 100000)}, {@code $50k+} is {@code (50000, none,
 * open-ended)}, {@code ~$100} is {@code (100, 100, approximate)}, {@code 1,000–100,000+} is {@code (1000, 100000,
 * open-ended)}.
 *
 * @param openEnded the guide writes a "+" after the upper (or only) figure
 * @param approximate the guide writes "~" or "about"
 */
public record Range(BigDecimal min, Optional<BigDecimal> max, boolean openEnded, boolean approximate) {
    public Range {
        Objects.requireNonNull(min);
        Objects.requireNonNull(max);
        if (max.isPresent() && max.get().compareTo(min) < 0) {
            throw new IllegalArgumentException("max below min");
        }
    }

    static Range between(String min, String max) {
        return new Range(new BigDecimal(min), Optional.of(new BigDecimal(max)), false, false);
    }

    static Range from(String min) {
        return new Range(new BigDecimal(min), Optional.empty(), true, false);
    }

    static Range about(String value) {
        BigDecimal amount = new BigDecimal(value);
        return new Range(amount, Optional.of(amount), false, true);
    }

    Range orMore() {
        return new Range(min, max, true, approximate);
    }
}
