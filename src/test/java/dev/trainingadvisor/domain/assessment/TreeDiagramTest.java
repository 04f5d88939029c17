package dev.trainingadvisor.domain.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.assessment.DecisionTree.NodeId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TreeDiagramTest {
    private final DecisionTree tree = DecisionTree.ruleset();
    /** Ruleset 1's nodes (NodeId also holds ruleset 2's, which its tree does not use). */
    private static final List<NodeId> RULESET_ONE_NODES = List.of(NodeId.Q1_PRIVATE_DATA, NodeId.Q2_DESIRED_CHANGE,
            NodeId.Q3_LABELED_EXAMPLES, NodeId.GATE_ML_EXPERTISE, NodeId.GATE_BUDGET, NodeId.Q4_ML_TEAM,
            NodeId.METHOD_CHECKLISTS, NodeId.RAG_PRIVATE_DATA, NodeId.PROMPT_STYLE, NodeId.PROMPT_NO_CHANGE,
            NodeId.RAG_FEW_EXAMPLES, NodeId.RAG_NO_ML_EXPERTISE, NodeId.RAG_LOW_BUDGET, NodeId.HIRE_ML_ENGINEER,
            NodeId.TRAINING, NodeId.RAG_EXHAUST_FIRST);

    @Test
    void viewHasEveryNodeAndEveryBranchWithItsCondition() {
        TreeDiagram.View view = TreeDiagram.view(tree, Language.EN);
        assertEquals(RULESET_ONE_NODES, view.nodes().stream().map(TreeDiagram.NodeView::id).toList());
        assertEquals(tree.edges().size(), view.edges().size());
        assertEquals(NodeId.Q1_PRIVATE_DATA, view.root());
        TreeDiagram.EdgeView examples = view.edges().stream()
                .filter(e -> e.from() == NodeId.Q3_LABELED_EXAMPLES && e.answer().equals("YES")).findFirst().orElseThrow();
        assertEquals("labeledExamples >= 10000", examples.condition());
        TreeDiagram.NodeView hire = view.nodes().stream().filter(n -> n.id() == NodeId.HIRE_ML_ENGINEER)
                .findFirst().orElseThrow();
        assertEquals(Optional.of(Approach.HIRE_ML_ENGINEER), hire.approach());
        assertEquals(TreeDiagram.Kind.OUTCOME, hire.kind());
    }

    @Test
    void everyOutcomeCanBeReachedFromTheRoot() {
        for (NodeId id : NodeId.values()) {
            if (tree.node(id) instanceof DecisionTree.Outcome) {
                assertTrue(tree.edges().stream().anyMatch(e -> e.to() == id), id.name());
            }
        }
    }

    @Test
    void mermaidDrawsEveryNodeAndBranchAndNoPathWithoutAnAssessment() {
        String mermaid = TreeDiagram.mermaid(tree, Language.EN);
        assertTrue(mermaid.startsWith("flowchart TD\n"));
        for (NodeId id : RULESET_ONE_NODES) {
            assertTrue(mermaid.contains("    " + id + (tree.node(id) instanceof DecisionTree.Question ? "{" : "[")), id.name());
        }
        assertEquals(tree.edges().size() + 1, mermaid.lines().filter(l -> l.contains("-->")).count());
        assertFalse(mermaid.contains("linkStyle"));
    }

    @Test
    void assessmentsPathIsDrawnInBold() {
        Assessment assessment = new Advisor().assess(Profiles.pastTheGate().labeledExamples(9_999).build(), Language.ZH);
        String mermaid = TreeDiagram.mermaid(tree, Language.ZH, assessment.decisionPath());
        // START→Q1 is link 0, Q1 NO is link 2, Q2 DEEP_KNOWLEDGE is 5, Q3 NO is 6.
        assertTrue(mermaid.contains("    linkStyle 0,2,5,6 "), mermaid);
        for (NodeId node : List.of(NodeId.Q1_PRIVATE_DATA, NodeId.Q2_DESIRED_CHANGE, NodeId.Q3_LABELED_EXAMPLES,
                NodeId.RAG_FEW_EXAMPLES)) {
            assertTrue(mermaid.contains("    style " + node + " "), node.name());
        }
        assertFalse(mermaid.contains("    style " + NodeId.GATE_BUDGET + " "));
        assertTrue(mermaid.contains("仍然使用 RAG"));
    }

    @Test
    void quotesInLabelsAreEscaped() {
        String mermaid = TreeDiagram.mermaid(tree, Language.EN);
        mermaid.lines().filter(l -> l.contains("[\"") || l.contains("{\"")).forEach(line -> {
            String inner = line.substring(line.indexOf('"') + 1, line.lastIndexOf('"'));
            assertFalse(inner.contains("\""), line);
        });
    }
}
