package dev.trainingadvisor.domain.assessment;

import static dev.trainingadvisor.domain.assessment.RulesetTwoProfiles.knowledgeInHouse;
import static dev.trainingadvisor.domain.assessment.RulesetTwoProfiles.taskReady;
import static dev.trainingadvisor.domain.assessment.RulesetTwoProfiles.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.assessment.Assessment.CriterionResult;
import dev.trainingadvisor.domain.catalogue.MethodId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ruleset 2's checklists (ADVISOR-RULES §9): the SFT variants, the exact status rules of PROMPTING_EXHAUSTED and
 * RAG_NOT_ENOUGH, RLHF's behaviour change, the gate variants, toFindOut, and the literal-tree warning.
 */
class RulesetTwoCriteriaTest {
    private final Advisor advisor = new Advisor(Rulesets.TWO);

    static Stream<Arguments> promptingExhausted() {
        ProfileField outcome = ProfileField.PROMPTING_OUTCOME;
        Set<PromptTechnique> both = EnumSet.allOf(PromptTechnique.class);
        Set<PromptTechnique> one = Set.of(PromptTechnique.CHAIN_OF_THOUGHT);
        return Stream.of(
                status("absent", taskReady().unset(outcome), Status.UNKNOWN),
                status("absent, both techniques", taskReady().unset(outcome).promptTechniques(both), Status.UNKNOWN),
                status("absent, one technique", taskReady().unset(outcome).promptTechniques(one), Status.UNKNOWN),
                status("NOT_TRIED", taskReady().choice(outcome, PromptingOutcome.NOT_TRIED), Status.NOT_MET),
                status("SUFFICIENT, both", taskReady().choice(outcome, PromptingOutcome.SUFFICIENT)
                        .promptTechniques(both), Status.NOT_MET),
                status("INSUFFICIENT_QUALITY, techniques absent",
                        taskReady().choice(outcome, PromptingOutcome.INSUFFICIENT_QUALITY), Status.UNKNOWN),
                status("INSUFFICIENT_QUALITY, one technique", taskReady()
                        .choice(outcome, PromptingOutcome.INSUFFICIENT_QUALITY).promptTechniques(one), Status.NOT_MET),
                status("INSUFFICIENT_QUALITY, no technique", taskReady()
                        .choice(outcome, PromptingOutcome.INSUFFICIENT_QUALITY).promptTechniques(Set.of()),
                        Status.NOT_MET),
                status("INSUFFICIENT_QUALITY, both", taskReady()
                        .choice(outcome, PromptingOutcome.INSUFFICIENT_QUALITY).promptTechniques(both), Status.MET),
                status("TOO_COSTLY", taskReady().choice(outcome, PromptingOutcome.TOO_COSTLY), Status.MET),
                status("TOO_COSTLY, one technique", taskReady().choice(outcome, PromptingOutcome.TOO_COSTLY)
                        .promptTechniques(one), Status.MET));
    }

    @ParameterizedTest(name = "PROMPTING_EXHAUSTED {0} → {2}")
    @MethodSource("promptingExhausted")
    void promptingExhaustedHasTheStatusSectionNineGives(String name, Profile.Builder profile, Status expected) {
        assertEquals(expected, criterion(profile, "PROMPTING_EXHAUSTED").status());
    }

    static Stream<Arguments> ragNotEnough() {
        ProfileField slow = ProfileField.RAG_TOO_SLOW_OR_EXPENSIVE;
        ProfileField accuracy = ProfileField.RAG_ACCURACY_PERCENT;
        Set<RagOptimization> all = EnumSet.allOf(RagOptimization.class);
        Set<RagOptimization> two = EnumSet.of(RagOptimization.RERANKING, RagOptimization.BETTER_CHUNKING);
        return Stream.of(
                status("nothing known", knowledgeInHouse(), Status.UNKNOWN),
                status("too slow", knowledgeInHouse().flag(slow, true), Status.MET),
                status("too slow, accuracy 95", knowledgeInHouse().flag(slow, true).amount(accuracy, usd("95")),
                        Status.MET),
                status("fast enough, nothing else", knowledgeInHouse().flag(slow, false), Status.UNKNOWN),
                status("fast enough, 89.99 after all three", knowledgeInHouse().flag(slow, false)
                        .amount(accuracy, usd("89.99")).ragOptimizations(all), Status.MET),
                status("unknown speed, 89.99 after all three", knowledgeInHouse()
                        .amount(accuracy, usd("89.99")).ragOptimizations(all), Status.MET),
                status("fast enough, 90 after all three", knowledgeInHouse().flag(slow, false)
                        .amount(accuracy, usd("90")).ragOptimizations(all), Status.NOT_MET),
                status("fast enough, 89.99 after two", knowledgeInHouse().flag(slow, false)
                        .amount(accuracy, usd("89.99")).ragOptimizations(two), Status.NOT_MET),
                status("fast enough, 89.99, optimisations unknown", knowledgeInHouse().flag(slow, false)
                        .amount(accuracy, usd("89.99")), Status.UNKNOWN),
                status("fast enough, accuracy unknown, all three", knowledgeInHouse().flag(slow, false)
                        .ragOptimizations(all), Status.UNKNOWN),
                status("fast enough, accuracy unknown, two", knowledgeInHouse().flag(slow, false)
                        .ragOptimizations(two), Status.NOT_MET),
                status("unknown speed, 90 after all three", knowledgeInHouse().amount(accuracy, usd("90"))
                        .ragOptimizations(all), Status.UNKNOWN));
    }

