package dev.trainingadvisor.domain.assessment;

import static dev.trainingadvisor.domain.assessment.Conditions.below;
import static dev.trainingadvisor.domain.assessment.Conditions.is;

import dev.trainingadvisor.domain.GuideSection;
import dev.trainingadvisor.domain.assessment.Condition.FieldCondition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decision of ADVISOR-RULES §3 as the guide draws it: questions whose branches lead to further questions or to
 * an outcome. The first branch whose condition is MET is taken. One structure serves the decision (a walk from the
 * root), the decision path (the walk's steps), the published tree, and counterfactuals (a route to another outcome).
 */
public final class DecisionTree {

    /** Every node by a stable id. Outcome ids double as the reason an assessment gives. */
    public enum NodeId {
        Q1_PRIVATE_DATA,
        Q2_DESIRED_CHANGE,
        Q3_LABELED_EXAMPLES,
        GATE_ML_EXPERTISE,
        GATE_BUDGET,
        Q4_ML_TEAM,
        METHOD_CHECKLISTS,
        RAG_PRIVATE_DATA,
        PROMPT_STYLE,
        PROMPT_NO_CHANGE,
        RAG_FEW_EXAMPLES,
        RAG_NO_ML_EXPERTISE,
        RAG_LOW_BUDGET,
        HIRE_ML_ENGINEER,
        TRAINING,
        RAG_EXHAUST_FIRST;

        private final String textKey = "node." + name();
        private final String summaryKey = "summary." + name();

        public String textKey() {
            return textKey;
        }

        /** The summary an assessment gives when it ends at this (outcome) node. */
        public String summaryKey() {
            return summaryKey;
        }
    }

    /** A question or an outcome. */
    public sealed interface Node {
        NodeId id();

        GuideSection source();
    }

    /** A question: the fields it reads and its branches, in the order they are tried. */
    public record Question(NodeId id, List<ProfileField> reads, List<Edge> edges, GuideSection source) implements Node {
        public Question {
            reads = List.copyOf(reads);
            edges = List.copyOf(edges);
        }
    }

    /** Where a walk ends: the approach it recommends. */
    public record Outcome(NodeId id, Approach approach, GuideSection source) implements Node {
    }

    /**
     * A branch: taken from {@code from} to {@code to} when {@code when} is MET. {@code answer} is its stable code;
     * {@code textKey} and {@code labelKey} name its texts (the answer as read, the short label on the tree).
     */
    public record Edge(NodeId from, String answer, Condition when, NodeId to, GuideSection source, String textKey,
                       String labelKey) {
        public Edge(NodeId from, String answer, Condition when, NodeId to, GuideSection source) {
            this(from, answer, when, to, source, "answer." + from.name() + "." + answer, "edge." + answer);
        }
    }

    /** One question asked on the way, with the branch its answer took. */
    public record Step(Question question, Edge edge) {
    }

    /** The questions asked for one profile and the outcome they led to. */
    public record Walk(List<Step> steps, Outcome outcome) {
        public Walk {
            steps = List.copyOf(steps);
        }

        public boolean passedThrough(NodeId node) {
            for (Step step : steps) {
                if (step.question().id() == node) {
                    return true;
                }
            }
            return false;
        }

        public Approach approach() {
            return outcome.approach();
        }
    }

    /**
     * A way to an outcome from the root, as the single-field conditions its branches need, grouped by field in the
     * order the fields are first met. Routes through an {@link Condition.Otherwise} branch are not kept: they are
     * reached by failing other branches, never by meeting a condition.
     */
    public record Route(Outcome outcome, List<Edge> edges, Map<ProfileField, List<FieldCondition>> constraints) {
    }

    private static final DecisionTree RULESET = build();

    private final NodeId root;
    private final Map<NodeId, Node> nodes;
    private final Map<Approach, List<Route>> routes;

    private DecisionTree(NodeId root, List<Node> nodeList) {
        Map<NodeId, Node> byId = new EnumMap<>(NodeId.class);
        for (Node node : nodeList) {
            if (byId.put(node.id(), node) != null) {
                throw new IllegalArgumentException("node twice: " + node.id());
            }
        }
        for (Node node : nodeList) {
            if (node instanceof Question question) {
                for (Edge edge : question.edges()) {
                    if (!byId.containsKey(edge.to()) || edge.from() != question.id()) {
                        throw new IllegalArgumentException("dangling edge " + edge);
                    }
                }
            }
        }
        this.root = root;
        this.nodes = Collections.unmodifiableMap(byId);
        this.routes = collectRoutes();
    }

    /** The tree of ruleset {@value Ruleset#VERSION}. */
    public static DecisionTree ruleset() {
        return RULESET;
    }

    private static DecisionTree build() {
        BigDecimal examples = BigDecimal.valueOf(Ruleset.TRAINING_EXAMPLES);
        ProfileField privateData = ProfileField.USES_PRIVATE_DATA;
        ProfileField change = ProfileField.DESIRED_CHANGE;
        ProfileField count = ProfileField.LABELED_EXAMPLES;
        ProfileField expertise = ProfileField.ML_EXPERTISE;
        ProfileField budget = ProfileField.TRAINING_BUDGET_USD;
        GuideSection tree = GuideSection.DECISION_TREE;
        GuideSection gate = GuideSection.GOLDEN_RULE;

        List<ProfileField> checklistFields = new ArrayList<>(new LinkedHashSet<>(
                new Condition.AllOf(List.of(Checklist.SFT.condition(), Checklist.PEFT.condition())).parts().stream()
                        .map(FieldCondition::field).toList()));

        return new DecisionTree(NodeId.Q1_PRIVATE_DATA, List.of(
                question(NodeId.Q1_PRIVATE_DATA, tree, List.of(privateData),
                        edge(NodeId.Q1_PRIVATE_DATA, "YES", is(privateData, true), NodeId.RAG_PRIVATE_DATA, tree),
                        edge(NodeId.Q1_PRIVATE_DATA, "NO", is(privateData, false), NodeId.Q2_DESIRED_CHANGE, tree)),
                question(NodeId.Q2_DESIRED_CHANGE, tree, List.of(change),
                        edge(NodeId.Q2_DESIRED_CHANGE, "STYLE_TONE_FORMAT", is(change, DesiredChange.STYLE_TONE_FORMAT),
                                NodeId.PROMPT_STYLE, tree),
                        edge(NodeId.Q2_DESIRED_CHANGE, "NONE", is(change, DesiredChange.NONE),
                                NodeId.PROMPT_NO_CHANGE, GuideSection.SUMMARY),
                        edge(NodeId.Q2_DESIRED_CHANGE, "DEEP_KNOWLEDGE", is(change, DesiredChange.DEEP_KNOWLEDGE),
                                NodeId.Q3_LABELED_EXAMPLES, tree)),
                question(NodeId.Q3_LABELED_EXAMPLES, tree, List.of(count),
                        edge(NodeId.Q3_LABELED_EXAMPLES, "NO", below(count, examples), NodeId.RAG_FEW_EXAMPLES, tree),
                        edge(NodeId.Q3_LABELED_EXAMPLES, "YES", Criterion.LABELED_EXAMPLES_10K.condition(),
                                NodeId.GATE_ML_EXPERTISE, tree)),
                question(NodeId.GATE_ML_EXPERTISE, gate, List.of(expertise),
                        edge(NodeId.GATE_ML_EXPERTISE, "NO", is(expertise, MlExpertise.NONE), NodeId.RAG_NO_ML_EXPERTISE, gate),
                        edge(NodeId.GATE_ML_EXPERTISE, "YES", Criterion.ML_EXPERTISE_AVAILABLE.condition(),
                                NodeId.GATE_BUDGET, gate)),
                question(NodeId.GATE_BUDGET, gate, List.of(budget),
                        edge(NodeId.GATE_BUDGET, "NO", below(budget, Ruleset.GATE_BUDGET_USD), NodeId.RAG_LOW_BUDGET, gate),
                        edge(NodeId.GATE_BUDGET, "YES", Criterion.BUDGET_10K.condition(), NodeId.Q4_ML_TEAM, gate)),
                question(NodeId.Q4_ML_TEAM, tree, List.of(expertise),
                        edge(NodeId.Q4_ML_TEAM, "NO", is(expertise, MlExpertise.CAN_HIRE), NodeId.HIRE_ML_ENGINEER, tree),
                        edge(NodeId.Q4_ML_TEAM, "YES", is(expertise, MlExpertise.IN_HOUSE), NodeId.METHOD_CHECKLISTS, tree)),
                question(NodeId.METHOD_CHECKLISTS, GuideSection.WHEN_TRAINING_MAKES_SENSE, checklistFields,
                        edge(NodeId.METHOD_CHECKLISTS, "SFT_MET", Checklist.SFT.condition(), NodeId.TRAINING,
                                GuideSection.SFT_CHECKLIST),
                        edge(NodeId.METHOD_CHECKLISTS, "PEFT_MET", Checklist.PEFT.condition(), NodeId.TRAINING,
                                GuideSection.PEFT_CHECKLIST),
                        edge(NodeId.METHOD_CHECKLISTS, "NONE_MET", new Condition.Otherwise(), NodeId.RAG_EXHAUST_FIRST,
                                GuideSection.WHEN_TRAINING_MAKES_SENSE)),
                new Outcome(NodeId.RAG_PRIVATE_DATA, Approach.RAG, tree),
                new Outcome(NodeId.PROMPT_STYLE, Approach.PROMPT_ENGINEERING, tree),
                new Outcome(NodeId.PROMPT_NO_CHANGE, Approach.PROMPT_ENGINEERING, GuideSection.SUMMARY),
                new Outcome(NodeId.RAG_FEW_EXAMPLES, Approach.RAG, tree),
                new Outcome(NodeId.RAG_NO_ML_EXPERTISE, Approach.RAG, gate),
                new Outcome(NodeId.RAG_LOW_BUDGET, Approach.RAG, gate),
                new Outcome(NodeId.HIRE_ML_ENGINEER, Approach.HIRE_ML_ENGINEER, tree),
                new Outcome(NodeId.TRAINING, Approach.TRAINING, GuideSection.WHEN_TRAINING_MAKES_SENSE),
                new Outcome(NodeId.RAG_EXHAUST_FIRST, Approach.RAG, GuideSection.SUMMARY)));
    }

    private static Question question(NodeId id, GuideSection source, List<ProfileField> reads, Edge... edges) {
        return new Question(id, reads, List.of(edges), source);
    }

    private static Edge edge(NodeId from, String answer, Condition when, NodeId to, GuideSection source) {
        return new Edge(from, answer, when, to, source);
    }

    public NodeId root() {
        return root;
    }

    public Node node(NodeId id) {
        return nodes.get(id);
    }

    /** All nodes, questions first in the order a walk meets them, then the outcomes. */
    public List<Node> nodes() {
        return List.copyOf(nodes.values());
    }

    /** All branches, question by question. */
    public List<Edge> edges() {
        List<Edge> edges = new ArrayList<>();
        for (Node node : nodes.values()) {
            if (node instanceof Question question) {
                edges.addAll(question.edges());
            }
        }
        return edges;
    }

    /** Asks the questions from the root until an outcome: the decision for {@code profile}. */
    public Walk walk(Profile profile) {
        List<Step> steps = new ArrayList<>(8);
        Node node = nodes.get(root);
        while (node instanceof Question question) {
            Edge taken = null;
            for (Edge edge : question.edges()) {
                if (edge.when().evaluate(profile) == Status.MET) {
                    taken = edge;
                    break;
                }
            }
            if (taken == null) {
                throw new IllegalStateException("no branch of " + question.id() + " holds for " + profile);
            }
            steps.add(new Step(question, taken));
            node = nodes.get(taken.to());
        }
        return new Walk(steps, (Outcome) node);
    }

    /** The routes that end in {@code approach}, in tree order (earlier branches first). */
    public List<Route> routesTo(Approach approach) {
        return routes.getOrDefault(approach, List.of());
    }

    private Map<Approach, List<Route>> collectRoutes() {
        Map<Approach, List<Route>> byApproach = new EnumMap<>(Approach.class);
        collect(nodes.get(root), new ArrayList<>(), byApproach);
        byApproach.replaceAll((approach, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(byApproach);
    }

    private void collect(Node node, List<Edge> path, Map<Approach, List<Route>> into) {
        if (node instanceof Outcome outcome) {
            Map<ProfileField, List<FieldCondition>> constraints = new LinkedHashMap<>();
            for (Edge edge : path) {
                for (FieldCondition part : edge.when().parts()) {
                    constraints.computeIfAbsent(part.field(), f -> new ArrayList<>()).add(part);
                }
            }
            constraints.replaceAll((field, list) -> List.copyOf(list));
            into.computeIfAbsent(outcome.approach(), a -> new ArrayList<>())
                    .add(new Route(outcome, List.copyOf(path), Collections.unmodifiableMap(constraints)));
            return;
        }
        for (Edge edge : ((Question) node).edges()) {
            if (edge.when() instanceof Condition.Otherwise) {
                continue;
            }
            path.add(edge);
            collect(nodes.get(edge.to()), path, into);
            path.remove(path.size() - 1);
        }
    }

    /** The fields any branch reads: the ones a counterfactual may change. */
    public Set<ProfileField> decisionFields() {
        Set<ProfileField> fields = new LinkedHashSet<>();
        for (Edge edge : edges()) {
            edge.when().parts().forEach(part -> fields.add(part.field()));
        }
        return fields;
    }
}
