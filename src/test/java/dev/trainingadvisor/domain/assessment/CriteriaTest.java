package dev.trainingadvisor.domain.assessment;

import static dev.trainingadvisor.domain.assessment.Profiles.pastTheGate;
import static dev.trainingadvisor.domain.assessment.Profiles.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.assessment.Assessment.CriterionResult;
import dev.trainingadvisor.domain.catalogue.MethodId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checklist criteria, gate questions and hire signals: every threshold on both sides, and absent means UNKNOWN. */
class CriteriaTest {
    private final Advisor advisor = new Advisor();

    static Stream<Arguments> criteria() {
        return Stream.of(
                criterion("SFT", "BUDGET_5K", pastTheGate().trainingBudgetUsd(usd("4999.99")), Status.NOT_MET),
                criterion("SFT", "BUDGET_5K", pastTheGate().trainingBudgetUsd(usd("5000")), Status.MET),
                criterion("RLHF", "BUDGET_50K", pastTheGate().trainingBudgetUsd(usd("49999.99")), Status.NOT_MET),
                criterion("RLHF", "BUDGET_50K", pastTheGate().trainingBudgetUsd(usd("50000")), Status.MET),
                criterion("SFT", "LABELED_EXAMPLES_10K", pastTheGate().labeledExamples(9_999), Status.NOT_MET),
                criterion("SFT", "LABELED_EXAMPLES_10K", pastTheGate().labeledExamples(10_000), Status.MET),
                criterion("SFT", "ML_ENGINEERS", pastTheGate().mlExpertise(MlExpertise.CAN_HIRE), Status.NOT_MET),
                criterion("SFT", "ML_ENGINEERS", pastTheGate().mlExpertise(MlExpertise.IN_HOUSE), Status.MET),
                criterion("SFT", "KNOWLEDGE_NOT_IN_PUBLIC_DATA", pastTheGate(), Status.UNKNOWN),
                criterion("SFT", "KNOWLEDGE_NOT_IN_PUBLIC_DATA",
                        pastTheGate().flag(ProfileField.KNOWLEDGE_IN_PUBLIC_DATA, true), Status.NOT_MET),
                criterion("SFT", "KNOWLEDGE_NOT_IN_PUBLIC_DATA",
                        pastTheGate().flag(ProfileField.KNOWLEDGE_IN_PUBLIC_DATA, false), Status.MET),
                criterion("SFT", "RAG_TOO_SLOW_OR_EXPENSIVE", pastTheGate(), Status.UNKNOWN),
                criterion("RLHF", "BEHAVIOR_CHANGE", pastTheGate(), Status.NOT_MET),
                criterion("RLHF", "BEHAVIOR_CHANGE",
                        pastTheGate().desiredChange(DesiredChange.STYLE_TONE_FORMAT), Status.MET),
                criterion("RLHF", "HUMAN_FEEDBACK_100H", pastTheGate(), Status.UNKNOWN),
                criterion("RLHF", "HUMAN_FEEDBACK_100H",
                        pastTheGate().amount(ProfileField.HUMAN_FEEDBACK_HOURS, usd("99.99")), Status.NOT_MET),
                criterion("RLHF", "HUMAN_FEEDBACK_100H",
                        pastTheGate().amount(ProfileField.HUMAN_FEEDBACK_HOURS, usd("100")), Status.MET),
                criterion("RLHF", "RLHF_RESEARCH_TEAM", pastTheGate(), Status.UNKNOWN),
                criterion("PEFT", "ALREADY_DOING_SFT", pastTheGate(), Status.UNKNOWN),
                criterion("PEFT", "MULTIPLE_SPECIALIZED_MODELS",
                        pastTheGate().flag(ProfileField.MULTIPLE_SPECIALIZED_MODELS, false), Status.NOT_MET),
                criterion("PEFT", "LORA_EXPERTISE", pastTheGate().flag(ProfileField.LORA_EXPERIENCE, true), Status.MET));
    }

    @ParameterizedTest(name = "{0} {1} → {3}")
    @MethodSource("criteria")
    void checklistCriterionHasTheStatusItsThresholdSays(String method, String criterion, Profile.Builder profile,
                                                       Status expected) {
        Assessment assessment = advisor.assess(profile.build(), Language.EN);
        CriterionResult result = assessment.checklists().stream()
                .filter(c -> c.method() == MethodId.valueOf(method)).findFirst().orElseThrow()
                .criteria().stream().filter(c -> c.code().equals(criterion)).findFirst().orElseThrow();
        assertEquals(expected, result.status());
    }

