package dev.trainingadvisor.domain.assessment;

import java.util.List;

/**
 * The golden-rule gate as a ruleset asks it: its questions, the tree nodes that ask it (the gate is "reached" when the
 * walk passes through one), and when this variant applies (ruleset 2 asks 1,000 examples on the behaviour path).
 */
public record GateSpec(List<Criterion> questions, List<DecisionTree.NodeId> nodes, Condition appliesWhen) {
    public GateSpec {
        questions = List.copyOf(questions);
        nodes = List.copyOf(nodes);
    }
}
