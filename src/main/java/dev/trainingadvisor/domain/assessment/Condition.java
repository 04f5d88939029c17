package dev.trainingadvisor.domain.assessment;

import dev.trainingadvisor.domain.assessment.FieldValue.Amount;
import dev.trainingadvisor.domain.assessment.FieldValue.Choices;
import dev.trainingadvisor.domain.assessment.FieldValue.Count;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A test on a profile: the branches of the decision tree, the criteria of the checklists and the gate, the hire
 * signals and the next steps are all conditions. A field-level condition also knows the smallest value that
 * would make it hold, which is how counterfactuals are found.
 */
public sealed interface Condition {

    Status evaluate(Profile profile);

    /** A language-neutral form ({@code labeledExamples >= 10000}): shown to clients, hashed into the ruleset. */
    String describe();

    /** The single-field conditions this condition reads (for {@link AllOf}: requires together). */
    List<FieldCondition> parts();

    /**
     * The ways to make this condition MET, each a list of single-field conditions that together do it (disjunctive
     * normal form). Empty for branches that are taken by failing others ({@link Otherwise}, {@link Undecided}):
     * counterfactuals never aim for those.
     */
    List<List<FieldCondition>> alternatives();

    /** A condition on one field: unknown when the field is absent. */
    sealed interface FieldCondition extends Condition {
        ProfileField field();

        boolean holdsFor(FieldValue value);

        /** The value nearest to the threshold that satisfies this condition. */
        FieldValue fix();

        /** Whether an absent answer satisfies the condition (only {@link IsOrAbsent}: absent means the default). */
        default boolean holdsWhenAbsent() {
            return false;
        }

        @Override
        default Status evaluate(Profile profile) {
            FieldValue value = profile.values().get(field());
            if (value == null) {
                return holdsWhenAbsent() ? Status.MET : Status.UNKNOWN;
            }
            return Status.of(holdsFor(value));
        }

        @Override
        default List<FieldCondition> parts() {
            return List.of(this);
        }

        @Override
        default List<List<FieldCondition>> alternatives() {
            return List.of(List.of(this));
        }
    }

    /**
     * The field has this value, or is absent, which the rules define to mean this value ({@code privateDataRole}
     * absent is {@code KNOWLEDGE_SOURCE}, ADVISOR-RULES §9). Not a way round "unknown is never met": the spec gives the
     * absent answer a meaning.
     */
    record IsOrAbsent(ProfileField field, FieldValue value) implements FieldCondition {
        @Override
        public boolean holdsFor(FieldValue candidate) {
            return value.equals(candidate);
        }

        @Override
        public FieldValue fix() {
            return value;
        }

        @Override
        public boolean holdsWhenAbsent() {
            return true;
        }

        @Override
        public String describe() {
            return field.fieldName() + " == " + value.code() + " or absent";
        }
    }

    /** The field has exactly this value. */
    record Is(ProfileField field, FieldValue value) implements FieldCondition {
        @Override
        public boolean holdsFor(FieldValue candidate) {
            return value.equals(candidate);
        }

        @Override
        public FieldValue fix() {
            return value;
        }

        @Override
        public String describe() {
            return field.fieldName() + " == " + value.code();
        }
    }

    /** The field has one of these values; the first is the fix. */
    record OneOf(ProfileField field, List<FieldValue> values) implements FieldCondition {
        public OneOf {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("OneOf needs at least one value");
            }
        }

        @Override
        public boolean holdsFor(FieldValue candidate) {
            return values.contains(candidate);
        }

        @Override
        public FieldValue fix() {
            return values.get(0);
        }

