package dev.trainingadvisor.domain.assessment;

import static dev.trainingadvisor.domain.assessment.Conditions.above;
import static dev.trainingadvisor.domain.assessment.Conditions.below;
import static dev.trainingadvisor.domain.assessment.Conditions.is;
import static dev.trainingadvisor.domain.assessment.Conditions.isTrue;

import dev.trainingadvisor.domain.assessment.Condition.FieldCondition;

/**
 * "When to bring in an ML engineer": any one met sets {@code mlExpertAdvised}. They inform; they never change the
 * approach.
 */
public enum HireSignal {
    RAG_ACCURACY_BELOW_90(below(ProfileField.RAG_ACCURACY_PERCENT, Ruleset.RAG_ACCURACY_TARGET_PERCENT)),
    MEMORIZE_DOMAIN_KNOWLEDGE(is(ProfileField.DESIRED_CHANGE, DesiredChange.DEEP_KNOWLEDGE)),
    API_SPEND_ABOVE_10K(above(ProfileField.MONTHLY_API_SPEND_USD, Ruleset.API_SPEND_SIGNAL_USD)),
    ON_DEVICE_DEPLOYMENT(isTrue(ProfileField.ON_DEVICE_DEPLOYMENT)),
    PROPRIETARY_MODEL(isTrue(ProfileField.PROPRIETARY_MODEL_WANTED));

    private final String textKey = "hireSignal." + name();
    private final FieldCondition condition;

    HireSignal(FieldCondition condition) {
        this.condition = condition;
    }

    public FieldCondition condition() {
        return condition;
    }

    public String textKey() {
        return textKey;
    }
}
