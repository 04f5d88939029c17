package dev.trainingadvisor.domain.assessment;

import dev.trainingadvisor.domain.assessment.Condition.FieldCondition;
import dev.trainingadvisor.domain.assessment.DecisionTree.Edge;
import dev.trainingadvisor.domain.assessment.DecisionTree.NodeId;
import dev.trainingadvisor.domain.assessment.DecisionTree.Question;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A completeness check of a rule book, before any request meets it (issue 20; as GoRules checks decision tables for
 * missing cases). A walk that finds no branch throws "no branch holds" at run time; this finds every such gap ahead of
 * time. For every question of the tree it tries every value the fields it reads can take <em>on the way there</em>
 * (each code, true and false, every set of codes, absent unless the rule book requires the field, and for numbers 0
 * and one unit either side of every threshold the book uses, which splits the numbers into ranges where no condition
 * changes), and reports:
 *
 * <ul>
 *   <li>{@link Uncovered}: values for which no branch holds (the question and the values);</li>
 *   <li>{@link Overlap}: two branches that hold at once and lead to different places, where "first match" would hide
 *       the later one (an {@link Condition.Otherwise} branch is meant to overlap and is not reported);</li>
 *   <li>{@link Hidden}: a branch that is never the first to hold, for any value that reaches its question;</li>
 *   <li>{@link UndeclaredRead}: a branch reads a field its question does not declare (toFindOut and the decision path
 *       name the declared fields);</li>
 *   <li>{@link NoGate}: values of the fields that choose the golden-rule gate's variant for which no variant applies.</li>
 * </ul>
 *
 * Only values that can reach a question are tried: a question after the gate is not asked about an absent budget.
 */
public final class RuleBookCheck {
    private RuleBookCheck() {
    }

    /** Something the check found; {@link #describe()} says what, naming the ruleset, the question and the values. */
    public sealed interface Finding {
        /** One line for people: the ruleset, the question, the branches and the values concerned. */
        String describe();
    }

    /** No branch of {@code question} holds for these values (each a map of field to value, absent as "unknown"). */
    public record Uncovered(RulesetId ruleset, NodeId question, List<String> values) implements Finding {
        public Uncovered {
            values = List.copyOf(values);
        }

        @Override
        public String describe() {
            return "ruleset " + ruleset.number() + ", question " + question + ": no branch holds for "
                    + String.join("; ", values);
        }
    }

    /** Branches {@code first} and {@code hidden} both hold for {@code values}; first match takes {@code first}. */
    public record Overlap(RulesetId ruleset, NodeId question, String first, String hidden, List<String> values)
            implements Finding {
        public Overlap {
            values = List.copyOf(values);
        }

        @Override
        public String describe() {
            return "ruleset " + ruleset.number() + ", question " + question + ": branches " + first + " and " + hidden
                    + " both hold (first match hides " + hidden + ") for " + String.join("; ", values);
        }
    }

    /** Branch {@code answer} of {@code question} is never the first that holds, for any value reaching it. */
    public record Hidden(RulesetId ruleset, NodeId question, String answer) implements Finding {
        @Override
        public String describe() {
            return "ruleset " + ruleset.number() + ", question " + question + ": branch " + answer
                    + " is never taken (an earlier branch always holds first)";
        }
    }

    /** Branch {@code answer} of {@code question} reads {@code field}, which the question does not declare. */
    public record UndeclaredRead(RulesetId ruleset, NodeId question, String answer, ProfileField field)
            implements Finding {
        @Override
        public String describe() {
            return "ruleset " + ruleset.number() + ", question " + question + ": branch " + answer + " reads "
                    + field.fieldName() + ", which the question does not declare";
        }
    }

    /** No variant of the golden-rule gate applies for these values. */
    public record NoGate(RulesetId ruleset, List<String> values) implements Finding {
        public NoGate {
            values = List.copyOf(values);
        }

        @Override
        public String describe() {
            return "ruleset " + ruleset.number() + ": no gate variant applies for " + String.join("; ", values);
        }
    }

    /** The most value combinations a finding lists; the rest are counted. */
    static final int SHOWN = 8;

    /** Everything the check finds in {@code book}, question by question in tree order; empty when complete. */
    public static List<Finding> check(RuleBook book) {
        return new Run(book).findings();
    }

