package dev.trainingadvisor.domain.assessment;

import dev.trainingadvisor.domain.GuideSection;
import dev.trainingadvisor.domain.assessment.Condition.FieldCondition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A ruleset's decision as a tree, as the guide draws it: questions whose branches lead to further questions or to an
 * outcome. The first branch whose condition is MET is taken. One structure serves the decision (a walk from the
 * root), the decision path (the walk's steps), the published tree, and counterfactuals (a route to another outcome).
 * The trees themselves are defined in {@link RulesetOne} (ADVISOR-RULES §3) and {@link RulesetTwo} (§9).
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
        RAG_EXHAUST_FIRST,
        // Ruleset 2 (ADVISOR-RULES §9): the behaviour path, for STYLE_TONE_FORMAT and TASK_SKILL.
        BEHAVIOUR_PROMPTING_EXHAUSTED,
        BEHAVIOUR_LABELED_EXAMPLES,
        BEHAVIOUR_GATE_ML_EXPERTISE,
        BEHAVIOUR_GATE_BUDGET,
        BEHAVIOUR_ML_TEAM,
        PROMPT_TRY_PROMPTING,
        PROMPT_FEW_EXAMPLES,
        PROMPT_NO_ML_EXPERTISE,
        PROMPT_LOW_BUDGET,
        BEHAVIOUR_HIRE_ML_ENGINEER,
        BEHAVIOUR_TRAINING;

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
     * A branch: taken from {@code from} to {@code to} when {@code when} is MET. {@code answer} is its stable code
     * ({@code UNKNOWN} for a branch taken because an answer is absent); {@code step} the rule of the spec it states
     * ({@code §3.4}, {@code §9.3b}); {@code textKey} and {@code labelKey} name its texts (the answer as read, the
     * short label on the tree).
     */
    public record Edge(NodeId from, String answer, Condition when, NodeId to, GuideSection source, String step,
                       String textKey, String labelKey) {
        public Edge(NodeId from, String answer, Condition when, NodeId to, GuideSection source, String step) {
            this(from, answer, when, to, source, step, "answer." + from.name() + "." + answer, "edge." + answer);
        }
    }

    /** The answer code of the branches taken because an answer the question needs is absent. */
    public static final String UNKNOWN = "UNKNOWN";

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

        /** The rule that decided: the step of the last branch taken. */
        public String step() {
            return steps.get(steps.size() - 1).edge().step();
        }

        /** The walk ended on a branch taken because an answer was absent. */
        public boolean endedUnknown() {
            return UNKNOWN.equals(steps.get(steps.size() - 1).edge().answer());
        }
    }

    /**
     * A way to an outcome from the root, as the single-field conditions its branches need, grouped by field in the
     * order the fields are first met. A branch taken by failing the others ({@link Condition.Otherwise},
     * {@link Condition.Undecided}) adds no condition of its own: a route through it is only a candidate, which the
     * search for counterfactuals keeps only when a walk of the changed profile really takes it.
     */
    public record Route(Outcome outcome, List<Edge> edges, Map<ProfileField, List<FieldCondition>> constraints) {
    }

    private final String rulesetVersion;
    private final List<Reading> readings;
    private final NodeId root;
    private final Map<NodeId, Node> nodes;
    private final Map<Approach, List<Route>> routes;

    DecisionTree(String rulesetVersion, NodeId root, List<Node> nodeList) {
        this(rulesetVersion, List.of(), root, nodeList);
    }

    /** A tree that reads some answers as others first ({@link Reading}); ruleset 1 reads TASK_SKILL as style. */
    DecisionTree(String rulesetVersion, List<Reading> readings, NodeId root, List<Node> nodeList) {
        Map<NodeId, Node> byId = new LinkedHashMap<>();
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
        this.rulesetVersion = rulesetVersion;
        this.readings = List.copyOf(readings);
        this.root = root;
        this.nodes = Collections.unmodifiableMap(byId);
        this.routes = collectRoutes();
    }

    /** The tree of ruleset 1 ({@link Rulesets#ONE}), the guide's tree read literally. */
    public static DecisionTree ruleset() {
        return Rulesets.ONE.tree();
    }

    /** The version of the ruleset this tree belongs to. */
    public String rulesetVersion() {
        return rulesetVersion;
    }

    public NodeId root() {
        return root;
    }

    public Node node(NodeId id) {
        return nodes.get(id);
    }

    /** All nodes in the order the ruleset defines them: the questions as a walk meets them, then the outcomes. */
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

    /** How this tree reads answers it has no branch for. */
    public List<Reading> readings() {
        return readings;
    }

    /** The profile as this tree reads it ({@link Reading}); unchanged when no reading applies. */
    public Profile read(Profile profile) {
        Profile read = profile;
        for (Reading reading : readings) {
            read = reading.apply(read);
        }
        return read;
    }

    /** Reads the profile, then asks the questions from the root until an outcome: the decision for {@code profile}. */
    public Walk walk(Profile given) {
        Profile profile = read(given);
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
        collect(nodes.get(root), new ArrayList<>(), new ArrayList<>(), byApproach);
        byApproach.replaceAll((approach, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(byApproach);
    }

    /**
     * One route per way of meeting the branches on it ({@link Condition#alternatives()}; one without conditions for a
     * branch taken by failing the others), in tree order.
     */
    private void collect(Node node, List<Edge> path, List<List<FieldCondition>> parts,
                         Map<Approach, List<Route>> into) {
        if (node instanceof Outcome outcome) {
            Map<ProfileField, List<FieldCondition>> constraints = new LinkedHashMap<>();
            for (List<FieldCondition> edgeParts : parts) {
                for (FieldCondition part : edgeParts) {
                    constraints.computeIfAbsent(part.field(), f -> new ArrayList<>()).add(part);
                }
            }
            constraints.replaceAll((field, list) -> List.copyOf(list));
            into.computeIfAbsent(outcome.approach(), a -> new ArrayList<>())
                    .add(new Route(outcome, List.copyOf(path), Collections.unmodifiableMap(constraints)));
            return;
        }
        for (Edge edge : ((Question) node).edges()) {
            List<List<FieldCondition>> alternatives = edge.when().alternatives();
            for (List<FieldCondition> alternative : alternatives.isEmpty() ? List.of(List.<FieldCondition>of())
                    : alternatives) {
                path.add(edge);
                parts.add(alternative);
                collect(nodes.get(edge.to()), path, parts, into);
                path.remove(path.size() - 1);
                parts.remove(parts.size() - 1);
            }
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
