package dev.trainingadvisor.domain.assessment;

import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;

/** The value of one {@link ProfileField}: what a request carries and what a counterfactual proposes. */
public sealed interface FieldValue {

    /** The language-neutral form of the value: {@code true}, {@code IN_HOUSE}, {@code 10000}, {@code [A, B]}. */
    String code();

    /** A yes/no answer. */
    record Flag(boolean value) implements FieldValue {
        @Override
        public String code() {
            return Boolean.toString(value);
        }
    }

    /** One code of a closed set ({@link DesiredChange}, {@link MlExpertise}). */
    record Choice(Enum<?> value) implements FieldValue {
        public Choice {
            java.util.Objects.requireNonNull(value);
        }

        @Override
        public String code() {
            return value.name();
        }
    }

    /** A whole number (examples, providers). */
    record Count(long value) implements FieldValue {
        @Override
        public String code() {
            return Long.toString(value);
        }
    }

    /** An exact decimal (money, percent, hours). Equal when numerically equal, whatever the scale. */
    record Amount(BigDecimal value) implements FieldValue {
        public Amount {
            java.util.Objects.requireNonNull(value);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Amount amount && value.compareTo(amount.value) == 0;
        }

        @Override
        public int hashCode() {
            return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
        }

        @Override
        public String code() {
            return value.toPlainString();
        }
    }

    /** A set of codes ({@link RagOptimization}, {@link PromptTechnique}); its code lists them sorted. */
    record Choices(Set<? extends Enum<?>> values) implements FieldValue {
        public Choices {
            values = Set.copyOf(values);
        }

        @Override
        public String code() {
            return values.stream().map(Enum::name).sorted().collect(Collectors.joining(", ", "[", "]"));
        }
    }

    /** Free text (the project name). */
    record Text(String value) implements FieldValue {
        public Text {
            java.util.Objects.requireNonNull(value);
        }

        @Override
        public String code() {
            return value;
        }
    }
}