    /** The findings as a report, one line each, or "complete" when there are none. */
    public static String report(RuleBook book, List<Finding> findings) {
        if (findings.isEmpty()) {
            return "ruleset " + book.id().number() + " is complete";
        }
        return findings.stream().map(Finding::describe).collect(Collectors.joining("\n"));
    }

    /** One check of one rule book. An assignment maps each field given so far to its value, or to absent. */
    private static final class Run {
        private final RuleBook book;
        private final DecisionTree tree;
        private final Set<ProfileField> required = EnumSet.noneOf(ProfileField.class);
        private final Map<ProfileField, List<Optional<FieldValue>>> domains = new EnumMap<>(ProfileField.class);
        private final Map<NodeId, Set<ProfileField>> below = new EnumMap<>(NodeId.class);
        private final List<Finding> findings = new ArrayList<>();

        Run(RuleBook book) {
            this.book = book;
            this.tree = book.tree();
            for (ProfileField field : ProfileField.values()) {
                if (field.required() || book.requires().contains(field)) {
                    required.add(field);
                }
            }
            Map<ProfileField, Set<BigDecimal>> thresholds = new EnumMap<>(ProfileField.class);
            for (Edge edge : tree.edges()) {
                edge.when().parts().forEach(part -> threshold(part).ifPresent(t ->
                        thresholds.computeIfAbsent(part.field(), f -> new TreeSet<>()).add(t)));
            }
            for (ProfileField field : ProfileField.values()) {
                domains.put(field, domain(field, thresholds.getOrDefault(field, Set.of())));
            }
        }

        List<Finding> findings() {
            for (Question question : questions()) {
                for (Edge edge : question.edges()) {
                    for (FieldCondition part : edge.when().parts()) {
                        if (!question.reads().contains(part.field())) {
                            findings.add(new UndeclaredRead(book.id(), question.id(), edge.answer(), part.field()));
                        }
                    }
                }
            }
            gates();
            walk();
            return List.copyOf(new LinkedHashSet<>(findings));
        }

        /** Every question from the root, each after all questions that lead to it. */
        private void walk() {
            Map<NodeId, Set<Map<ProfileField, Optional<FieldValue>>>> arriving = new EnumMap<>(NodeId.class);
            Set<Map<ProfileField, Optional<FieldValue>>> start = new HashSet<>();
            start.add(Map.of());
            arriving.put(tree.root(), expand(start, required));
            for (Question question : topological()) {
                Set<Map<ProfileField, Optional<FieldValue>>> incoming = arriving.remove(question.id());
                if (incoming == null) {
                    continue;
                }
                Set<ProfileField> keep = EnumSet.copyOf(required);
                keep.addAll(fieldsAtOrBelow(question.id()));
                Set<Map<ProfileField, Optional<FieldValue>>> projected = new HashSet<>();
                for (Map<ProfileField, Optional<FieldValue>> assignment : incoming) {
                    Map<ProfileField, Optional<FieldValue>> kept = new EnumMap<>(ProfileField.class);
                    assignment.forEach((field, value) -> {
                        if (keep.contains(field)) {
                            kept.put(field, value);
                        }
                    });
                    projected.add(kept);
                }
                ask(question, expand(projected, question.reads()), arriving);
            }
        }

