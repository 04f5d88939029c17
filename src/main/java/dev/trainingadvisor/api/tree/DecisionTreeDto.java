package dev.trainingadvisor.api.tree;

import dev.trainingadvisor.api.common.GuideSectionDto;
import dev.trainingadvisor.domain.assessment.Approach;
import dev.trainingadvisor.domain.assessment.DecisionTree.NodeId;
import dev.trainingadvisor.domain.assessment.ProfileField;
import dev.trainingadvisor.domain.assessment.TreeDiagram;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The guide's decision tree as a ruleset reads it. */
@Schema(name = "DecisionTree", description = "The decision tree of a ruleset: questions whose branches lead to "
        + "further questions or to an outcome. The first branch whose condition holds is taken.")
public record DecisionTreeDto(
        @Schema(required = true, description = "The ruleset: 1 or 2.", minimum = "1", maximum = "2") int ruleset,
        @Schema(required = true) String rulesetVersion,
        @Schema(required = true, description = "The first question.") NodeId root,
        @Schema(required = true) List<Node> nodes,
        @Schema(required = true) List<Edge> edges) {

    @Schema(name = "DecisionTreeNode", description = "A question, or an outcome with its approach.")
    public record Node(
            @Schema(required = true) NodeId id,
            @Schema(required = true) TreeDiagram.Kind kind,
            @Schema(required = true, description = "The question, or the outcome's name, for people.") String label,
            @Schema(required = true, nullable = true, description = "The outcome's approach; null for questions.")
            Approach approach,
            @Schema(required = true, description = "Request fields a question reads (empty for outcomes).")
            List<String> fields,
            @Schema(required = true) GuideSectionDto guideSection) {
    }

    @Schema(name = "DecisionTreeEdge", description = "A branch from a question.")
    public record Edge(
            @Schema(required = true) NodeId from,
            @Schema(required = true) NodeId to,
            @Schema(required = true, description = "The answer's stable code.") String answer,
            @Schema(required = true, description = "The answer, for people.") String label,
            @Schema(required = true, description = "When the branch is taken, over request fields.",
                    examples = "labeledExamples >= 10000") String condition,
            @Schema(required = true) GuideSectionDto guideSection,
            @Schema(required = true, description = "The rule of ADVISOR-RULES the branch states.", examples = "§9.3b")
            String step) {
    }

    public static DecisionTreeDto of(int ruleset, TreeDiagram.View view) {
        return new DecisionTreeDto(ruleset, view.rulesetVersion(), view.root(),
                view.nodes().stream().map(n -> new Node(n.id(), n.kind(), n.label(), n.approach().orElse(null),
                        n.fields().stream().map(ProfileField::fieldName).toList(), GuideSectionDto.of(n.source())))
                        .toList(),
                view.edges().stream().map(e -> new Edge(e.from(), e.to(), e.answer(), e.label(), e.condition(),
                        GuideSectionDto.of(e.source()), e.step())).toList());
    }
}