    @ParameterizedTest(name = "RAG_NOT_ENOUGH {0} → {2}")
    @MethodSource("ragNotEnough")
    void ragNotEnoughHasTheStatusSectionNineGives(String name, Profile.Builder profile, Status expected) {
        assertEquals(expected, criterion(profile, "RAG_NOT_ENOUGH").status());
    }

    @Test
    void theSftVariantFollowsTheDesiredChange() {
        Assessment knowledge = advisor.assess(knowledgeInHouse().build(), Language.EN);
        assertEquals(Optional.of("KNOWLEDGE"), knowledge.checklists().get(0).variant());
        assertEquals(List.of("KNOWLEDGE_NOT_IN_PUBLIC_DATA", "LABELED_EXAMPLES_10K", "RAG_NOT_ENOUGH", "BUDGET_5K",
                "ML_ENGINEERS"), codes(knowledge.checklists().get(0).criteria()));
        for (DesiredChange change : List.of(DesiredChange.NONE, DesiredChange.STYLE_TONE_FORMAT,
                DesiredChange.TASK_SKILL)) {
            Assessment behaviour = advisor.assess(taskReady().desiredChange(change).build(), Language.EN);
            assertEquals(Optional.of("BEHAVIOUR"), behaviour.checklists().get(0).variant());
            assertEquals(List.of("PROMPTING_EXHAUSTED", "LABELED_EXAMPLES_1K", "BUDGET_5K", "ML_ENGINEERS"),
                    codes(behaviour.checklists().get(0).criteria()));
        }
        assertEquals(List.of(MethodId.SFT, MethodId.RLHF, MethodId.PEFT),
                knowledge.checklists().stream().map(Assessment.ChecklistResult::method).toList());
    }

    @Test
    void labeledExamples1kIsMetFromOneThousand() {
        assertEquals(Status.NOT_MET, criterion(taskReady().labeledExamples(999), "LABELED_EXAMPLES_1K").status());
        assertEquals(Status.MET, criterion(taskReady().labeledExamples(1_000), "LABELED_EXAMPLES_1K").status());
        assertEquals(Status.UNKNOWN, criterion(taskReady().unset(ProfileField.LABELED_EXAMPLES),
                "LABELED_EXAMPLES_1K").status());
    }

    @Test
    void rlhfBehaviourChangeIsStyleOnlyNotATask() {
        assertEquals(Status.NOT_MET, rlhf(taskReady()));
        assertEquals(Status.MET, rlhf(taskReady().desiredChange(DesiredChange.STYLE_TONE_FORMAT)));
    }

    @Test
    void theGateAsksOneThousandExamplesOnTheBehaviourPath() {
        Assessment behaviour = advisor.assess(taskReady().build(), Language.EN);
        assertEquals(List.of("LABELED_EXAMPLES_1K", "BUDGET_10K", "ML_EXPERTISE_AVAILABLE"),
                codes(behaviour.gate().questions()));
        assertTrue(behaviour.gate().reached());
        assertTrue(behaviour.gate().passed());
        Assessment knowledge = advisor.assess(knowledgeInHouse().build(), Language.EN);
        assertEquals(List.of("LABELED_EXAMPLES_10K", "BUDGET_10K", "ML_EXPERTISE_AVAILABLE"),
                codes(knowledge.gate().questions()));
        Assessment unknown = advisor.assess(knowledgeInHouse().unset(ProfileField.ML_EXPERTISE).build(), Language.EN);
        assertTrue(unknown.gate().reached());
        assertEquals(Status.UNKNOWN, unknown.gate().questions().get(2).status());
        assertEquals(false, unknown.gate().passed());
    }

