package dev.trainingadvisor.domain.assessment;

import static dev.trainingadvisor.domain.assessment.Conditions.atLeast;
import static dev.trainingadvisor.domain.assessment.Conditions.is;
import static dev.trainingadvisor.domain.assessment.Conditions.isTrue;

import dev.trainingadvisor.domain.assessment.Condition.FieldCondition;
import java.math.BigDecimal;
import java.util.List;

/**
 * One requirement of the guide that reads one field, by its stable id (spec §3, §9): the criteria of the SFT, RLHF
 * and PEFT checklists and the questions of the golden-rule gate. {@code LABELED_EXAMPLES_10K} serves both SFT and the
 * gate; {@code LABELED_EXAMPLES_1K} is ruleset 2's behaviour path. Criteria that read several fields are
 * {@link CombinedCriterion}.
 */
public enum Criterion implements Requirement {
    KNOWLEDGE_NOT_IN_PUBLIC_DATA(is(ProfileField.KNOWLEDGE_IN_PUBLIC_DATA, false)),
    LABELED_EXAMPLES_10K(atLeast(ProfileField.LABELED_EXAMPLES, BigDecimal.valueOf(Ruleset.TRAINING_EXAMPLES))),
    LABELED_EXAMPLES_1K(atLeast(ProfileField.LABELED_EXAMPLES, BigDecimal.valueOf(Ruleset.BEHAVIOUR_EXAMPLES))),
    RAG_TOO_SLOW_OR_EXPENSIVE(isTrue(ProfileField.RAG_TOO_SLOW_OR_EXPENSIVE)),
    BUDGET_5K(atLeast(ProfileField.TRAINING_BUDGET_USD, Ruleset.SFT_BUDGET_USD)),
    ML_ENGINEERS(is(ProfileField.ML_EXPERTISE, MlExpertise.IN_HOUSE)),

    BEHAVIOR_CHANGE(is(ProfileField.DESIRED_CHANGE, DesiredChange.STYLE_TONE_FORMAT)),
    HUMAN_FEEDBACK_100H(atLeast(ProfileField.HUMAN_FEEDBACK_HOURS, Ruleset.RLHF_FEEDBACK_HOURS)),
    RLHF_RESEARCH_TEAM(isTrue(ProfileField.RLHF_EXPERTISE)),
    BUDGET_50K(atLeast(ProfileField.TRAINING_BUDGET_USD, Ruleset.RLHF_BUDGET_USD)),

    ALREADY_DOING_SFT(isTrue(ProfileField.ALREADY_DOING_SFT)),
    MULTIPLE_SPECIALIZED_MODELS(isTrue(ProfileField.MULTIPLE_SPECIALIZED_MODELS)),
    LORA_EXPERTISE(isTrue(ProfileField.LORA_EXPERIENCE)),

    BUDGET_10K(atLeast(ProfileField.TRAINING_BUDGET_USD, Ruleset.GATE_BUDGET_USD)),
    ML_EXPERTISE_AVAILABLE(Conditions.oneOf(ProfileField.ML_EXPERTISE, MlExpertise.CAN_HIRE, MlExpertise.IN_HOUSE));

    /** The golden-rule gate: the three questions to ask before any training. */
    public static final List<Criterion> GATE = List.of(LABELED_EXAMPLES_10K, BUDGET_10K, ML_EXPERTISE_AVAILABLE);

    private final String textKey = "criterion." + name();
    private final FieldCondition condition;

    Criterion(FieldCondition condition) {
        this.condition = condition;
    }

    @Override
    public FieldCondition condition() {
        return condition;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String textKey() {
        return textKey;
    }
}
