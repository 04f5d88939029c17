package dev.trainingadvisor.domain.assessment;

import static dev.trainingadvisor.domain.assessment.Conditions.below;
import static dev.trainingadvisor.domain.assessment.Conditions.is;
import static dev.trainingadvisor.domain.assessment.RulesetDsl.edge;
import static dev.trainingadvisor.domain.assessment.RulesetDsl.outcome;
import static dev.trainingadvisor.domain.assessment.RulesetDsl.question;
import static dev.trainingadvisor.domain.assessment.RulesetDsl.reads;

import dev.trainingadvisor.domain.GuideSection;
import dev.trainingadvisor.domain.assessment.DecisionTree.NodeId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A deliberately broken rule book, kept so that {@link RuleBookCheck}'s failure is itself tested: ruleset 2's first
 * steps with the mistakes a hand edit could make. Q2 forgets TASK_SKILL; Q3 has no branch for an unknown count and
 * asks "below 1,000" after "below 10,000", which always holds first (an overlap to another outcome, and a branch never
 * taken); the budget question asks "below $10,000" and then "below $5,000" the same way, and forgets the budget at and
 * above $10,000 and the unknown one; its only gate variant applies to DEEP_KNOWLEDGE alone.
 */
final class BrokenRuleBook {
    private BrokenRuleBook() {
    }

    static RuleBook define() {
        GuideSection tree = GuideSection.DECISION_TREE;
        ProfileField change = ProfileField.DESIRED_CHANGE;
        ProfileField count = ProfileField.LABELED_EXAMPLES;
        ProfileField budget = ProfileField.TRAINING_BUDGET_USD;
        DecisionTree decisionTree = new DecisionTree("broken", NodeId.Q1_PRIVATE_DATA, List.of(
                question(NodeId.Q1_PRIVATE_DATA, tree, reads(ProfileField.USES_PRIVATE_DATA),
                        edge(NodeId.Q1_PRIVATE_DATA, "YES", is(ProfileField.USES_PRIVATE_DATA, true),
                                NodeId.RAG_PRIVATE_DATA, tree, "§9.1"),
                        edge(NodeId.Q1_PRIVATE_DATA, "NO", is(ProfileField.USES_PRIVATE_DATA, false),
                                NodeId.Q2_DESIRED_CHANGE, tree, "§9.1")),
                question(NodeId.Q2_DESIRED_CHANGE, tree, reads(change),
                        edge(NodeId.Q2_DESIRED_CHANGE, "NONE", is(change, DesiredChange.NONE), NodeId.PROMPT_NO_CHANGE,
                                tree, "§9.2"),
                        edge(NodeId.Q2_DESIRED_CHANGE, "STYLE_TONE_FORMAT", is(change, DesiredChange.STYLE_TONE_FORMAT),
                                NodeId.PROMPT_STYLE, tree, "§9.3"),
                        edge(NodeId.Q2_DESIRED_CHANGE, "DEEP_KNOWLEDGE", is(change, DesiredChange.DEEP_KNOWLEDGE),
                                NodeId.Q3_LABELED_EXAMPLES, tree, "§9.4")),
                question(NodeId.Q3_LABELED_EXAMPLES, tree, reads(count),
                        edge(NodeId.Q3_LABELED_EXAMPLES, "NO", below(count, new BigDecimal("10000")),
                                NodeId.RAG_FEW_EXAMPLES, tree, "§9.4"),
                        edge(NodeId.Q3_LABELED_EXAMPLES, "FEWER_THAN_1000", below(count, new BigDecimal("1000")),
                                NodeId.PROMPT_FEW_EXAMPLES, tree, "§9.4"),
                        edge(NodeId.Q3_LABELED_EXAMPLES, "YES", Criterion.LABELED_EXAMPLES_10K.condition(),
                                NodeId.GATE_BUDGET, tree, "§9.4")),
                question(NodeId.GATE_BUDGET, tree, reads(budget),
                        edge(NodeId.GATE_BUDGET, "NO", below(budget, new BigDecimal("10000")), NodeId.RAG_LOW_BUDGET,
                                tree, "§9.5"),
                        edge(NodeId.GATE_BUDGET, "VERY_LOW", below(budget, new BigDecimal("5000")),
                                NodeId.PROMPT_LOW_BUDGET, tree, "§9.5")),
                outcome(NodeId.RAG_PRIVATE_DATA, Approach.RAG, tree),
                outcome(NodeId.PROMPT_NO_CHANGE, Approach.PROMPT_ENGINEERING, tree),
                outcome(NodeId.PROMPT_STYLE, Approach.PROMPT_ENGINEERING, tree),
                outcome(NodeId.PROMPT_FEW_EXAMPLES, Approach.PROMPT_ENGINEERING, tree),
                outcome(NodeId.PROMPT_LOW_BUDGET, Approach.PROMPT_ENGINEERING, tree),
                outcome(NodeId.RAG_FEW_EXAMPLES, Approach.RAG, tree),
                outcome(NodeId.RAG_LOW_BUDGET, Approach.RAG, tree)));
        return new RuleBook(RulesetId.TWO, "broken", decisionTree, Set.of(), List.of(),
                List.of(new GateSpec(Criterion.GATE, List.of(NodeId.GATE_BUDGET),
                        is(change, DesiredChange.DEEP_KNOWLEDGE))),
                List.of(), List.of(), Optional.empty(), List.of());
    }
}
