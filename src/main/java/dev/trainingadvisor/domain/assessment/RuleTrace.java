package dev.trainingadvisor.domain.assessment;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Which branches decisions take, for a rule coverage report (issue 20; as {@code opa test --coverage} reports which
 * rules the tests reach). Off unless a sink is installed: the test suite installs one and writes
 * {@code target/rule-coverage/}; the service never does, and then a decision costs one map lookup more.
 *
 * <p>Branches are reported to the {@code java.util.logging} logger {@value #LOGGER} at {@code FINEST}, which no
 * configuration of the service enables: the suite attaches a handler to it and lowers its level. A logger, not a field
 * of this class, because the suite's {@code @QuarkusTest}s run this class in the application's own class loader and
 * the log manager is the one place both copies reach (the system properties were, until Narayana's start-up copied
 * them and failed on a value that is not a string). Only the decision's own walk is traced ({@link Advisor#decide},
 * {@link Advisor#decideCore}), never the walks of the counterfactual search, which try branches no request took.
 */
public final class RuleTrace {
    /** The logger branches are reported to, each as its {@link #edgeId} at {@code FINEST}. */
    public static final String LOGGER = "dev.trainingadvisor.ruleTrace";
    private static final Logger TRACE = Logger.getLogger(LOGGER);

    private RuleTrace() {
    }

    /** The stable id of a branch in a coverage report: ruleset, question and answer ({@code 2 Q3_LABELED_EXAMPLES NO}). */
    public static String edgeId(RulesetId ruleset, DecisionTree.Edge edge) {
        return ruleset.number() + " " + edge.from().name() + " " + edge.answer();
    }

    /** Reports every branch of {@code walk}, when the trace is on. */
    static void taken(RulesetId ruleset, DecisionTree.Walk walk) {
        if (TRACE.isLoggable(Level.FINEST)) {
            for (DecisionTree.Step step : walk.steps()) {
                TRACE.log(Level.FINEST, edgeId(ruleset, step.edge()));
            }
        }
    }
}
