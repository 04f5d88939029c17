package dev.trainingadvisor.domain.assessment;

import java.util.function.Consumer;

/**
 * Which branches decisions take, for a rule coverage report (issue 20; as {@code opa test --coverage} reports which
 * rules the tests reach). Off unless a sink is installed: the test suite installs one and writes
 * {@code target/rule-coverage/}; the service never does, and then a decision costs one map lookup more.
 *
 * <p>The sink is a {@code Consumer<String>} stored in the JVM's system properties under {@link #SINK}, not in a field
 * of this class, because the suite's {@code @QuarkusTest}s run this class in the application's own class loader: only
 * a JVM-wide place reaches both copies. Only the decision's own walk is traced ({@link Advisor#decide},
 * {@link Advisor#decideCore}), never the walks of the counterfactual search, which try branches no request took.
 */
public final class RuleTrace {
    /** The system property that holds the sink, when one is installed. */
    public static final String SINK = "dev.trainingadvisor.ruleTrace";

    private RuleTrace() {
    }

    /** The stable id of a branch in a coverage report: ruleset, question and answer ({@code 2 Q3_LABELED_EXAMPLES NO}). */
    public static String edgeId(RulesetId ruleset, DecisionTree.Edge edge) {
        return ruleset.number() + " " + edge.from().name() + " " + edge.answer();
    }

    /** Reports every branch of {@code walk} to the installed sink, if any. */
    @SuppressWarnings("unchecked")
    static void taken(RulesetId ruleset, DecisionTree.Walk walk) {
        Object sink = System.getProperties().get(SINK);
        if (sink instanceof Consumer<?> consumer) {
            for (DecisionTree.Step step : walk.steps()) {
                ((Consumer<String>) consumer).accept(edgeId(ruleset, step.edge()));
            }
        }
    }
}