    static Stream<Arguments> hireSignals() {
        return Stream.of(
                signal("RAG_ACCURACY_BELOW_90", pastTheGate(), Status.UNKNOWN),
                signal("RAG_ACCURACY_BELOW_90",
                        pastTheGate().amount(ProfileField.RAG_ACCURACY_PERCENT, usd("89.99")), Status.MET),
                signal("RAG_ACCURACY_BELOW_90",
                        pastTheGate().amount(ProfileField.RAG_ACCURACY_PERCENT, usd("90")), Status.NOT_MET),
                signal("API_SPEND_ABOVE_10K", pastTheGate(), Status.UNKNOWN),
                signal("API_SPEND_ABOVE_10K",
                        pastTheGate().amount(ProfileField.MONTHLY_API_SPEND_USD, usd("10000")), Status.NOT_MET),
                signal("API_SPEND_ABOVE_10K",
                        pastTheGate().amount(ProfileField.MONTHLY_API_SPEND_USD, usd("10000.01")), Status.MET),
                signal("MEMORIZE_DOMAIN_KNOWLEDGE", pastTheGate(), Status.MET),
                signal("MEMORIZE_DOMAIN_KNOWLEDGE", pastTheGate().desiredChange(DesiredChange.NONE), Status.NOT_MET),
                signal("ON_DEVICE_DEPLOYMENT", pastTheGate(), Status.UNKNOWN),
                signal("ON_DEVICE_DEPLOYMENT", pastTheGate().flag(ProfileField.ON_DEVICE_DEPLOYMENT, true), Status.MET),
                signal("PROPRIETARY_MODEL",
                        pastTheGate().flag(ProfileField.PROPRIETARY_MODEL_WANTED, false), Status.NOT_MET));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("hireSignals")
    void hireSignalHasTheStatusItsThresholdSays(String code, Profile.Builder profile, Status expected) {
        Assessment assessment = advisor.assess(profile.build(), Language.EN);
        CriterionResult signal = assessment.hireSignals().stream().filter(s -> s.code().equals(code))
                .findFirst().orElseThrow();
        assertEquals(expected, signal.status());
    }

    @Test
    void anyMetHireSignalAdvisesAnMlExpertButNeverChangesTheApproach() {
        Profile.Builder quiet = pastTheGate().desiredChange(DesiredChange.STYLE_TONE_FORMAT);
        Assessment without = advisor.assess(quiet.build(), Language.EN);
        Assessment with = advisor.assess(quiet.flag(ProfileField.ON_DEVICE_DEPLOYMENT, true).build(), Language.EN);
        assertFalse(without.mlExpertAdvised());
        assertTrue(with.mlExpertAdvised());
        assertEquals(without.approach(), with.approach());
    }

    @Test
    void unknownHireSignalsDoNotAdviseAnMlExpert() {
        Assessment assessment = advisor.assess(pastTheGate().desiredChange(DesiredChange.NONE).build(), Language.EN);
        assertFalse(assessment.mlExpertAdvised());
    }

    @Test
    void gateReportsAllThreeQuestionsAndWhetherTheDecisionReachedIt() {
        Assessment early = advisor.assess(pastTheGate().usesPrivateData(true).labeledExamples(5).build(), Language.EN);
        assertFalse(early.gate().reached());
        assertFalse(early.gate().passed());
        assertEquals(List.of(Status.NOT_MET, Status.MET, Status.MET),
                early.gate().questions().stream().map(CriterionResult::status).toList());

        Assessment reached = advisor.assess(pastTheGate().build(), Language.EN);
        assertTrue(reached.gate().reached());
        assertTrue(reached.gate().passed());
        assertEquals(List.of("LABELED_EXAMPLES_10K", "BUDGET_10K", "ML_EXPERTISE_AVAILABLE"),
                reached.gate().questions().stream().map(CriterionResult::code).toList());

        Assessment failed = advisor.assess(pastTheGate().mlExpertise(MlExpertise.NONE).build(), Language.EN);
        assertTrue(failed.gate().reached());
        assertFalse(failed.gate().passed());
    }

    @Test
    void everyAssessmentReportsAllThreeChecklistsInTheGuidesOrder() {
        Assessment assessment = advisor.assess(pastTheGate().usesPrivateData(true).build(), Language.EN);
        assertEquals(List.of(MethodId.SFT, MethodId.RLHF, MethodId.PEFT),
                assessment.checklists().stream().map(Assessment.ChecklistResult::method).toList());
        assertEquals(List.of(5, 4, 3),
                assessment.checklists().stream().map(c -> c.criteria().size()).toList());
    }

    @Test
    void completeRlhfChecklistOnTheStylePathIsAnEscalationOptionNotTheApproach() {
        Profile profile = pastTheGate()
                .desiredChange(DesiredChange.STYLE_TONE_FORMAT)
                .amount(ProfileField.HUMAN_FEEDBACK_HOURS, usd("400"))
                .flag(ProfileField.RLHF_EXPERTISE, true)
                .trainingBudgetUsd(usd("50000"))
                .build();
        Assessment assessment = advisor.assess(profile, Language.EN);
        assertEquals(Approach.PROMPT_ENGINEERING, assessment.approach());
        assertEquals(List.of(), assessment.recommendedMethods());
        assertEquals(List.of(MethodId.RLHF), assessment.escalationOptions());
        assertTrue(assessment.checklists().get(1).fullyMet());
    }

    @Test
    void trainingHasNoEscalationOptions() {
        Assessment assessment = advisor.assess(Profiles.sftReady().build(), Language.EN);
        assertEquals(List.of(), assessment.escalationOptions());
    }

    private static Arguments criterion(String method, String criterion, Profile.Builder profile, Status expected) {
        return Arguments.of(method, criterion, profile, expected);
    }

    private static Arguments signal(String code, Profile.Builder profile, Status expected) {
        return Arguments.of(code, profile, expected);
    }
}
