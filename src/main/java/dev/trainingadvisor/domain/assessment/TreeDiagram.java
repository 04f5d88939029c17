package dev.trainingadvisor.domain.assessment;

import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.Texts;
import dev.trainingadvisor.domain.assessment.Assessment.SectionRef;
import dev.trainingadvisor.domain.assessment.DecisionTree.NodeId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The decision tree for people and programs: as nodes and edges, and as Mermaid flowchart source. */
public final class TreeDiagram {
    private static final String START = "START";
    private static final String TAKEN_STYLE = "stroke:#0b5cad,stroke-width:4px";

    private TreeDiagram() {
    }

    public enum Kind { QUESTION, OUTCOME }

    /** A node: a question with the fields it reads, or an outcome with its approach. */
    public record NodeView(NodeId id, Kind kind, String label, Optional<Approach> approach, List<ProfileField> fields,
                           SectionRef source) {
        public NodeView {
            fields = List.copyOf(fields);
        }
    }

    /** A branch, with its condition in the language-neutral form and the rule of the spec it states. */
    public record EdgeView(NodeId from, NodeId to, String answer, String label, String condition, SectionRef source,
                           String step) {
    }

    public record View(String rulesetVersion, NodeId root, List<NodeView> nodes, List<EdgeView> edges) {
        public View {
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
        }
    }

    public static View view(DecisionTree tree, Language language) {
        Texts texts = Texts.in(language);
        List<NodeView> nodes = new ArrayList<>();
        for (DecisionTree.Node node : tree.nodes()) {
            SectionRef source = Wording.section(node.source(), texts);
            String label = texts.get(node.id().textKey());
            if (node instanceof DecisionTree.Question question) {
                nodes.add(new NodeView(node.id(), Kind.QUESTION, label, Optional.empty(), question.reads(), source));
            } else {
                Approach approach = ((DecisionTree.Outcome) node).approach();
                nodes.add(new NodeView(node.id(), Kind.OUTCOME, label, Optional.of(approach), List.of(), source));
            }
        }
        List<EdgeView> edges = new ArrayList<>();
        for (DecisionTree.Edge edge : tree.edges()) {
            edges.add(new EdgeView(edge.from(), edge.to(), edge.answer(), texts.get(edge.labelKey()),
                    edge.when().describe(), Wording.section(edge.source(), texts), edge.step()));
        }
        return new View(tree.rulesetVersion(), tree.root(), nodes, edges);
    }

    /** The whole tree, coloured as the guide colours it. */
    public static String mermaid(DecisionTree tree, Language language) {
        return render(tree, Texts.in(language), List.of());
    }

    /** The tree with the route an assessment took drawn in bold: the path's questions and its outcome. */
    public static String mermaid(DecisionTree tree, Language language, List<Assessment.PathStep> path) {
        return render(tree, Texts.in(language), path);
    }

    private static String render(DecisionTree tree, Texts texts, List<Assessment.PathStep> path) {
        Set<NodeId> takenNodes = EnumSet.noneOf(NodeId.class);
        List<String> takenEdges = new ArrayList<>();
        for (Assessment.PathStep step : path) {
            takenNodes.add(step.node());
            takenNodes.add(step.next());
            takenEdges.add(step.node() + ">" + step.answer());
        }
        StringBuilder out = new StringBuilder(4096);
        out.append("flowchart TD\n");
        out.append("    ").append(START).append("([\"").append(escape(texts.get("tree.start"))).append("\"])\n");
        for (DecisionTree.Node node : tree.nodes()) {
            String label = escape(texts.get(node.id().textKey()));
            out.append("    ").append(node.id());
            if (node instanceof DecisionTree.Question) {
                out.append("{\"").append(label).append("\"}\n");
            } else {
                out.append("[\"").append(label).append("\"]\n");
            }
        }
        List<Integer> boldLinks = new ArrayList<>();
        out.append("    ").append(START).append(" --> ").append(tree.root()).append('\n');
        if (!path.isEmpty()) {
            boldLinks.add(0);
        }
        int link = 1;
        for (DecisionTree.Edge edge : tree.edges()) {
            out.append("    ").append(edge.from()).append(" -->|\"").append(escape(texts.get(edge.labelKey())))
                    .append("\"| ").append(edge.to()).append('\n');
            if (takenEdges.contains(edge.from() + ">" + edge.answer())) {
                boldLinks.add(link);
            }
            link++;
        }
        out.append("    classDef rag fill:#d4edda,stroke:#5b8c66\n");
        out.append("    classDef prompt fill:#d4edda,stroke:#5b8c66\n");
        out.append("    classDef hire fill:#fff3cd,stroke:#b38f00\n");
        out.append("    classDef training fill:#f8d7da,stroke:#a94442\n");
        for (Approach approach : Approach.values()) {
            List<String> ids = new ArrayList<>();
            for (DecisionTree.Node node : tree.nodes()) {
                if (node instanceof DecisionTree.Outcome outcome && outcome.approach() == approach) {
                    ids.add(outcome.id().name());
                }
            }
            out.append("    class ").append(String.join(",", ids)).append(' ').append(cssClass(approach)).append('\n');
        }
        if (!path.isEmpty()) {
            out.append("    style ").append(START).append(' ').append(TAKEN_STYLE).append('\n');
            for (NodeId node : takenNodes) {
                out.append("    style ").append(node).append(' ').append(TAKEN_STYLE).append('\n');
            }
            out.append("    linkStyle ").append(String.join(",", boldLinks.stream().map(String::valueOf).toList()))
                    .append(' ').append(TAKEN_STYLE).append('\n');
        }
        return out.toString();
    }

    private static String cssClass(Approach approach) {
        return switch (approach) {
            case RAG -> "rag";
            case PROMPT_ENGINEERING -> "prompt";
            case HIRE_ML_ENGINEER -> "hire";
            case TRAINING -> "training";
        };
    }

    /** Mermaid labels are quoted; a quote inside one is written as an entity. */
    private static String escape(String label) {
        return label.replace("\"", "#quot;");
    }
}
