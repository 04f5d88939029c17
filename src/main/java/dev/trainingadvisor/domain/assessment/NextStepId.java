package dev.trainingadvisor.domain.assessment;

import dev.trainingadvisor.domain.assessment.Condition.FieldCondition;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;

/** "What you should do first", in the guide's order; each is done or open as the request tells. */
public enum NextStepId {
    EXHAUST_RAG_OPTIMIZATIONS(new Condition.ContainsAll(ProfileField.RAG_OPTIMIZATIONS, EnumSet.allOf(RagOptimization.class))),
    ADVANCED_PROMPTING(new Condition.ContainsAll(ProfileField.PROMPT_TECHNIQUES, EnumSet.allOf(PromptTechnique.class))),
    TEST_MULTIPLE_PROVIDERS(Conditions.atLeast(ProfileField.PROVIDERS_TESTED, BigDecimal.valueOf(Ruleset.PROVIDERS_TO_TEST))),
    /** Nothing in a profile says the ROI was computed: it stays open and points to the cost comparison. */
    COMPUTE_ROI(null);

    private final String textKey = "nextStep." + name();
    private final String doneKey = textKey + ".done";
    private final String openKey = textKey + ".open";
    private final FieldCondition doneWhen;

    NextStepId(FieldCondition doneWhen) {
        this.doneWhen = doneWhen;
    }

    /** What marks the step done; empty when no answer in a profile can. */
    public Optional<FieldCondition> doneWhen() {
        return Optional.ofNullable(doneWhen);
    }

    public String textKey() {
        return textKey;
    }

    /** The text of the step when done. */
    public String doneKey() {
        return doneKey;
    }

    /** The text of the step when open; some steps have variants, under this key plus a suffix. */
    public String openKey() {
        return openKey;
    }
}
