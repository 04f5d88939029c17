package dev.trainingadvisor.domain.assessment;

import java.util.List;

/**
 * When a ruleset raises one of the guide's contradictions (ADVISOR-RULES §8): the walk asked one of {@code asked} and
 * {@code when} is MET. {@code textKey} is the ruleset's wording of how it resolves the contradiction.
 */
public record WarningRule(WarningId id, List<DecisionTree.NodeId> asked, Condition when, String textKey) {
    public WarningRule {
        asked = List.copyOf(asked);
    }

    public boolean appliesTo(Profile profile, DecisionTree.Walk walk) {
        for (DecisionTree.NodeId node : asked) {
            if (walk.passedThrough(node)) {
                return when.evaluate(profile) == Status.MET;
            }
        }
        return false;
    }
}
