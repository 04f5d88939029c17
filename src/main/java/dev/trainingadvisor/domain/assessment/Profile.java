package dev.trainingadvisor.domain.assessment;

import dev.trainingadvisor.domain.assessment.FieldValue.Amount;
import dev.trainingadvisor.domain.assessment.FieldValue.Choice;
import dev.trainingadvisor.domain.assessment.FieldValue.Choices;
import dev.trainingadvisor.domain.assessment.FieldValue.Count;
import dev.trainingadvisor.domain.assessment.FieldValue.Flag;
import dev.trainingadvisor.domain.assessment.FieldValue.Text;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A project profile: the answers every ruleset requires ({@code usesPrivateData}, {@code desiredChange}) and whichever
 * others the caller knows. A field that is absent is unknown; ruleset 1 requires three more ({@link RuleBook#requires()}). Values are kept per {@link ProfileField}, so conditions and counterfactuals can read and
 * change any field by name; the typed accessors are for everything else.
 */
public record Profile(Map<ProfileField, FieldValue> values) {

    public Profile {
        EnumMap<ProfileField, FieldValue> copy = new EnumMap<>(ProfileField.class);
        values.forEach((field, value) -> {
            if (!field.accepts(value)) {
                throw new IllegalArgumentException(field.fieldName() + " cannot be " + value);
            }
            copy.put(field, value);
        });
        for (ProfileField field : ProfileField.values()) {
            if (field.required() && !copy.containsKey(field)) {
                throw new IllegalArgumentException(field.fieldName() + " is required");
            }
        }
        values = Collections.unmodifiableMap(copy);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<FieldValue> get(ProfileField field) {
        return Optional.ofNullable(values.get(field));
    }

    /** This profile with each change applied: what a counterfactual describes. */
    public Profile with(List<Assessment.Change> changes) {
        EnumMap<ProfileField, FieldValue> changed = new EnumMap<>(values);
        for (Assessment.Change change : changes) {
            changed.put(change.field(), change.value());
        }
        return new Profile(changed);
    }

    public boolean usesPrivateData() {
        return ((Flag) values.get(ProfileField.USES_PRIVATE_DATA)).value();
    }

    public DesiredChange desiredChange() {
        return (DesiredChange) ((Choice) values.get(ProfileField.DESIRED_CHANGE)).value();
    }

    public Optional<Long> labeledExamples() {
        return get(ProfileField.LABELED_EXAMPLES).map(v -> ((Count) v).value());
    }

    public Optional<MlExpertise> mlExpertise() {
        return get(ProfileField.ML_EXPERTISE).map(v -> (MlExpertise) ((Choice) v).value());
    }

    public Optional<BigDecimal> trainingBudgetUsd() {
        return amount(ProfileField.TRAINING_BUDGET_USD);
    }

    /**
     * Whether the answers agree with each other: a {@code privateDataRole} only makes sense with
     * {@code usesPrivateData: true} (ADVISOR-RULES §9). The API refuses the contradiction; counterfactuals never
     * propose it.
     */
    public boolean consistent() {
        return !values.containsKey(ProfileField.PRIVATE_DATA_ROLE) || usesPrivateData();
    }

    public Optional<String> projectName() {
        return get(ProfileField.PROJECT_NAME).map(v -> ((Text) v).value());
    }

    public Optional<Long> providersTested() {
        return get(ProfileField.PROVIDERS_TESTED).map(v -> ((Count) v).value());
    }

    public Optional<BigDecimal> amount(ProfileField field) {
        return get(field).map(v -> ((Amount) v).value());
    }

    /** The codes listed for a CHOICES field; empty when the field is absent. */
    public Set<? extends Enum<?>> choices(ProfileField field) {
        return get(field).map(v -> ((Choices) v).values()).orElse(Set.of());
    }

    /** Builds a profile field by field; {@link #build()} checks that the fields every ruleset requires are there. */
    public static final class Builder {
        private final EnumMap<ProfileField, FieldValue> values = new EnumMap<>(ProfileField.class);

        private Builder() {
        }

        public Builder set(ProfileField field, FieldValue value) {
            values.put(field, value);
            return this;
        }

        public Builder usesPrivateData(boolean value) {
            return set(ProfileField.USES_PRIVATE_DATA, new Flag(value));
        }

        public Builder desiredChange(DesiredChange value) {
            return set(ProfileField.DESIRED_CHANGE, new Choice(value));
        }

        public Builder labeledExamples(long value) {
            return set(ProfileField.LABELED_EXAMPLES, new Count(value));
        }

        public Builder mlExpertise(MlExpertise value) {
            return set(ProfileField.ML_EXPERTISE, new Choice(value));
        }

        public Builder trainingBudgetUsd(BigDecimal value) {
            return set(ProfileField.TRAINING_BUDGET_USD, new Amount(value));
        }

        /** Leaves {@code field} unanswered: unknown. */
        public Builder unset(ProfileField field) {
            values.remove(field);
            return this;
        }

        public Builder choice(ProfileField field, Enum<?> value) {
            return set(field, new Choice(value));
        }

        public Builder projectName(String value) {
            return set(ProfileField.PROJECT_NAME, new Text(value));
        }

        public Builder flag(ProfileField field, boolean value) {
            return set(field, new Flag(value));
        }

        public Builder amount(ProfileField field, BigDecimal value) {
            return set(field, new Amount(value));
        }

        public Builder providersTested(long value) {
            return set(ProfileField.PROVIDERS_TESTED, new Count(value));
        }

        public Builder ragOptimizations(Collection<RagOptimization> value) {
            return set(ProfileField.RAG_OPTIMIZATIONS, new Choices(Set.copyOf(value)));
        }

        public Builder promptTechniques(Collection<PromptTechnique> value) {
            return set(ProfileField.PROMPT_TECHNIQUES, new Choices(Set.copyOf(value)));
        }

        public Profile build() {
            return new Profile(values);
        }
    }
}