    @Test
    void toFindOutNamesWhatStoppedTheWalkAndWhatLeftAPathCriterionUnknown() {
        Assessment assessment = advisor.assess(taskReady().unset(ProfileField.LABELED_EXAMPLES)
                .unset(ProfileField.TRAINING_BUDGET_USD).build(), Language.EN);
        Assessment.FindOut examples = find(assessment, ProfileField.LABELED_EXAMPLES);
        assertEquals(Optional.of(DecisionTree.NodeId.BEHAVIOUR_LABELED_EXAMPLES), examples.stoppedAt());
        assertEquals(List.of("LABELED_EXAMPLES_1K"), examples.criteria());
        assertEquals("How many high-quality labeled input/output examples do you have?", examples.question());
        Assessment.FindOut budget = find(assessment, ProfileField.TRAINING_BUDGET_USD);
        assertEquals(Optional.empty(), budget.stoppedAt());
        assertEquals(List.of("BUDGET_5K", "BUDGET_10K"), budget.criteria());
        assertEquals(List.of(ProfileField.LABELED_EXAMPLES, ProfileField.TRAINING_BUDGET_USD,
                        ProfileField.ALREADY_DOING_SFT, ProfileField.MULTIPLE_SPECIALIZED_MODELS,
                        ProfileField.LORA_EXPERIENCE),
                assessment.toFindOut().stream().map(Assessment.FindOut::field).toList(),
                "RLHF's criteria are not asked for: it is never the approach");
        Assessment zh = advisor.assess(taskReady().unset(ProfileField.LABELED_EXAMPLES).build(), Language.ZH);
        assertEquals("你们有多少高质量的输入/输出标注示例？", zh.toFindOut().get(0).question());
    }

    @Test
    void aChecklistThatAlreadyFailsLeavesNothingToFindOut() {
        Assessment assessment = advisor.assess(taskReady().flag(ProfileField.ALREADY_DOING_SFT, false).build(),
                Language.EN);
        assertEquals(List.of(), assessment.toFindOut(), "a NOT_MET PEFT criterion leaves the checklist decided");
    }

    @Test
    void departsFromTheLiteralTreeOnlyWhenRulesetOneCanDecideAndDiffers() {
        Assessment task = advisor.assess(taskReady().build(), Language.EN);
        Assessment.Warning warning = task.warnings().stream()
                .filter(w -> w.code() == WarningId.DEPARTS_FROM_LITERAL_TREE).findFirst().orElseThrow();
        assertEquals(Optional.of(Approach.PROMPT_ENGINEERING), warning.literalApproach());
        assertEquals(Optional.of("§9.3"), warning.step());
        assertEquals("Ruleset 2 departs from the guide's tree read literally: ruleset 1 would answer \"Advanced "
                + "prompt engineering\". The two part at §9.3 of ruleset 2.", warning.text());

        Assessment measured = advisor.assess(allOptimizations(knowledgeInHouse())
                .amount(ProfileField.RAG_ACCURACY_PERCENT, usd("80")).build(), Language.EN);
        assertEquals(Optional.of("§9.7"), departure(measured).flatMap(Assessment.Warning::step));

        assertEquals(Optional.empty(), departure(advisor.assess(knowledgeInHouse().build(), Language.EN)),
                "both rulesets answer RAG");
        assertEquals(Optional.empty(), departure(advisor.assess(taskReady().unset(ProfileField.LABELED_EXAMPLES)
                .desiredChange(DesiredChange.NONE).build(), Language.EN)), "ruleset 1 cannot decide without examples");
    }

    private static Optional<Assessment.Warning> departure(Assessment assessment) {
        return assessment.warnings().stream().filter(w -> w.code() == WarningId.DEPARTS_FROM_LITERAL_TREE).findFirst();
    }

    private static Profile.Builder allOptimizations(Profile.Builder profile) {
        return RulesetTwoProfiles.allOptimizations(profile);
    }

    private static Assessment.FindOut find(Assessment assessment, ProfileField field) {
        return assessment.toFindOut().stream().filter(f -> f.field() == field).findFirst().orElseThrow();
    }

    private Status rlhf(Profile.Builder profile) {
        return advisor.assess(profile.build(), Language.EN).checklists().get(1).criteria().get(0).status();
    }

    private CriterionResult criterion(Profile.Builder profile, String code) {
        return advisor.assess(profile.build(), Language.EN).checklists().get(0).criteria().stream()
                .filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<String> codes(List<CriterionResult> results) {
        return results.stream().map(CriterionResult::code).toList();
    }

    private static Arguments status(String name, Profile.Builder profile, Status expected) {
        return Arguments.of(name, profile, expected);
    }
}