        /** Tries every assignment on {@code question}: what no branch covers, what overlaps, what is never taken. */
        private void ask(Question question, Set<Map<ProfileField, Optional<FieldValue>>> assignments,
                         Map<NodeId, Set<Map<ProfileField, Optional<FieldValue>>>> arriving) {
            Set<String> uncovered = new TreeSet<>();
            Map<List<String>, Set<String>> overlaps = new LinkedHashMap<>();
            Set<String> taken = new HashSet<>();
            for (Map<ProfileField, Optional<FieldValue>> assignment : assignments) {
                Profile profile = tree.read(profile(assignment));
                if (!profile.consistent()) {
                    continue;
                }
                Edge first = null;
                for (Edge edge : question.edges()) {
                    if (edge.when().evaluate(profile) != Status.MET) {
                        continue;
                    }
                    if (first == null) {
                        first = edge;
                    } else if (!(edge.when() instanceof Condition.Otherwise) && edge.to() != first.to()) {
                        overlaps.computeIfAbsent(List.of(first.answer(), edge.answer()), k -> new TreeSet<>())
                                .add(values(assignment, question.reads()));
                    }
                }
                if (first == null) {
                    uncovered.add(values(assignment, question.reads()));
                    continue;
                }
                taken.add(first.answer());
                if (tree.node(first.to()) instanceof Question) {
                    arriving.computeIfAbsent(first.to(), id -> new HashSet<>()).add(assignment);
                }
            }
            if (!uncovered.isEmpty()) {
                findings.add(new Uncovered(book.id(), question.id(), shown(uncovered)));
            }
            overlaps.forEach((pair, values) ->
                    findings.add(new Overlap(book.id(), question.id(), pair.get(0), pair.get(1), shown(values))));
            for (Edge edge : question.edges()) {
                if (!taken.contains(edge.answer()) && !assignments.isEmpty()) {
                    findings.add(new Hidden(book.id(), question.id(), edge.answer()));
                }
            }
        }

        /** Every value of the fields that choose the gate variant must choose one. */
        private void gates() {
            Set<ProfileField> fields = EnumSet.noneOf(ProfileField.class);
            book.gates().forEach(gate -> gate.appliesWhen().parts().forEach(part -> fields.add(part.field())));
            Set<Map<ProfileField, Optional<FieldValue>>> start = new HashSet<>();
            start.add(Map.of());
            Set<String> none = new TreeSet<>();
            Set<ProfileField> all = EnumSet.copyOf(required);
            all.addAll(fields);
            for (Map<ProfileField, Optional<FieldValue>> assignment : expand(start, all)) {
                Profile profile = profile(assignment);
                if (book.gates().stream().noneMatch(g -> g.appliesWhen().evaluate(profile) == Status.MET)) {
                    none.add(values(assignment, List.copyOf(fields)));
                }
            }
            if (!none.isEmpty()) {
                findings.add(new NoGate(book.id(), shown(none)));
            }
        }

        /** Each assignment with every field of {@code fields} it does not give yet set to each value of its domain. */
        private Set<Map<ProfileField, Optional<FieldValue>>> expand(Set<Map<ProfileField, Optional<FieldValue>>> from,
                                                                    java.util.Collection<ProfileField> fields) {
            Set<Map<ProfileField, Optional<FieldValue>>> current = from;
            for (ProfileField field : fields) {
                Set<Map<ProfileField, Optional<FieldValue>>> next = new HashSet<>();
                for (Map<ProfileField, Optional<FieldValue>> assignment : current) {
                    if (assignment.containsKey(field)) {
                        next.add(assignment);
                        continue;
                    }
                    for (Optional<FieldValue> value : domains.get(field)) {
                        Map<ProfileField, Optional<FieldValue>> more = new EnumMap<>(ProfileField.class);
                        more.putAll(assignment);
                        more.put(field, value);
                        next.add(more);
                    }
                }
                current = next;
            }
            return current;
        }

        /** The profile of an assignment; a required field it does not give (read nowhere further on) takes any value. */
        private Profile profile(Map<ProfileField, Optional<FieldValue>> assignment) {
            Profile.Builder builder = Profile.builder();
            for (ProfileField field : required) {
                builder.set(field, domains.get(field).get(0).orElseThrow());
            }
            assignment.forEach((field, value) -> value.ifPresentOrElse(v -> builder.set(field, v),
                    () -> builder.unset(field)));
            return builder.build();
        }

        private List<Question> questions() {
            List<Question> questions = new ArrayList<>();
            for (DecisionTree.Node node : tree.nodes()) {
                if (node instanceof Question question) {
                    questions.add(question);
                }
            }
            return questions;
        }

        /** The questions in an order where each comes after every question with a branch to it. */
        private List<Question> topological() {
            Map<NodeId, Integer> parents = new EnumMap<>(NodeId.class);
            List<Question> questions = questions();
            questions.forEach(q -> parents.putIfAbsent(q.id(), 0));
            for (Question question : questions) {
                for (Edge edge : question.edges()) {
                    parents.merge(edge.to(), 1, Integer::sum);
                }
            }
            Deque<NodeId> ready = new ArrayDeque<>();
            questions.stream().filter(q -> parents.get(q.id()) == 0).forEach(q -> ready.add(q.id()));
            List<Question> ordered = new ArrayList<>();
            while (!ready.isEmpty()) {
                Question question = (Question) tree.node(ready.poll());
                ordered.add(question);
                for (Edge edge : question.edges()) {
                    if (parents.merge(edge.to(), -1, Integer::sum) == 0 && tree.node(edge.to()) instanceof Question) {
                        ready.add(edge.to());
                    }
                }
            }
            return ordered;
        }

