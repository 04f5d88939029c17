package dev.trainingadvisor.domain.assessment;

import java.math.BigDecimal;
import java.util.Set;

/** The value of one {@link ProfileField}: what a request carries and what a counterfactual proposes. */
public sealed interface FieldValue {

    /** A yes/no answer. */
    record Flag(boolean value) implements FieldValue {
    }

    /** One code of a closed set ({@link DesiredChange}, {@link MlExpertise}). */
    record Choice(Enum<?> value) implements FieldValue {
        public Choice {
            java.util.Objects.requireNonNull(value);
        }
    }

    /** A whole number (examples, providers). */
    record Count(long value) implements FieldValue {
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
    }

    /** A set of codes ({@link RagOptimization}, {@link PromptTechnique}). */
    record Choices(Set<? extends Enum<?>> values) implements FieldValue {
        public Choices {
            values = Set.copyOf(values);
        }
    }

    /** Free text (the project name). */
    record Text(String value) implements FieldValue {
        public Text {
            java.util.Objects.requireNonNull(value);
        }
    }
}
