package dev.trainingadvisor.domain.assessment;

import static dev.trainingadvisor.domain.assessment.Conditions.allOf;
import static dev.trainingadvisor.domain.assessment.Conditions.below;
import static dev.trainingadvisor.domain.assessment.Conditions.is;
import static dev.trainingadvisor.domain.assessment.Conditions.isOrAbsent;
import static dev.trainingadvisor.domain.assessment.Conditions.oneOf;
import static dev.trainingadvisor.domain.assessment.Conditions.otherwise;
import static dev.trainingadvisor.domain.assessment.Conditions.unknown;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.BEHAVIOUR_GATE_BUDGET;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.BEHAVIOUR_GATE_ML_EXPERTISE;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.BEHAVIOUR_HIRE_ML_ENGINEER;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.BEHAVIOUR_LABELED_EXAMPLES;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.BEHAVIOUR_ML_TEAM;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.BEHAVIOUR_PROMPTING_EXHAUSTED;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.BEHAVIOUR_TRAINING;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.GATE_BUDGET;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.GATE_ML_EXPERTISE;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.HIRE_ML_ENGINEER;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.METHOD_CHECKLISTS;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.PROMPT_FEW_EXAMPLES;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.PROMPT_LOW_BUDGET;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.PROMPT_NO_CHANGE;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.PROMPT_NO_ML_EXPERTISE;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.PROMPT_TRY_PROMPTING;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.Q1_PRIVATE_DATA;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.Q2_DESIRED_CHANGE;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.Q3_LABELED_EXAMPLES;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.Q4_ML_TEAM;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.RAG_EXHAUST_FIRST;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.RAG_FEW_EXAMPLES;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.RAG_LOW_BUDGET;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.RAG_NO_ML_EXPERTISE;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.RAG_PRIVATE_DATA;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.TRAINING;
import static dev.trainingadvisor.domain.assessment.RulesetDsl.edge;
import static dev.trainingadvisor.domain.assessment.RulesetDsl.outcome;
import static dev.trainingadvisor.domain.assessment.RulesetDsl.question;
import static dev.trainingadvisor.domain.assessment.RulesetDsl.reads;

import dev.trainingadvisor.domain.GuideSection;
import dev.trainingadvisor.domain.catalogue.MethodId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Ruleset 2, ADVISOR-RULES §9: ruleset 1 with the three refinements real cases call for, each with the guide's words
 * behind it — private records handed to a task are not data to retrieve from (§9.1); style and narrow tasks get a
 * behaviour path where training is possible once advanced prompting has demonstrably fallen short (§9.3); and "RAG is
 * not enough" can be measured (the SFT knowledge checklist). Unknown answers never pass a gate or threshold: each
 * question that needs one has an {@code UNKNOWN} branch to the cautious outcome. Read top to bottom, this is §9.
 */
final class RulesetTwo {
    private RulesetTwo() {
    }

    /** SFT, knowledge variant (ADVISOR-RULES §9): for DEEP_KNOWLEDGE. */
    static final ChecklistSpec SFT_KNOWLEDGE = new ChecklistSpec(MethodId.SFT, Optional.of("KNOWLEDGE"),
            GuideSection.SFT_CHECKLIST, List.of(
                    Criterion.KNOWLEDGE_NOT_IN_PUBLIC_DATA,
                    Criterion.LABELED_EXAMPLES_10K,
                    CombinedCriterion.RAG_NOT_ENOUGH,
                    Criterion.BUDGET_5K,
                    Criterion.ML_ENGINEERS),
            is(ProfileField.DESIRED_CHANGE, DesiredChange.DEEP_KNOWLEDGE));

    /** SFT, behaviour variant: for every other desired change ("teach new knowledge or tasks"). */
    static final ChecklistSpec SFT_BEHAVIOUR = new ChecklistSpec(MethodId.SFT, Optional.of("BEHAVIOUR"),
            GuideSection.SFT_OVERVIEW, List.of(
                    CombinedCriterion.PROMPTING_EXHAUSTED,
                    Criterion.LABELED_EXAMPLES_1K,
                    Criterion.BUDGET_5K,
                    Criterion.ML_ENGINEERS),
            otherwise());

    /** RLHF as in §3, but its behaviour change is STYLE_TONE_FORMAT only: a task is not a behaviour to align. */
    static final ChecklistSpec RLHF = Checklist.RLHF.spec();

