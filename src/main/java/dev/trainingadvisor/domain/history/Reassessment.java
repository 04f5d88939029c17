package dev.trainingadvisor.domain.history;

import dev.trainingadvisor.domain.assessment.Approach;
import dev.trainingadvisor.domain.catalogue.MethodId;
import dev.trainingadvisor.domain.market.DatedFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed between a recorded decision and the same profile decided again (issue 19): the approach, the methods,
 * the warnings added and removed, and why - another ruleset or ruleset version, another market data version, dated
 * facts of the market data that have taken effect since. A pure function of its arguments.
 */
public final class Reassessment {
    private Reassessment() {
    }

    /**
     * One decision, as far as a comparison reads it.
     *
     * @param ruleset           the ruleset's number
     * @param rulesetVersion    its version
     * @param marketDataVersion the market data's version in use (a TRAINING answer depends on it)
     * @param approach          the recommendation
     * @param methods           the recommended methods
     * @param warnings          the distinct warning codes, in the answer's order
     */
    public record Decided(int ruleset, String rulesetVersion, String marketDataVersion, Approach approach,
                          List<MethodId> methods, List<String> warnings) {
        public Decided {
            Objects.requireNonNull(rulesetVersion, "rulesetVersion");
            Objects.requireNonNull(marketDataVersion, "marketDataVersion");
            Objects.requireNonNull(approach, "approach");
            methods = List.copyOf(methods);
            warnings = List.copyOf(warnings);
        }
    }

    /** What differs, in the order of the answers; empty lists when nothing of that kind changed. */
    public record Changes(Approach approachBefore, Approach approachAfter, List<MethodId> methodsAdded,
                          List<MethodId> methodsRemoved, List<String> warningsAdded, List<String> warningsRemoved) {
        public Changes {
            Objects.requireNonNull(approachBefore, "approachBefore");
            Objects.requireNonNull(approachAfter, "approachAfter");
            methodsAdded = List.copyOf(methodsAdded);
            methodsRemoved = List.copyOf(methodsRemoved);
            warningsAdded = List.copyOf(warningsAdded);
            warningsRemoved = List.copyOf(warningsRemoved);
        }

        /** Anything differs. */
        public boolean any() {
            return approachBefore != approachAfter || !methodsAdded.isEmpty() || !methodsRemoved.isEmpty()
                    || !warningsAdded.isEmpty() || !warningsRemoved.isEmpty();
        }
    }

    /** Why the decision may differ. */
    public sealed interface Reason permits RulesetChanged, MarketDataChanged, DatePassed {
    }

    /** Another ruleset, or another version of the same ruleset, decides now. */
    public record RulesetChanged(int fromRuleset, String fromVersion, int toRuleset, String toVersion)
            implements Reason {
    }

    /** Another market data version is in use (reported when either answer is TRAINING, the only one using it). */
    public record MarketDataChanged(String fromVersion, String toVersion) implements Reason {
    }

    /** A dated fact the recorded answer depended on has taken effect since. */
    public record DatePassed(DatedFact fact) implements Reason {
        public DatePassed {
            Objects.requireNonNull(fact, "fact");
        }
    }

    /** The changes and their reasons. */
    public record Result(Changes changes, List<Reason> reasons) {
        public Result {
            Objects.requireNonNull(changes, "changes");
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * Compares {@code before} (recorded) with {@code after} (decided again).
     *
     * @param passed the dated facts the recorded answer depended on that have taken effect since it was given, earliest
     *               first (from {@code MarketAdvice.datedFacts} on the recorded data and day)
     */
    public static Result compare(Decided before, Decided after, List<DatedFact> passed) {
        Changes changes = new Changes(before.approach(), after.approach(), minus(after.methods(), before.methods()),
                minus(before.methods(), after.methods()), minus(after.warnings(), before.warnings()),
                minus(before.warnings(), after.warnings()));
        List<Reason> reasons = new ArrayList<>();
        if (before.ruleset() != after.ruleset() || !before.rulesetVersion().equals(after.rulesetVersion())) {
            reasons.add(new RulesetChanged(before.ruleset(), before.rulesetVersion(), after.ruleset(),
                    after.rulesetVersion()));
        }
        boolean usesMarket = before.approach() == Approach.TRAINING || after.approach() == Approach.TRAINING;
        if (usesMarket && !before.marketDataVersion().equals(after.marketDataVersion())) {
            reasons.add(new MarketDataChanged(before.marketDataVersion(), after.marketDataVersion()));
        }
        if (before.approach() == Approach.TRAINING) {
            passed.forEach(fact -> reasons.add(new DatePassed(fact)));
        }
        return new Result(changes, reasons);
    }

    private static <T> List<T> minus(List<T> these, List<T> those) {
        return these.stream().filter(item -> !those.contains(item)).toList();
    }
}
