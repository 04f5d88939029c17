package dev.trainingadvisor.domain.assessment;

import static dev.trainingadvisor.domain.assessment.Profiles.pastTheGate;
import static dev.trainingadvisor.domain.assessment.Profiles.sftReady;
import static dev.trainingadvisor.domain.assessment.Profiles.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.assessment.DecisionTree.NodeId;
import dev.trainingadvisor.domain.catalogue.MethodId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ADVISOR-RULES §3, rule by rule, with every threshold tested on both sides. */
class DecisionRulesTest {
    private final Advisor advisor = new Advisor();

    static Stream<Arguments> rules() {
        return Stream.of(
                // 1. private data → RAG, whatever else holds (even a complete SFT checklist)
                rule("privateDataAlwaysGivesRag", sftReady().usesPrivateData(true),
                        Approach.RAG, NodeId.RAG_PRIVATE_DATA, List.of()),
                // 2.–3. style, or nothing to change → prompting
                rule("styleChangeGivesPrompting", pastTheGate().desiredChange(DesiredChange.STYLE_TONE_FORMAT),
                        Approach.PROMPT_ENGINEERING, NodeId.PROMPT_STYLE, List.of()),
                rule("noChangeGivesPrompting", sftReady().desiredChange(DesiredChange.NONE),
                        Approach.PROMPT_ENGINEERING, NodeId.PROMPT_NO_CHANGE, List.of()),
                // 4. fewer than 10,000 examples → still RAG; exactly 10,000 counts as 10k+
                rule("nineThousandNineHundredNinetyNineExamplesStillGiveRag", pastTheGate().labeledExamples(9_999),
                        Approach.RAG, NodeId.RAG_FEW_EXAMPLES, List.of()),
                rule("tenThousandExamplesPassTheGate", pastTheGate().labeledExamples(10_000),
                        Approach.HIRE_ML_ENGINEER, NodeId.HIRE_ML_ENGINEER, List.of()),
                rule("zeroExamplesGiveRag", pastTheGate().labeledExamples(0),
                        Approach.RAG, NodeId.RAG_FEW_EXAMPLES, List.of()),
                // 5. the golden-rule gate
                rule("noMlExpertiseFailsTheGate", sftReady().mlExpertise(MlExpertise.NONE),
                        Approach.RAG, NodeId.RAG_NO_ML_EXPERTISE, List.of()),
                rule("budgetOfNineThousandNineHundredNinetyNineNinetyNineFailsTheGate",
                        sftReady().trainingBudgetUsd(usd("9999.99")), Approach.RAG, NodeId.RAG_LOW_BUDGET, List.of()),
                rule("budgetOfTenThousandPassesTheGate", sftReady().trainingBudgetUsd(usd("10000.00")),
                        Approach.TRAINING, NodeId.TRAINING, List.of(MethodId.SFT)),
                // 6. can hire → hire
                rule("canHireGivesHireMlEngineer", sftReady().mlExpertise(MlExpertise.CAN_HIRE),
                        Approach.HIRE_ML_ENGINEER, NodeId.HIRE_ML_ENGINEER, List.of()),
                // 7. in-house: training only with a complete SFT or PEFT checklist
                rule("completeSftChecklistGivesTraining", sftReady(),
                        Approach.TRAINING, NodeId.TRAINING, List.of(MethodId.SFT)),
                rule("completePeftChecklistGivesTraining", peftReady(),
                        Approach.TRAINING, NodeId.TRAINING, List.of(MethodId.PEFT)),
                rule("bothChecklistsListSftFirst", peftReady()
                                .flag(ProfileField.KNOWLEDGE_IN_PUBLIC_DATA, false)
                                .flag(ProfileField.RAG_TOO_SLOW_OR_EXPENSIVE, true),
                        Approach.TRAINING, NodeId.TRAINING, List.of(MethodId.SFT, MethodId.PEFT)),
                rule("unknownSftCriteriaAreNeverMet", pastTheGate().mlExpertise(MlExpertise.IN_HOUSE),
                        Approach.RAG, NodeId.RAG_EXHAUST_FIRST, List.of()),
                rule("oneFalseSftCriterionGivesRag",
                        sftReady().flag(ProfileField.RAG_TOO_SLOW_OR_EXPENSIVE, false),
                        Approach.RAG, NodeId.RAG_EXHAUST_FIRST, List.of()),
                rule("knowledgeAlreadyPublicGivesRag",
                        sftReady().flag(ProfileField.KNOWLEDGE_IN_PUBLIC_DATA, true),
                        Approach.RAG, NodeId.RAG_EXHAUST_FIRST, List.of()),
                rule("twoOfThreePeftCriteriaGiveRag",
                        peftReady().flag(ProfileField.LORA_EXPERIENCE, false),
                        Approach.RAG, NodeId.RAG_EXHAUST_FIRST, List.of()),
                rule("completeRlhfChecklistNeverTrainsOnTheDeepKnowledgePath", pastTheGate()
                                .mlExpertise(MlExpertise.IN_HOUSE)
                                .amount(ProfileField.HUMAN_FEEDBACK_HOURS, usd("1000"))
                                .flag(ProfileField.RLHF_EXPERTISE, true)
                                .trainingBudgetUsd(usd("100000")),
                        Approach.RAG, NodeId.RAG_EXHAUST_FIRST, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void decidesAsTheRulesSay(String name, Profile.Builder profile, Approach approach, NodeId reason,
                              List<MethodId> methods) {
        Assessment assessment = advisor.assess(profile.build(), Language.EN);
        assertEquals(approach, assessment.approach(), "approach");
        assertEquals(reason, assessment.reasonCode(), "reason");
        assertEquals(methods, assessment.recommendedMethods(), "recommended methods");
    }

    static Profile.Builder peftReady() {
        return pastTheGate()
                .mlExpertise(MlExpertise.IN_HOUSE)
                .flag(ProfileField.ALREADY_DOING_SFT, true)
                .flag(ProfileField.MULTIPLE_SPECIALIZED_MODELS, true)
                .flag(ProfileField.LORA_EXPERIENCE, true);
    }

    private static Arguments rule(String name, Profile.Builder profile, Approach approach, NodeId reason,
                                  List<MethodId> methods) {
        return Arguments.of(name, profile, approach, reason, methods);
    }
}
