package dev.trainingadvisor.domain.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Some or all of the five token prices, USD per 1M tokens, each non-negative. A price that does not exist is absent,
 * never zero (ADVISOR-RULES §10): a zero is a real price of nothing.
 *
 * @param values the prices present, by field
 */
public record Prices(Map<PriceField, BigDecimal> values) {

    public Prices {
        EnumMap<PriceField, BigDecimal> copy = new EnumMap<>(PriceField.class);
        values.forEach((field, value) -> {
            Objects.requireNonNull(value, field.code());
            if (value.signum() < 0) {
                throw new IllegalArgumentException(field.code() + " is negative");
            }
            copy.put(field, value);
        });
        values = Collections.unmodifiableMap(copy);
    }

    /** Checks a price or an amount of money: present and not negative. */
    static void nonNegative(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " is negative");
        }
    }

    /** No price at all. */
    public static Prices none() {
        return new Prices(Map.of());
    }

    /** These prices and {@code value} for {@code field} (replacing any it had). */
    public Prices with(PriceField field, BigDecimal value) {
        EnumMap<PriceField, BigDecimal> changed = new EnumMap<>(PriceField.class);
        changed.putAll(values);
        changed.put(field, value);
        return new Prices(changed);
    }

    /** This price if present; {@code Optional.empty()} when it does not exist. */
    public Optional<BigDecimal> get(PriceField field) {
        return Optional.ofNullable(values.get(field));
    }

    /** Field by field: this price where present, otherwise {@code base}'s (explicit prices over a model's). */
    public Prices over(Prices base) {
        EnumMap<PriceField, BigDecimal> merged = new EnumMap<>(PriceField.class);
        merged.putAll(base.values);
        merged.putAll(values);
        return new Prices(merged);
    }

    /** The fields absent here, in declaration order. */
    public List<PriceField> missing() {
        List<PriceField> missing = new ArrayList<>();
        for (PriceField field : PriceField.values()) {
            if (!values.containsKey(field)) {
                missing.add(field);
            }
        }
        return missing;
    }

    /** All five prices, or which are missing: a comparison needs every one (each option is always compared). */
    public Completeness complete() {
        List<PriceField> missing = missing();
        return missing.isEmpty() ? new Completeness.Complete(this) : new Completeness.Incomplete(missing);
    }

    /** The price of {@code field}; only for prices known to be complete. */
    BigDecimal require(PriceField field) {
        BigDecimal value = values.get(field);
        if (value == null) {
            throw new IllegalStateException("no " + field.code());
        }
        return value;
    }

    /** Whether a comparison can be made with these prices. */
    public sealed interface Completeness {
        /** Every price is known. */
        record Complete(Prices prices) implements Completeness {
        }

        /** These prices are missing (never empty), in declaration order. */
        record Incomplete(List<PriceField> missing) implements Completeness {
            public Incomplete {
                missing = List.copyOf(missing);
                if (missing.isEmpty()) {
                    throw new IllegalArgumentException("nothing missing");
                }
            }
        }
    }
}
