package dev.trainingadvisor.domain.assessment;

import dev.trainingadvisor.domain.assessment.Condition.FieldCondition;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Short factories for the rules, so that a ruleset definition reads like the spec's tables. */
final class Conditions {
    private Conditions() {
    }

    static FieldCondition is(ProfileField field, boolean value) {
        return new Condition.Is(field, new FieldValue.Flag(value));
    }

    static FieldCondition isTrue(ProfileField field) {
        return is(field, true);
    }

    static FieldCondition is(ProfileField field, Enum<?> value) {
        return new Condition.Is(field, new FieldValue.Choice(value));
    }

    static FieldCondition isOrAbsent(ProfileField field, Enum<?> value) {
        return new Condition.IsOrAbsent(field, new FieldValue.Choice(value));
    }

    static FieldCondition containsAll(ProfileField field, java.util.Set<? extends Enum<?>> values) {
        return new Condition.ContainsAll(field, values);
    }

    static Condition allOf(Condition... conditions) {
        return new Condition.AllOf(List.of(conditions));
    }

    static Condition anyOf(Condition... conditions) {
        return new Condition.AnyOf(List.of(conditions));
    }

    static Condition unknown(Condition of) {
        return new Condition.Undecided(of);
    }

    static Condition otherwise() {
        return new Condition.Otherwise();
    }

    static FieldCondition oneOf(ProfileField field, Enum<?>... values) {
        List<FieldValue> choices = Arrays.stream(values).<FieldValue>map(FieldValue.Choice::new).toList();
        return new Condition.OneOf(field, choices);
    }

    static FieldCondition atLeast(ProfileField field, BigDecimal threshold) {
        return new Condition.AtLeast(field, threshold);
    }

    static FieldCondition below(ProfileField field, BigDecimal threshold) {
        return new Condition.Below(field, threshold);
    }

    static FieldCondition above(ProfileField field, BigDecimal threshold) {
        return new Condition.Above(field, threshold);
    }
}