        /** The fields read by {@code id} and by every question after it. */
        private Set<ProfileField> fieldsAtOrBelow(NodeId id) {
            Set<ProfileField> known = below.get(id);
            if (known != null) {
                return known;
            }
            Set<ProfileField> fields = EnumSet.noneOf(ProfileField.class);
            if (tree.node(id) instanceof Question question) {
                fields.addAll(question.reads());
                for (Edge edge : question.edges()) {
                    edge.when().parts().forEach(part -> fields.add(part.field()));
                    fields.addAll(fieldsAtOrBelow(edge.to()));
                }
            }
            below.put(id, fields);
            return fields;
        }

        private static String values(Map<ProfileField, Optional<FieldValue>> assignment, List<ProfileField> fields) {
            return fields.stream().map(f -> f.fieldName() + "="
                    + assignment.getOrDefault(f, Optional.empty()).map(FieldValue::code).orElse("unknown"))
                    .collect(Collectors.joining(", "));
        }

        private static List<String> shown(Set<String> values) {
            List<String> all = new ArrayList<>(values);
            if (all.size() <= SHOWN) {
                return all;
            }
            List<String> shown = new ArrayList<>(all.subList(0, SHOWN));
            shown.add("and " + (all.size() - SHOWN) + " more");
            return shown;
        }

        private static Optional<BigDecimal> threshold(FieldCondition part) {
            if (part instanceof Condition.AtLeast atLeast) {
                return Optional.of(atLeast.threshold());
            } else if (part instanceof Condition.Below below) {
                return Optional.of(below.threshold());
            } else if (part instanceof Condition.Above above) {
                return Optional.of(above.threshold());
            }
            return Optional.empty();
        }

        /** The values a field can take, as far as any condition can tell them apart; absent first unless required. */
        private List<Optional<FieldValue>> domain(ProfileField field, Set<BigDecimal> thresholds) {
            List<Optional<FieldValue>> values = new ArrayList<>();
            if (!required.contains(field)) {
                values.add(Optional.empty());
            }
            switch (field.kind()) {
                case FLAG -> {
                    values.add(Optional.of(new FieldValue.Flag(false)));
                    values.add(Optional.of(new FieldValue.Flag(true)));
                }
                case CHOICE -> field.codes().forEach(code -> values.add(Optional.of(new FieldValue.Choice(code))));
                case CHOICES -> {
                    List<Enum<?>> codes = field.codes();
                    for (int mask = 0; mask < 1 << codes.size(); mask++) {
                        Set<Enum<?>> set = new HashSet<>();
                        for (int i = 0; i < codes.size(); i++) {
                            if ((mask & 1 << i) != 0) {
                                set.add(codes.get(i));
                            }
                        }
                        values.add(Optional.of(new FieldValue.Choices(set)));
                    }
                }
                case COUNT, AMOUNT -> {
                    BigDecimal unit = field.kind() == ProfileField.Kind.COUNT ? BigDecimal.ONE : new BigDecimal("0.01");
                    Set<BigDecimal> numbers = new TreeSet<>();
                    numbers.add(BigDecimal.ZERO);
                    for (BigDecimal threshold : thresholds) {
                        for (BigDecimal n : List.of(threshold.subtract(unit), threshold, threshold.add(unit))) {
                            if (n.signum() >= 0) {
                                numbers.add(n);
                            }
                        }
                    }
                    for (BigDecimal n : numbers) {
                        values.add(Optional.of(field.kind() == ProfileField.Kind.COUNT
                                ? new FieldValue.Count(n.longValueExact()) : new FieldValue.Amount(n)));
                    }
                }
                case TEXT -> values.add(Optional.of(new FieldValue.Text("x")));
            }
            return values;
        }
    }
}