    static RuleBook define() {
        BigDecimal examples = BigDecimal.valueOf(Ruleset.TRAINING_EXAMPLES);
        BigDecimal behaviourExamples = BigDecimal.valueOf(Ruleset.BEHAVIOUR_EXAMPLES);
        ProfileField privateData = ProfileField.USES_PRIVATE_DATA;
        ProfileField role = ProfileField.PRIVATE_DATA_ROLE;
        ProfileField change = ProfileField.DESIRED_CHANGE;
        ProfileField count = ProfileField.LABELED_EXAMPLES;
        ProfileField expertise = ProfileField.ML_EXPERTISE;
        ProfileField budget = ProfileField.TRAINING_BUDGET_USD;
        GuideSection tree = GuideSection.DECISION_TREE;
        GuideSection gate = GuideSection.GOLDEN_RULE;
        GuideSection first = GuideSection.WHAT_TO_DO_FIRST;
        GuideSection sft = GuideSection.SFT_OVERVIEW;
        Condition exhausted = CombinedCriterion.PROMPTING_EXHAUSTED.condition();

        DecisionTree decisionTree = new DecisionTree(Ruleset.VERSION_2, Q1_PRIVATE_DATA, List.of(
                // 1. private data the AI must know → RAG; private records that are only a task's input are not
                question(Q1_PRIVATE_DATA, tree, reads(privateData, role),
                        edge(Q1_PRIVATE_DATA, "YES", allOf(is(privateData, true),
                                isOrAbsent(role, PrivateDataRole.KNOWLEDGE_SOURCE)), RAG_PRIVATE_DATA,
                                GuideSection.WHY_RAG, "§9.1"),
                        edge(Q1_PRIVATE_DATA, "TASK_INPUT", allOf(is(privateData, true),
                                is(role, PrivateDataRole.TASK_INPUT)), Q2_DESIRED_CHANGE, GuideSection.WHY_RAG, "§9.1"),
                        edge(Q1_PRIVATE_DATA, "NO", is(privateData, false), Q2_DESIRED_CHANGE, tree, "§9.1")),
                // 2. nothing to change → prompting; 3. style or a task → the behaviour path; 4. knowledge
                question(Q2_DESIRED_CHANGE, tree, reads(change),
                        edge(Q2_DESIRED_CHANGE, "NONE", is(change, DesiredChange.NONE), PROMPT_NO_CHANGE,
                                GuideSection.SUMMARY, "§9.2"),
                        edge(Q2_DESIRED_CHANGE, "STYLE_TONE_FORMAT", is(change, DesiredChange.STYLE_TONE_FORMAT),
                                BEHAVIOUR_PROMPTING_EXHAUSTED, sft, "§9.3"),
                        edge(Q2_DESIRED_CHANGE, "TASK_SKILL", is(change, DesiredChange.TASK_SKILL),
                                BEHAVIOUR_PROMPTING_EXHAUSTED, sft, "§9.3"),
                        edge(Q2_DESIRED_CHANGE, "DEEP_KNOWLEDGE", is(change, DesiredChange.DEEP_KNOWLEDGE),
                                Q3_LABELED_EXAMPLES, tree, "§9.4")),
                // 3a. advanced prompting first: unless it demonstrably fell short → prompting
                question(BEHAVIOUR_PROMPTING_EXHAUSTED, first, RulesetDsl.fieldsOf(exhausted),
                        edge(BEHAVIOUR_PROMPTING_EXHAUSTED, "YES", exhausted, BEHAVIOUR_LABELED_EXAMPLES, first,
                                "§9.3a"),
                        edge(BEHAVIOUR_PROMPTING_EXHAUSTED, DecisionTree.UNKNOWN, unknown(exhausted),
                                PROMPT_TRY_PROMPTING, first, "§9.3a"),
                        edge(BEHAVIOUR_PROMPTING_EXHAUSTED, "NO", otherwise(), PROMPT_TRY_PROMPTING, first, "§9.3a")),
                // 3b. fewer than 1,000 examples, or unknown → prompting (SFT cons: "needs 1,000–100,000+ examples")
                question(BEHAVIOUR_LABELED_EXAMPLES, sft, reads(count),
                        edge(BEHAVIOUR_LABELED_EXAMPLES, "NO", below(count, behaviourExamples), PROMPT_FEW_EXAMPLES,
                                sft, "§9.3b"),
                        edge(BEHAVIOUR_LABELED_EXAMPLES, "YES", Criterion.LABELED_EXAMPLES_1K.condition(),
                                BEHAVIOUR_GATE_ML_EXPERTISE, sft, "§9.3b"),
                        edge(BEHAVIOUR_LABELED_EXAMPLES, DecisionTree.UNKNOWN, otherwise(), PROMPT_FEW_EXAMPLES, sft,
                                "§9.3b")),
                // 3c. the gate; nothing to retrieve on this path, so its fallback is better prompts, not RAG
                question(BEHAVIOUR_GATE_ML_EXPERTISE, gate, reads(expertise),
                        edge(BEHAVIOUR_GATE_ML_EXPERTISE, "NO", is(expertise, MlExpertise.NONE),
                                PROMPT_NO_ML_EXPERTISE, gate, "§9.3c"),
                        edge(BEHAVIOUR_GATE_ML_EXPERTISE, "YES", Criterion.ML_EXPERTISE_AVAILABLE.condition(),
                                BEHAVIOUR_GATE_BUDGET, gate, "§9.3c"),
                        edge(BEHAVIOUR_GATE_ML_EXPERTISE, DecisionTree.UNKNOWN, otherwise(), PROMPT_NO_ML_EXPERTISE,
                                gate, "§9.3c")),
                question(BEHAVIOUR_GATE_BUDGET, gate, reads(budget),
                        edge(BEHAVIOUR_GATE_BUDGET, "NO", below(budget, Ruleset.GATE_BUDGET_USD), PROMPT_LOW_BUDGET,
                                gate, "§9.3c"),
                        edge(BEHAVIOUR_GATE_BUDGET, "YES", Criterion.BUDGET_10K.condition(), BEHAVIOUR_ML_TEAM, gate,
                                "§9.3c"),
                        edge(BEHAVIOUR_GATE_BUDGET, DecisionTree.UNKNOWN, otherwise(), PROMPT_LOW_BUDGET, gate,
                                "§9.3c")),
                // 3d. can hire → hire first; 3e. in-house → train (every behaviour SFT criterion holds by now)
                question(BEHAVIOUR_ML_TEAM, tree, reads(expertise),
                        edge(BEHAVIOUR_ML_TEAM, "NO", is(expertise, MlExpertise.CAN_HIRE), BEHAVIOUR_HIRE_ML_ENGINEER,
                                tree, "§9.3d"),
                        edge(BEHAVIOUR_ML_TEAM, "YES", is(expertise, MlExpertise.IN_HOUSE), BEHAVIOUR_TRAINING, sft,
                                "§9.3e")),
                // 4. knowledge: fewer than 10,000 examples, or unknown → RAG
                question(Q3_LABELED_EXAMPLES, tree, reads(count),
                        edge(Q3_LABELED_EXAMPLES, "NO", below(count, examples), RAG_FEW_EXAMPLES, tree, "§9.4"),
                        edge(Q3_LABELED_EXAMPLES, "YES", Criterion.LABELED_EXAMPLES_10K.condition(), GATE_ML_EXPERTISE,
                                tree, "§9.4"),
                        edge(Q3_LABELED_EXAMPLES, DecisionTree.UNKNOWN, otherwise(), RAG_FEW_EXAMPLES, tree, "§9.4")),
                // 5. the gate: NONE or unknown expertise, or less than $10,000 or unknown → RAG
                question(GATE_ML_EXPERTISE, gate, reads(expertise),
                        edge(GATE_ML_EXPERTISE, "NO", is(expertise, MlExpertise.NONE), RAG_NO_ML_EXPERTISE, gate, "§9.5"),
                        edge(GATE_ML_EXPERTISE, "YES", Criterion.ML_EXPERTISE_AVAILABLE.condition(), GATE_BUDGET, gate,
                                "§9.5"),
                        edge(GATE_ML_EXPERTISE, DecisionTree.UNKNOWN, otherwise(), RAG_NO_ML_EXPERTISE, gate, "§9.5")),
                question(GATE_BUDGET, gate, reads(budget),
                        edge(GATE_BUDGET, "NO", below(budget, Ruleset.GATE_BUDGET_USD), RAG_LOW_BUDGET, gate, "§9.5"),
                        edge(GATE_BUDGET, "YES", Criterion.BUDGET_10K.condition(), Q4_ML_TEAM, gate, "§9.5"),
                        edge(GATE_BUDGET, DecisionTree.UNKNOWN, otherwise(), RAG_LOW_BUDGET, gate, "§9.5")),
                // 6. can hire → hire; 7. in-house → the knowledge SFT or the PEFT checklist decides
                question(Q4_ML_TEAM, tree, reads(expertise),
                        edge(Q4_ML_TEAM, "NO", is(expertise, MlExpertise.CAN_HIRE), HIRE_ML_ENGINEER, tree, "§9.6"),
                        edge(Q4_ML_TEAM, "YES", is(expertise, MlExpertise.IN_HOUSE), METHOD_CHECKLISTS, tree, "§9.7")),
                question(METHOD_CHECKLISTS, GuideSection.WHEN_TRAINING_MAKES_SENSE,
                        RulesetDsl.fieldsOf(SFT_KNOWLEDGE.condition(), Checklist.PEFT.condition()),
                        edge(METHOD_CHECKLISTS, "SFT_MET", SFT_KNOWLEDGE.condition(), TRAINING,
                                GuideSection.SFT_CHECKLIST, "§9.7"),
                        edge(METHOD_CHECKLISTS, "PEFT_MET", Checklist.PEFT.condition(), TRAINING,
                                GuideSection.PEFT_CHECKLIST, "§9.7"),
                        edge(METHOD_CHECKLISTS, "NONE_MET", otherwise(), RAG_EXHAUST_FIRST,
                                GuideSection.WHEN_TRAINING_MAKES_SENSE, "§9.7")),
                outcome(RAG_PRIVATE_DATA, Approach.RAG, GuideSection.WHY_RAG),
                outcome(PROMPT_NO_CHANGE, Approach.PROMPT_ENGINEERING, GuideSection.SUMMARY),
                outcome(PROMPT_TRY_PROMPTING, Approach.PROMPT_ENGINEERING, first),
                outcome(PROMPT_FEW_EXAMPLES, Approach.PROMPT_ENGINEERING, sft),
                outcome(PROMPT_NO_ML_EXPERTISE, Approach.PROMPT_ENGINEERING, gate),
                outcome(PROMPT_LOW_BUDGET, Approach.PROMPT_ENGINEERING, gate),
                outcome(BEHAVIOUR_HIRE_ML_ENGINEER, Approach.HIRE_ML_ENGINEER, tree),
                outcome(BEHAVIOUR_TRAINING, Approach.TRAINING, sft),
                outcome(RAG_FEW_EXAMPLES, Approach.RAG, tree),
                outcome(RAG_NO_ML_EXPERTISE, Approach.RAG, gate),
                outcome(RAG_LOW_BUDGET, Approach.RAG, gate),
                outcome(HIRE_ML_ENGINEER, Approach.HIRE_ML_ENGINEER, tree),
                outcome(TRAINING, Approach.TRAINING, GuideSection.WHEN_TRAINING_MAKES_SENSE),
                outcome(RAG_EXHAUST_FIRST, Approach.RAG, GuideSection.SUMMARY)));

        Condition knowledge = is(change, DesiredChange.DEEP_KNOWLEDGE);
        return new RuleBook(RulesetId.TWO, Ruleset.VERSION_2, decisionTree,
                Set.of(),
                List.of(SFT_KNOWLEDGE, SFT_BEHAVIOUR, RLHF, Checklist.PEFT.spec()),
                List.of(new GateSpec(Criterion.GATE, List.of(GATE_ML_EXPERTISE), knowledge),
                        new GateSpec(List.of(Criterion.LABELED_EXAMPLES_1K, Criterion.BUDGET_10K,
                                Criterion.ML_EXPERTISE_AVAILABLE), List.of(BEHAVIOUR_GATE_ML_EXPERTISE), otherwise())),
                List.of(
                        new WarningRule(WarningId.EXAMPLES_THRESHOLD_CONFLICT, List.of(Q3_LABELED_EXAMPLES),
                                RulesetDsl.examplesConflict(), "warning.ruleset2.EXAMPLES_THRESHOLD_CONFLICT"),
                        new WarningRule(WarningId.ML_EXPERTISE_GATE_VS_TREE,
                                List.of(GATE_ML_EXPERTISE, BEHAVIOUR_GATE_ML_EXPERTISE),
                                oneOf(expertise, MlExpertise.NONE, MlExpertise.CAN_HIRE),
                                "warning.ruleset2.ML_EXPERTISE_GATE_VS_TREE")),
                List.of(MethodId.SFT, MethodId.PEFT),
                Optional.of(RulesetId.ONE),
                List.of(
                        new RulesetChange("PRIVATE_DATA_AS_TASK_INPUT", "§9.1", List.of(GuideSection.WHY_RAG)),
                        new RulesetChange("BEHAVIOUR_PATH", "§9.3",
                                List.of(GuideSection.SFT_OVERVIEW, GuideSection.WHAT_TO_DO_FIRST)),
                        new RulesetChange("RAG_NOT_ENOUGH_MEASURED", "§9.7",
                                List.of(GuideSection.BUILDING_AI_PRODUCTS, GuideSection.SFT_CHECKLIST)),
                        new RulesetChange("UNKNOWN_ANSWERS", "§9.4", List.of(GuideSection.GOLDEN_RULE))));
    }
}
