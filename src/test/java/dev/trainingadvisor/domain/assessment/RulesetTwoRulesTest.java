package dev.trainingadvisor.domain.assessment;

import static dev.trainingadvisor.domain.assessment.RulesetTwoProfiles.allOptimizations;
import static dev.trainingadvisor.domain.assessment.RulesetTwoProfiles.knowledgeInHouse;
import static dev.trainingadvisor.domain.assessment.RulesetTwoProfiles.taskReady;
import static dev.trainingadvisor.domain.assessment.RulesetTwoProfiles.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.assessment.DecisionTree.NodeId;
import dev.trainingadvisor.domain.catalogue.MethodId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ADVISOR-RULES §9, rule by rule, every threshold on both sides and every unknown: outcome, methods and step. */
class RulesetTwoRulesTest {
    private final Advisor advisor = new Advisor(Rulesets.TWO);

    static Stream<Arguments> rules() {
        ProfileField role = ProfileField.PRIVATE_DATA_ROLE;
        ProfileField outcome = ProfileField.PROMPTING_OUTCOME;
        return Stream.of(
                // 1. private data the AI must know → RAG; a task's input goes on
                rule("privateDataWithoutARoleIsAKnowledgeSource", taskReady().usesPrivateData(true),
                        NodeId.RAG_PRIVATE_DATA, "§9.1"),
                rule("privateKnowledgeSourceGivesRag", taskReady().usesPrivateData(true)
                        .choice(role, PrivateDataRole.KNOWLEDGE_SOURCE), NodeId.RAG_PRIVATE_DATA, "§9.1"),
                rule("privateTaskInputGoesOnToTheChange", taskReady().usesPrivateData(true)
                        .choice(role, PrivateDataRole.TASK_INPUT), NodeId.BEHAVIOUR_TRAINING, "§9.3e", MethodId.SFT),
                rule("privateTaskInputWithNothingToChangeGivesPrompting", taskReady().usesPrivateData(true)
                        .choice(role, PrivateDataRole.TASK_INPUT).desiredChange(DesiredChange.NONE),
                        NodeId.PROMPT_NO_CHANGE, "§9.2"),
                // 2. nothing to change → prompting
                rule("nothingToChangeGivesPrompting", taskReady().desiredChange(DesiredChange.NONE),
                        NodeId.PROMPT_NO_CHANGE, "§9.2"),
                // 3a. prompting first
                rule("promptingOutcomeUnknownGivesPrompting", taskReady().unset(outcome),
                        NodeId.PROMPT_TRY_PROMPTING, "§9.3a"),
                rule("promptingNotTriedGivesPrompting", taskReady().choice(outcome, PromptingOutcome.NOT_TRIED),
                        NodeId.PROMPT_TRY_PROMPTING, "§9.3a"),
                rule("promptingSufficientGivesPrompting", taskReady().choice(outcome, PromptingOutcome.SUFFICIENT),
                        NodeId.PROMPT_TRY_PROMPTING, "§9.3a"),
                rule("insufficientQualityWithoutTechniquesIsUnknownAndGivesPrompting",
                        taskReady().choice(outcome, PromptingOutcome.INSUFFICIENT_QUALITY),
                        NodeId.PROMPT_TRY_PROMPTING, "§9.3a"),
                rule("insufficientQualityWithOnlyFewShotGivesPrompting",
                        taskReady().choice(outcome, PromptingOutcome.INSUFFICIENT_QUALITY)
                                .promptTechniques(Set.of(PromptTechnique.FEW_SHOT)),
                        NodeId.PROMPT_TRY_PROMPTING, "§9.3a"),
                rule("insufficientQualityWithBothTechniquesGoesOn",
                        taskReady().choice(outcome, PromptingOutcome.INSUFFICIENT_QUALITY)
                                .promptTechniques(EnumSet.allOf(PromptTechnique.class)),
                        NodeId.BEHAVIOUR_TRAINING, "§9.3e", MethodId.SFT),
                rule("styleTakesTheSamePathAsATask", taskReady().desiredChange(DesiredChange.STYLE_TONE_FORMAT),
                        NodeId.BEHAVIOUR_TRAINING, "§9.3e", MethodId.SFT),
                // 3b. 999 / 1,000 / unknown examples
                rule("nineHundredNinetyNineExamplesGivePrompting", taskReady().labeledExamples(999),
                        NodeId.PROMPT_FEW_EXAMPLES, "§9.3b"),
                rule("oneThousandExamplesGoOn", taskReady().labeledExamples(1_000),
                        NodeId.BEHAVIOUR_TRAINING, "§9.3e", MethodId.SFT),
                rule("unknownExamplesGivePromptingOnTheBehaviourPath", taskReady().unset(ProfileField.LABELED_EXAMPLES),
                        NodeId.PROMPT_FEW_EXAMPLES, "§9.3b"),
                // 3c. the gate, whose fallback on this path is prompting
                rule("noMlExpertiseGivesPromptingOnTheBehaviourPath", taskReady().mlExpertise(MlExpertise.NONE),
                        NodeId.PROMPT_NO_ML_EXPERTISE, "§9.3c"),
                rule("unknownMlExpertiseGivesPrompting", taskReady().unset(ProfileField.ML_EXPERTISE),
                        NodeId.PROMPT_NO_ML_EXPERTISE, "§9.3c"),
                rule("budgetBelowTenThousandGivesPrompting", taskReady().trainingBudgetUsd(usd("9999.99")),
                        NodeId.PROMPT_LOW_BUDGET, "§9.3c"),
                rule("unknownBudgetGivesPrompting", taskReady().unset(ProfileField.TRAINING_BUDGET_USD),
                        NodeId.PROMPT_LOW_BUDGET, "§9.3c"),
                // 3d / 3e
                rule("canHireOnTheBehaviourPathGivesHire", taskReady().mlExpertise(MlExpertise.CAN_HIRE),
                        NodeId.BEHAVIOUR_HIRE_ML_ENGINEER, "§9.3d"),
                rule("behaviourTrainingAddsPeftWhenItsChecklistIsMet", taskReady()
                                .flag(ProfileField.ALREADY_DOING_SFT, true)
                                .flag(ProfileField.MULTIPLE_SPECIALIZED_MODELS, true)
                                .flag(ProfileField.LORA_EXPERIENCE, true),
                        NodeId.BEHAVIOUR_TRAINING, "§9.3e", MethodId.SFT, MethodId.PEFT),
                // 4. knowledge: 9,999 / 10,000 / unknown
                rule("nineThousandNineHundredNinetyNineExamplesGiveRag", knowledgeInHouse().labeledExamples(9_999),
                        NodeId.RAG_FEW_EXAMPLES, "§9.4"),
                rule("unknownExamplesGiveRagOnTheKnowledgePath", knowledgeInHouse().unset(ProfileField.LABELED_EXAMPLES),
                        NodeId.RAG_FEW_EXAMPLES, "§9.4"),
                // 5. the gate
                rule("noMlExpertiseGivesRag", knowledgeInHouse().mlExpertise(MlExpertise.NONE),
                        NodeId.RAG_NO_ML_EXPERTISE, "§9.5"),
                rule("unknownMlExpertiseGivesRag", knowledgeInHouse().unset(ProfileField.ML_EXPERTISE),
                        NodeId.RAG_NO_ML_EXPERTISE, "§9.5"),
                rule("budgetBelowTenThousandGivesRag", knowledgeInHouse().trainingBudgetUsd(usd("9999.99")),
                        NodeId.RAG_LOW_BUDGET, "§9.5"),
                rule("unknownBudgetGivesRag", knowledgeInHouse().unset(ProfileField.TRAINING_BUDGET_USD),
                        NodeId.RAG_LOW_BUDGET, "§9.5"),
                // 6. can hire
                rule("canHireGivesHire", knowledgeInHouse().mlExpertise(MlExpertise.CAN_HIRE),
                        NodeId.HIRE_ML_ENGINEER, "§9.6"),
                // 7. RAG_NOT_ENOUGH: too slow, or accuracy 89.99 / 90 with and without all three optimisations
                rule("ragTooSlowCompletesTheKnowledgeChecklist",
                        knowledgeInHouse().flag(ProfileField.RAG_TOO_SLOW_OR_EXPENSIVE, true),
                        NodeId.TRAINING, "§9.7", MethodId.SFT),
                rule("accuracy8999AfterAllThreeOptimisationsCompletesIt", allOptimizations(knowledgeInHouse())
                                .amount(ProfileField.RAG_ACCURACY_PERCENT, usd("89.99")),
                        NodeId.TRAINING, "§9.7", MethodId.SFT),
                rule("accuracy90AfterAllThreeOptimisationsDoesNot", allOptimizations(knowledgeInHouse())
                                .amount(ProfileField.RAG_ACCURACY_PERCENT, usd("90")),
                        NodeId.RAG_EXHAUST_FIRST, "§9.7"),
                rule("accuracy8999WithTwoOptimisationsDoesNot", knowledgeInHouse()
                                .ragOptimizations(EnumSet.of(RagOptimization.HYBRID_SEARCH, RagOptimization.RERANKING))
                                .amount(ProfileField.RAG_ACCURACY_PERCENT, usd("89.99")),
                        NodeId.RAG_EXHAUST_FIRST, "§9.7"),
                rule("accuracy8999WithoutOptimisationsDoesNot", knowledgeInHouse()
                                .amount(ProfileField.RAG_ACCURACY_PERCENT, usd("89.99")),
                        NodeId.RAG_EXHAUST_FIRST, "§9.7"),
                rule("accuracy90WithoutOptimisationsDoesNot", knowledgeInHouse()
                                .amount(ProfileField.RAG_ACCURACY_PERCENT, usd("90")),
                        NodeId.RAG_EXHAUST_FIRST, "§9.7"),
                rule("knowledgeAlreadyPublicStillGivesRag", knowledgeInHouse()
                                .flag(ProfileField.KNOWLEDGE_IN_PUBLIC_DATA, true)
                                .flag(ProfileField.RAG_TOO_SLOW_OR_EXPENSIVE, true),
                        NodeId.RAG_EXHAUST_FIRST, "§9.7"),
                rule("peftChecklistGivesTrainingOnTheKnowledgePath", knowledgeInHouse()
                                .flag(ProfileField.ALREADY_DOING_SFT, true)
                                .flag(ProfileField.MULTIPLE_SPECIALIZED_MODELS, true)
                                .flag(ProfileField.LORA_EXPERIENCE, true),
                        NodeId.TRAINING, "§9.7", MethodId.PEFT),
                rule("completeRlhfChecklistIsNeverTheApproach", taskReady().desiredChange(DesiredChange.STYLE_TONE_FORMAT)
                                .unset(ProfileField.PROMPTING_OUTCOME)
                                .amount(ProfileField.HUMAN_FEEDBACK_HOURS, usd("500"))
                                .flag(ProfileField.RLHF_EXPERTISE, true)
                                .trainingBudgetUsd(usd("50000")),
                        NodeId.PROMPT_TRY_PROMPTING, "§9.3a"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void decidesAsSectionNineSays(String name, Profile.Builder profile, NodeId reason, String step,
                                  List<MethodId> methods) {
        Assessment assessment = advisor.assess(profile.build(), Language.EN);
        assertEquals(reason, assessment.reasonCode(), "reason");
        assertEquals(((DecisionTree.Outcome) advisor.tree().node(reason)).approach(), assessment.approach());
        assertEquals(step, assessment.step(), "step");
        assertEquals(methods, assessment.recommendedMethods(), "recommended methods");
        assertEquals(RulesetId.TWO, assessment.ruleset());
        assertEquals("2", assessment.rulesetVersion());
    }

    private static Arguments rule(String name, Profile.Builder profile, NodeId reason, String step,
                                  MethodId... methods) {
        return Arguments.of(name, profile, reason, step, List.of(methods));
    }
}
