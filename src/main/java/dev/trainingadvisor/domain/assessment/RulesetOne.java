package dev.trainingadvisor.domain.assessment;

import static dev.trainingadvisor.domain.assessment.Conditions.below;
import static dev.trainingadvisor.domain.assessment.Conditions.is;
import static dev.trainingadvisor.domain.assessment.Conditions.oneOf;
import static dev.trainingadvisor.domain.assessment.Conditions.otherwise;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.GATE_BUDGET;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.GATE_ML_EXPERTISE;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.HIRE_ML_ENGINEER;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.METHOD_CHECKLISTS;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.PROMPT_NO_CHANGE;
import static dev.trainingadvisor.domain.assessment.DecisionTree.NodeId.PROMPT_STYLE;
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
 * Ruleset 1, ADVISOR-RULES §3: the guide's decision tree exactly as drawn, with the golden-rule gate before any
 * training and the method checklists at the end. Read top to bottom it is §3, rule by rule; each branch names the
 * rule it states ({@code §3.n}) and the guide section behind it.
 */
final class RulesetOne {
    private RulesetOne() {
    }

    static RuleBook define() {
        BigDecimal examples = BigDecimal.valueOf(Ruleset.TRAINING_EXAMPLES);
        ProfileField privateData = ProfileField.USES_PRIVATE_DATA;
        ProfileField change = ProfileField.DESIRED_CHANGE;
        ProfileField count = ProfileField.LABELED_EXAMPLES;
        ProfileField expertise = ProfileField.ML_EXPERTISE;
        ProfileField budget = ProfileField.TRAINING_BUDGET_USD;
        GuideSection tree = GuideSection.DECISION_TREE;
        GuideSection gate = GuideSection.GOLDEN_RULE;

        // TASK_SKILL is ruleset 2's; ruleset 1 reads it as the tree's style/tone/format branch (§9).
        List<Reading> readings = List.of(new Reading(change, new FieldValue.Choice(DesiredChange.TASK_SKILL),
                new FieldValue.Choice(DesiredChange.STYLE_TONE_FORMAT)));
        DecisionTree decisionTree = new DecisionTree(Ruleset.VERSION, readings, Q1_PRIVATE_DATA, List.of(
                // 1. private data → RAG
                question(Q1_PRIVATE_DATA, tree, reads(privateData),
                        edge(Q1_PRIVATE_DATA, "YES", is(privateData, true), RAG_PRIVATE_DATA, tree, "§3.1"),
                        edge(Q1_PRIVATE_DATA, "NO", is(privateData, false), Q2_DESIRED_CHANGE, tree, "§3.1")),
                // 2. style → prompting; 3. nothing to change → prompting (golden rule); 4. deep knowledge → examples?
                question(Q2_DESIRED_CHANGE, tree, reads(change),
                        edge(Q2_DESIRED_CHANGE, "STYLE_TONE_FORMAT", is(change, DesiredChange.STYLE_TONE_FORMAT),
                                PROMPT_STYLE, tree, "§3.2"),
                        edge(Q2_DESIRED_CHANGE, "NONE", is(change, DesiredChange.NONE), PROMPT_NO_CHANGE,
                                GuideSection.SUMMARY, "§3.3"),
                        edge(Q2_DESIRED_CHANGE, "DEEP_KNOWLEDGE", is(change, DesiredChange.DEEP_KNOWLEDGE),
                                Q3_LABELED_EXAMPLES, tree, "§3.4")),
                // 4. fewer than 10,000 labeled examples → still RAG
                question(Q3_LABELED_EXAMPLES, tree, reads(count),
                        edge(Q3_LABELED_EXAMPLES, "NO", below(count, examples), RAG_FEW_EXAMPLES, tree, "§3.4"),
                        edge(Q3_LABELED_EXAMPLES, "YES", Criterion.LABELED_EXAMPLES_10K.condition(), GATE_ML_EXPERTISE,
                                tree, "§3.4")),
                // 5. the golden-rule gate: no ML expertise at all → RAG; less than $10,000 → RAG
                question(GATE_ML_EXPERTISE, gate, reads(expertise),
                        edge(GATE_ML_EXPERTISE, "NO", is(expertise, MlExpertise.NONE), RAG_NO_ML_EXPERTISE, gate, "§3.5"),
                        edge(GATE_ML_EXPERTISE, "YES", Criterion.ML_EXPERTISE_AVAILABLE.condition(), GATE_BUDGET, gate,
                                "§3.5")),
                question(GATE_BUDGET, gate, reads(budget),
                        edge(GATE_BUDGET, "NO", below(budget, Ruleset.GATE_BUDGET_USD), RAG_LOW_BUDGET, gate, "§3.5"),
                        edge(GATE_BUDGET, "YES", Criterion.BUDGET_10K.condition(), Q4_ML_TEAM, gate, "§3.5")),
                // 6. can hire → hire first; 7. in-house → the method checklists
                question(Q4_ML_TEAM, tree, reads(expertise),
                        edge(Q4_ML_TEAM, "NO", is(expertise, MlExpertise.CAN_HIRE), HIRE_ML_ENGINEER, tree, "§3.6"),
                        edge(Q4_ML_TEAM, "YES", is(expertise, MlExpertise.IN_HOUSE), METHOD_CHECKLISTS, tree, "§3.7")),
                // 7. TRAINING only when the SFT or the PEFT checklist is fully met; otherwise exhaust RAG first
                question(METHOD_CHECKLISTS, GuideSection.WHEN_TRAINING_MAKES_SENSE,
                        RulesetDsl.fieldsOf(Checklist.SFT.condition(), Checklist.PEFT.condition()),
                        edge(METHOD_CHECKLISTS, "SFT_MET", Checklist.SFT.condition(), TRAINING,
                                GuideSection.SFT_CHECKLIST, "§3.7"),
                        edge(METHOD_CHECKLISTS, "PEFT_MET", Checklist.PEFT.condition(), TRAINING,
                                GuideSection.PEFT_CHECKLIST, "§3.7"),
                        edge(METHOD_CHECKLISTS, "NONE_MET", otherwise(), RAG_EXHAUST_FIRST,
                                GuideSection.WHEN_TRAINING_MAKES_SENSE, "§3.7")),
                outcome(RAG_PRIVATE_DATA, Approach.RAG, tree),
                outcome(PROMPT_STYLE, Approach.PROMPT_ENGINEERING, tree),
                outcome(PROMPT_NO_CHANGE, Approach.PROMPT_ENGINEERING, GuideSection.SUMMARY),
                outcome(RAG_FEW_EXAMPLES, Approach.RAG, tree),
                outcome(RAG_NO_ML_EXPERTISE, Approach.RAG, gate),
                outcome(RAG_LOW_BUDGET, Approach.RAG, gate),
                outcome(HIRE_ML_ENGINEER, Approach.HIRE_ML_ENGINEER, tree),
                outcome(TRAINING, Approach.TRAINING, GuideSection.WHEN_TRAINING_MAKES_SENSE),
                outcome(RAG_EXHAUST_FIRST, Approach.RAG, GuideSection.SUMMARY)));

        return new RuleBook(RulesetId.ONE, Ruleset.VERSION, decisionTree,
                Set.of(ProfileField.LABELED_EXAMPLES, ProfileField.ML_EXPERTISE, ProfileField.TRAINING_BUDGET_USD),
                List.of(Checklist.SFT.spec(), Checklist.RLHF.spec(), Checklist.PEFT.spec()),
                List.of(new GateSpec(Criterion.GATE, List.of(GATE_ML_EXPERTISE), otherwise())),
                List.of(
                        new WarningRule(WarningId.EXAMPLES_THRESHOLD_CONFLICT, List.of(Q3_LABELED_EXAMPLES),
                                RulesetDsl.examplesConflict(), WarningId.EXAMPLES_THRESHOLD_CONFLICT.textKey()),
                        new WarningRule(WarningId.STYLE_FINE_TUNING_CONFLICT, List.of(Q2_DESIRED_CHANGE),
                                is(change, DesiredChange.STYLE_TONE_FORMAT),
                                WarningId.STYLE_FINE_TUNING_CONFLICT.textKey()),
                        new WarningRule(WarningId.ML_EXPERTISE_GATE_VS_TREE, List.of(GATE_ML_EXPERTISE),
                                oneOf(expertise, MlExpertise.NONE, MlExpertise.CAN_HIRE),
                                WarningId.ML_EXPERTISE_GATE_VS_TREE.textKey())),
                List.of(MethodId.SFT, MethodId.PEFT),
                Optional.empty(),
                List.of());
    }
}
