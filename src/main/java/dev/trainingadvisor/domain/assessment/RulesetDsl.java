package dev.trainingadvisor.domain.assessment;

import static dev.trainingadvisor.domain.assessment.Conditions.atLeast;
import static dev.trainingadvisor.domain.assessment.Conditions.below;

import dev.trainingadvisor.domain.GuideSection;
import dev.trainingadvisor.domain.assessment.Condition.FieldCondition;
import dev.trainingadvisor.domain.assessment.DecisionTree.Edge;
import dev.trainingadvisor.domain.assessment.DecisionTree.NodeId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The words a ruleset definition is written in: questions, branches, outcomes. */
final class RulesetDsl {
    private RulesetDsl() {
    }

    static DecisionTree.Question question(NodeId id, GuideSection source, List<ProfileField> reads, Edge... edges) {
        return new DecisionTree.Question(id, reads, List.of(edges), source);
    }

    static Edge edge(NodeId from, String answer, Condition when, NodeId to, GuideSection source, String step) {
        return new Edge(from, answer, when, to, source, step);
    }

    static DecisionTree.Outcome outcome(NodeId id, Approach approach, GuideSection source) {
        return new DecisionTree.Outcome(id, approach, source);
    }

    static List<ProfileField> reads(ProfileField... fields) {
        return List.of(fields);
    }

    /** The fields the conditions read, each once, in the order they are first met. */
    static List<ProfileField> fieldsOf(Condition... conditions) {
        LinkedHashSet<ProfileField> fields = new LinkedHashSet<>();
        for (Condition condition : conditions) {
            for (FieldCondition part : condition.parts()) {
                fields.add(part.field());
            }
        }
        return new ArrayList<>(fields);
    }

    /** §8: the SFT page's "hundreds to thousands" against the overview's 10,000+. */
    static Condition examplesConflict() {
        return new Condition.AllOf(List.of(
                atLeast(ProfileField.LABELED_EXAMPLES, BigDecimal.valueOf(Ruleset.SFT_PAGE_MIN_EXAMPLES)),
                below(ProfileField.LABELED_EXAMPLES, BigDecimal.valueOf(Ruleset.TRAINING_EXAMPLES))));
    }
}
