package dev.trainingadvisor.domain.assessment;

import static dev.trainingadvisor.domain.assessment.Profiles.pastTheGate;
import static dev.trainingadvisor.domain.assessment.Profiles.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.assessment.Assessment.NextStep;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NextStepsAndWarningsTest {
    private final Advisor advisor = new Advisor();

    @Test
    void nextStepsComeInTheGuidesOrderAndAreOpenWhenNothingIsKnown() {
        List<NextStep> steps = advisor.assess(pastTheGate().build(), Language.EN).nextSteps();
        assertEquals(List.of(NextStepId.EXHAUST_RAG_OPTIMIZATIONS, NextStepId.ADVANCED_PROMPTING,
                NextStepId.TEST_MULTIPLE_PROVIDERS, NextStepId.COMPUTE_ROI), steps.stream().map(NextStep::id).toList());
        steps.forEach(step -> assertFalse(step.done(), step.id().name()));
        assertEquals(List.of("HYBRID_SEARCH", "RERANKING", "BETTER_CHUNKING"), steps.get(0).missing());
    }

    @Test
    void ragOptimisationsAreDoneOnlyWhenAllThreeAreListed() {
        NextStep two = step(pastTheGate().ragOptimizations(
                EnumSet.of(RagOptimization.HYBRID_SEARCH, RagOptimization.BETTER_CHUNKING)), 0);
        assertFalse(two.done());
        assertEquals(List.of("RERANKING"), two.missing());
        assertTrue(two.text().contains("reranking"), two.text());

        NextStep all = step(pastTheGate().ragOptimizations(EnumSet.allOf(RagOptimization.class)), 0);
        assertTrue(all.done());
        assertEquals(List.of(), all.missing());
    }

    @Test
    void advancedPromptingIsDoneWithBothTechniques() {
        assertFalse(step(pastTheGate().promptTechniques(Set.of(PromptTechnique.FEW_SHOT)), 1).done());
        assertTrue(step(pastTheGate().promptTechniques(EnumSet.allOf(PromptTechnique.class)), 1).done());
    }

    @Test
    void testingProvidersIsDoneFromTwo() {
        NextStep one = step(pastTheGate().providersTested(1), 2);
        assertFalse(one.done());
        assertTrue(one.text().contains("tested 1"), one.text());
        assertTrue(step(pastTheGate().providersTested(2), 2).done());
    }

    @Test
    void roiStepStaysOpenAndMentionsTheApiSpendWhenKnown() {
        NextStep roi = step(pastTheGate().amount(ProfileField.MONTHLY_API_SPEND_USD, usd("12500")), 3);
        assertFalse(roi.done());
        assertTrue(roi.text().contains("$12,500"), roi.text());
    }

    @Test
    void examplesWarningAppliesBetweenHundredsAndTenThousandWhenTheQuestionWasAsked() {
        assertEquals(List.of(), warnings(pastTheGate().labeledExamples(99)));
        assertEquals(List.of(WarningId.EXAMPLES_THRESHOLD_CONFLICT), warnings(pastTheGate().labeledExamples(100)));
        assertEquals(List.of(WarningId.EXAMPLES_THRESHOLD_CONFLICT), warnings(pastTheGate().labeledExamples(9_999)));
        assertEquals(List.of(), warnings(pastTheGate().labeledExamples(9_999).usesPrivateData(true)));
    }

    @Test
    void styleWarningAppliesOnTheStylePathOnly() {
        assertEquals(List.of(WarningId.STYLE_FINE_TUNING_CONFLICT),
                warnings(pastTheGate().desiredChange(DesiredChange.STYLE_TONE_FORMAT)));
        assertEquals(List.of(),
                warnings(pastTheGate().desiredChange(DesiredChange.STYLE_TONE_FORMAT).usesPrivateData(true)));
    }

    @Test
    void expertiseWarningAppliesWhenTheGateAskedAndThereIsNoTeamInHouse() {
        assertEquals(List.of(WarningId.ML_EXPERTISE_GATE_VS_TREE), warnings(pastTheGate()));
        assertEquals(List.of(WarningId.ML_EXPERTISE_GATE_VS_TREE),
                warnings(pastTheGate().mlExpertise(MlExpertise.NONE)));
        assertEquals(List.of(), warnings(pastTheGate().mlExpertise(MlExpertise.IN_HOUSE)));
        assertEquals(List.of(), warnings(pastTheGate().mlExpertise(MlExpertise.NONE).labeledExamples(10)));
    }

    private NextStep step(Profile.Builder profile, int index) {
        return advisor.assess(profile.build(), Language.EN).nextSteps().get(index);
    }

    private List<WarningId> warnings(Profile.Builder profile) {
        return advisor.assess(profile.build(), Language.EN).warnings().stream().map(Assessment.Warning::code).toList();
    }
}
