package dev.trainingadvisor.domain.assessment;

import static dev.trainingadvisor.domain.assessment.Profiles.pastTheGate;
import static dev.trainingadvisor.domain.assessment.Profiles.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.assessment.Assessment.Change;
import dev.trainingadvisor.domain.assessment.Assessment.Counterfactual;
import dev.trainingadvisor.domain.assessment.FieldValue.Amount;
import dev.trainingadvisor.domain.assessment.FieldValue.Choice;
import dev.trainingadvisor.domain.assessment.FieldValue.Count;
import dev.trainingadvisor.domain.assessment.FieldValue.Flag;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Hand-checked counterfactuals: the smallest changes, thresholds as values, each other approach once. */
class CounterfactualsTest {
    private final Advisor advisor = new Advisor();

    @Test
    void hireProfileIsOneAnswerAwayFromPromptingAndRagAndThreeFromTraining() {
        Map<Approach, List<Change>> found = counterfactuals(pastTheGate());
        assertEquals(List.of(new Change(ProfileField.DESIRED_CHANGE, new Choice(DesiredChange.STYLE_TONE_FORMAT))),
                found.get(Approach.PROMPT_ENGINEERING));
        assertEquals(List.of(new Change(ProfileField.USES_PRIVATE_DATA, new Flag(true))), found.get(Approach.RAG));
        assertEquals(List.of(
                        new Change(ProfileField.ML_EXPERTISE, new Choice(MlExpertise.IN_HOUSE)),
                        new Change(ProfileField.KNOWLEDGE_IN_PUBLIC_DATA, new Flag(false)),
                        new Change(ProfileField.RAG_TOO_SLOW_OR_EXPENSIVE, new Flag(true))),
                found.get(Approach.TRAINING));
        assertEquals(3, found.size());
    }

    @Test
    void tooFewExamplesAreOneThresholdAwayFromHiring() {
        Map<Approach, List<Change>> found = counterfactuals(pastTheGate().labeledExamples(9_999));
        assertEquals(List.of(new Change(ProfileField.LABELED_EXAMPLES, new Count(10_000))),
                found.get(Approach.HIRE_ML_ENGINEER));
    }

    @Test
    void smallBudgetIsRaisedExactlyToTheGate() {
        Map<Approach, List<Change>> found = counterfactuals(pastTheGate().trainingBudgetUsd(usd("2500")));
        assertEquals(List.of(new Change(ProfileField.TRAINING_BUDGET_USD, new Amount(usd("10000")))),
                found.get(Approach.HIRE_ML_ENGINEER));
    }

    @Test
    void trainingIsReachedThroughPeftWhenThatNeedsFewerChanges() {
        Profile.Builder profile = pastTheGate().mlExpertise(MlExpertise.IN_HOUSE)
                .flag(ProfileField.ALREADY_DOING_SFT, true)
                .flag(ProfileField.MULTIPLE_SPECIALIZED_MODELS, true);
        assertEquals(List.of(new Change(ProfileField.LORA_EXPERIENCE, new Flag(true))),
                counterfactuals(profile).get(Approach.TRAINING));
    }

    @Test
    void privateDataProfileNeedsTwoChangesForPromptingWhenItWantsKnowledge() {
        Map<Approach, List<Change>> found = counterfactuals(pastTheGate().usesPrivateData(true));
        assertEquals(List.of(
                        new Change(ProfileField.USES_PRIVATE_DATA, new Flag(false)),
                        new Change(ProfileField.DESIRED_CHANGE, new Choice(DesiredChange.STYLE_TONE_FORMAT))),
                found.get(Approach.PROMPT_ENGINEERING));
        assertEquals(List.of(new Change(ProfileField.USES_PRIVATE_DATA, new Flag(false))),
                found.get(Approach.HIRE_ML_ENGINEER));
    }

    @Test
    void anUnstatedOnlyChangeIsListedFirstBesideTheSmallerOneThatChangesAStatedFact() {
        // Ruleset 1, in-house, knowledge not in public data stated false... but RAG's speed and PEFT left out, and
        // too few examples: one stated number stands between this team and training.
        Profile profile = pastTheGate().mlExpertise(MlExpertise.IN_HOUSE).labeledExamples(9_999)
                .flag(ProfileField.KNOWLEDGE_IN_PUBLIC_DATA, false).build();
        List<Counterfactual> all = advisor.assess(profile, Language.EN).counterfactuals();
        List<Counterfactual> training = all.stream().filter(c -> c.approach() == Approach.TRAINING).toList();
        assertEquals(1, training.size(), "training needs the stated examples changed: " + training);
        assertEquals(false, training.get(0).onlyUnstated());
        assertEquals(List.of(new Change(ProfileField.LABELED_EXAMPLES, new Count(10_000)),
                new Change(ProfileField.RAG_TOO_SLOW_OR_EXPENSIVE, new Flag(true))), training.get(0).changes());
    }

    @Test
    void descriptionSaysWhatChangesAndTheApproachInBothLanguages() {
        Profile profile = pastTheGate().labeledExamples(9_999).build();
        Counterfactual en = hire(advisor.assess(profile, Language.EN));
        Counterfactual zh = hire(advisor.assess(profile, Language.ZH));
        assertEquals("The answer would be \"Bring in an ML engineer\" if you had 10,000 high-quality labeled examples.",
                en.description());
        assertEquals("如果你们有 10,000 个高质量的标注示例，建议就会变成“引入 ML 工程师”。", zh.description());
        assertEquals(en.changes(), zh.changes());
    }

    private static Counterfactual hire(Assessment assessment) {
        return assessment.counterfactuals().stream().filter(c -> c.approach() == Approach.HIRE_ML_ENGINEER)
                .findFirst().orElseThrow();
    }

    /** The smallest change overall per approach: where an unstated-only one comes first, the later one. */
    private Map<Approach, List<Change>> counterfactuals(Profile.Builder profile) {
        return advisor.assess(profile.build(), Language.EN).counterfactuals().stream()
                .collect(Collectors.toMap(Counterfactual::approach, Counterfactual::changes, (findOut, overall) -> overall));
    }
}