        @Override
        public String describe() {
            return field.fieldName() + " in " + values.stream().map(FieldValue::code).collect(Collectors.joining(", ", "[", "]"));
        }
    }

    /** A number at least the threshold. */
    record AtLeast(ProfileField field, BigDecimal threshold) implements FieldCondition {
        @Override
        public boolean holdsFor(FieldValue candidate) {
            return compare(candidate, threshold) >= 0;
        }

        @Override
        public FieldValue fix() {
            return number(field, threshold);
        }

        @Override
        public String describe() {
            return field.fieldName() + " >= " + threshold.toPlainString();
        }
    }

    /** A number strictly below the threshold; the fix is one unit (1, or one cent) below it. */
    record Below(ProfileField field, BigDecimal threshold) implements FieldCondition {
        @Override
        public boolean holdsFor(FieldValue candidate) {
            return compare(candidate, threshold) < 0;
        }

        @Override
        public FieldValue fix() {
            return number(field, threshold.subtract(unit(field)));
        }

        @Override
        public String describe() {
            return field.fieldName() + " < " + threshold.toPlainString();
        }
    }

    /** A number strictly above the threshold; the fix is one unit above it. */
    record Above(ProfileField field, BigDecimal threshold) implements FieldCondition {
        @Override
        public boolean holdsFor(FieldValue candidate) {
            return compare(candidate, threshold) > 0;
        }

        @Override
        public FieldValue fix() {
            return number(field, threshold.add(unit(field)));
        }

        @Override
        public String describe() {
            return field.fieldName() + " > " + threshold.toPlainString();
        }
    }

    /** A set of codes that lists every one of {@code required}. */
    record ContainsAll(ProfileField field, Set<? extends Enum<?>> required) implements FieldCondition {
        public ContainsAll {
            required = Set.copyOf(required);
        }

        @Override
        public boolean holdsFor(FieldValue candidate) {
            return candidate instanceof Choices choices && choices.values().containsAll(required);
        }

        @Override
        public FieldValue fix() {
            return new Choices(required);
        }

        @Override
        public String describe() {
            return field.fieldName() + " contains " + fix().code();
        }
    }

    /** Every one of the parts holds (a method's checklist). */
    record AllOf(List<? extends Condition> conditions) implements Condition {
        public AllOf {
            conditions = List.copyOf(conditions);
        }

        @Override
        public Status evaluate(Profile profile) {
            Status status = Status.MET;
            for (Condition condition : conditions) {
                status = status.and(condition.evaluate(profile));
            }
            return status;
        }

        @Override
        public String describe() {
            return conditions.stream().map(Condition::describe).collect(Collectors.joining(" and ", "(", ")"));
        }

        @Override
        public List<FieldCondition> parts() {
            return conditions.stream().flatMap(c -> c.parts().stream()).toList();
        }

        @Override
        public List<List<FieldCondition>> alternatives() {
            List<List<FieldCondition>> product = List.of(List.of());
            for (Condition condition : conditions) {
                List<List<FieldCondition>> next = new java.util.ArrayList<>();
                for (List<FieldCondition> head : product) {
                    for (List<FieldCondition> tail : condition.alternatives()) {
                        List<FieldCondition> both = new java.util.ArrayList<>(head);
                        both.addAll(tail);
                        next.add(List.copyOf(both));
                    }
                }
                product = next;
            }
            return List.copyOf(product);
        }
    }

    /**
     * At least one of the parts holds: MET when any is MET, NOT_MET when every one is NOT_MET, else UNKNOWN (so an
     * unknown answer never makes it MET). Criteria that read several fields, such as {@code RAG_NOT_ENOUGH}.
     */
    record AnyOf(List<? extends Condition> conditions) implements Condition {
        public AnyOf {
            conditions = List.copyOf(conditions);
        }

        @Override
        public Status evaluate(Profile profile) {
            boolean unknown = false;
            for (Condition condition : conditions) {
                Status status = condition.evaluate(profile);
                if (status == Status.MET) {
                    return Status.MET;
                }
                unknown |= status == Status.UNKNOWN;
            }
            return unknown ? Status.UNKNOWN : Status.NOT_MET;
        }

        @Override
        public String describe() {
            return conditions.stream().map(Condition::describe).collect(Collectors.joining(" or ", "(", ")"));
        }

        @Override
        public List<FieldCondition> parts() {
            return conditions.stream().flatMap(c -> c.parts().stream()).toList();
        }

        @Override
        public List<List<FieldCondition>> alternatives() {
            return conditions.stream().flatMap(c -> c.alternatives().stream()).toList();
        }
    }

    /**
     * The branch taken when {@code of} cannot be decided because an answer it needs is absent (ruleset 2's
     * {@code UNKNOWN} branches). Counterfactuals do not aim for it.
     */
    record Undecided(Condition of) implements Condition {
        @Override
        public Status evaluate(Profile profile) {
            return Status.of(of.evaluate(profile) == Status.UNKNOWN);
        }

        @Override
        public String describe() {
            return "unknown " + of.describe();
        }

        @Override
        public List<FieldCondition> parts() {
            return of.parts();
        }

        @Override
        public List<List<FieldCondition>> alternatives() {
            return List.of();
        }
    }

    /** The last branch of a question: taken when no earlier one is. Counterfactuals do not aim for it. */
    record Otherwise() implements Condition {
        @Override
        public Status evaluate(Profile profile) {
            return Status.MET;
        }

        @Override
        public String describe() {
            return "otherwise";
        }

        @Override
        public List<FieldCondition> parts() {
            return List.of();
        }

        @Override
        public List<List<FieldCondition>> alternatives() {
            return List.of();
        }
    }

    private static int compare(FieldValue value, BigDecimal threshold) {
        if (value instanceof Count count) {
            return BigDecimal.valueOf(count.value()).compareTo(threshold);
        } else if (value instanceof Amount amount) {
            return amount.value().compareTo(threshold);
        }
        throw new IllegalArgumentException("not a number: " + value);
    }

    private static BigDecimal unit(ProfileField field) {
        return field.kind() == ProfileField.Kind.COUNT ? BigDecimal.ONE : new BigDecimal("0.01");
    }

    private static FieldValue number(ProfileField field, BigDecimal value) {
        return field.kind() == ProfileField.Kind.COUNT ? new Count(value.longValueExact()) : new Amount(value);
    }
}
