package dev.trainingadvisor.domain.assessment;

import java.util.Map;

/** The two rulesets, built once. */
public final class Rulesets {
    private Rulesets() {
    }

    /** ADVISOR-RULES §3: the guide's decision tree, read literally. */
    public static final RuleBook ONE = RulesetOne.define();
    /** ADVISOR-RULES §9: the guide, refined where real cases show the literal tree wrong. */
    public static final RuleBook TWO = RulesetTwo.define();

    private static final Map<RulesetId, RuleBook> BY_ID = Map.of(RulesetId.ONE, ONE, RulesetId.TWO, TWO);

    public static RuleBook of(RulesetId id) {
        return BY_ID.get(id);
    }
}
