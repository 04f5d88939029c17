package dev.trainingadvisor.domain.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The fields of a project profile. {@link #fieldName()} is the spec's name for it, which the API uses as the JSON
 * property and counterfactuals use to say what to change.
 */
public enum ProfileField {
    USES_PRIVATE_DATA("usesPrivateData", Kind.FLAG, true),
    PRIVATE_DATA_ROLE("privateDataRole", Kind.CHOICE, false, PrivateDataRole.class),
    DESIRED_CHANGE("desiredChange", Kind.CHOICE, true, DesiredChange.class),
    /** Required by ruleset 1 ({@link RuleBook#requires()}); ruleset 2 reads an absent value as unknown. */
    LABELED_EXAMPLES("labeledExamples", Kind.COUNT, false),
    /** Required by ruleset 1; ruleset 2 reads an absent value as unknown. */
    ML_EXPERTISE("mlExpertise", Kind.CHOICE, false, MlExpertise.class),
    /** Required by ruleset 1; ruleset 2 reads an absent value as unknown. */
    TRAINING_BUDGET_USD("trainingBudgetUsd", Kind.AMOUNT, false),
    PROJECT_NAME("projectName", Kind.TEXT, false),
    KNOWLEDGE_IN_PUBLIC_DATA("knowledgeInPublicData", Kind.FLAG, false),
    RAG_TOO_SLOW_OR_EXPENSIVE("ragTooSlowOrExpensive", Kind.FLAG, false),
    RAG_ACCURACY_PERCENT("ragAccuracyPercent", Kind.AMOUNT, false),
    RAG_OPTIMIZATIONS("ragOptimizations", Kind.CHOICES, false, RagOptimization.class),
    PROMPT_TECHNIQUES("promptTechniques", Kind.CHOICES, false, PromptTechnique.class),
    PROMPTING_OUTCOME("promptingOutcome", Kind.CHOICE, false, PromptingOutcome.class),
    PROVIDERS_TESTED("providersTested", Kind.COUNT, false),
    MONTHLY_API_SPEND_USD("monthlyApiSpendUsd", Kind.AMOUNT, false),
    HUMAN_FEEDBACK_HOURS("humanFeedbackHours", Kind.AMOUNT, false),
    RLHF_EXPERTISE("rlhfExpertise", Kind.FLAG, false),
    ALREADY_DOING_SFT("alreadyDoingSft", Kind.FLAG, false),
    MULTIPLE_SPECIALIZED_MODELS("multipleSpecializedModels", Kind.FLAG, false),
    LORA_EXPERIENCE("loraExperience", Kind.FLAG, false),
    ON_DEVICE_DEPLOYMENT("onDeviceDeployment", Kind.FLAG, false),
    PROPRIETARY_MODEL_WANTED("proprietaryModelWanted", Kind.FLAG, false);

    /** The shape of a field's value. */
    public enum Kind { FLAG, CHOICE, COUNT, AMOUNT, CHOICES, TEXT }

    private final String fieldName;
    private final Kind kind;
    private final boolean required;
    private final List<Enum<?>> codes;

    ProfileField(String fieldName, Kind kind, boolean required) {
        this(fieldName, kind, required, null);
    }

    ProfileField(String fieldName, Kind kind, boolean required, Class<? extends Enum<?>> codeType) {
        this.fieldName = fieldName;
        this.kind = kind;
        this.required = required;
        this.codes = codeType == null ? List.of() : List.of(codeType.getEnumConstants());
    }

    public String fieldName() {
        return fieldName;
    }

    public Kind kind() {
        return kind;
    }

    /** Required by every ruleset; a ruleset may require more ({@link RuleBook#requires()}). */
    public boolean required() {
        return required;
    }

    /** The allowed codes of a CHOICE or CHOICES field, in declaration order; empty for other kinds. */
    public List<Enum<?>> codes() {
        return codes;
    }

    public String textKey() {
        return "field." + fieldName;
    }

    public static Optional<ProfileField> byName(String fieldName) {
        return Arrays.stream(values()).filter(f -> f.fieldName.equals(fieldName)).findFirst();
    }

    /** Whether {@code value} has this field's shape (and, for codes, one of its codes). */
    public boolean accepts(FieldValue value) {
        return switch (kind) {
            case FLAG -> value instanceof FieldValue.Flag;
            case CHOICE -> value instanceof FieldValue.Choice choice && codes.contains(choice.value());
            case COUNT -> value instanceof FieldValue.Count count && count.value() >= 0;
            case AMOUNT -> value instanceof FieldValue.Amount amount && amount.value().signum() >= 0;
            case CHOICES -> value instanceof FieldValue.Choices choices && codes.containsAll(choices.values());
            case TEXT -> value instanceof FieldValue.Text;
        };
    }
}
