package dev.trainingadvisor.domain.assessment;

import static dev.trainingadvisor.domain.assessment.Conditions.allOf;
import static dev.trainingadvisor.domain.assessment.Conditions.anyOf;
import static dev.trainingadvisor.domain.assessment.Conditions.below;
import static dev.trainingadvisor.domain.assessment.Conditions.containsAll;
import static dev.trainingadvisor.domain.assessment.Conditions.is;
import static dev.trainingadvisor.domain.assessment.Conditions.isTrue;

import java.util.EnumSet;

/**
 * Ruleset 2's criteria that read several fields (ADVISOR-RULES §9). Their statuses follow from three-valued logic:
 * {@link Condition.AnyOf} is MET when one way holds, NOT_MET when every way is known to fail, UNKNOWN otherwise — which
 * gives exactly the spec's status rules (checked case by case in {@code RulesetTwoCriteriaTest}).
 */
public enum CombinedCriterion implements Requirement {
    /**
     * SFT, behaviour variant: advanced prompting was tried and fell short — too costly, or not good enough although
     * both few-shot and chain-of-thought were used (guide, "what to do first").
     */
    PROMPTING_EXHAUSTED(anyOf(
            is(ProfileField.PROMPTING_OUTCOME, PromptingOutcome.TOO_COSTLY),
            allOf(is(ProfileField.PROMPTING_OUTCOME, PromptingOutcome.INSUFFICIENT_QUALITY),
                    containsAll(ProfileField.PROMPT_TECHNIQUES, EnumSet.allOf(PromptTechnique.class))))),
    /**
     * SFT, knowledge variant: RAG is too slow or expensive, or measured below 90 % accuracy after all three
     * optimisations (guide, "if you are building AI products": "measure: is RAG accuracy below 90 % after
     * optimisation?").
     */
    RAG_NOT_ENOUGH(anyOf(
            isTrue(ProfileField.RAG_TOO_SLOW_OR_EXPENSIVE),
            allOf(below(ProfileField.RAG_ACCURACY_PERCENT, Ruleset.RAG_ACCURACY_TARGET_PERCENT),
                    containsAll(ProfileField.RAG_OPTIMIZATIONS, EnumSet.allOf(RagOptimization.class)))));

    private final String textKey = "criterion." + name();
    private final Condition condition;

    CombinedCriterion(Condition condition) {
        this.condition = condition;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public Condition condition() {
        return condition;
    }

    @Override
    public String textKey() {
        return textKey;
    }
}
