package dev.trainingadvisor.domain.assessment;

import java.math.BigDecimal;

/**
 * The thresholds of the rules (ADVISOR-RULES §3, and §9 for ruleset 2). Every rule reads its number from here; each
 * ruleset's fingerprint ({@link RulesetFingerprint}) covers them through the conditions that use them. The rulesets
 * themselves are {@link Rulesets#ONE} and {@link Rulesets#TWO}.
 */
public final class Ruleset {
    private Ruleset() {
    }

    /**
     * Clients compare this to know whether two answers came from the same rules. It must change whenever a rule
     * changes: {@code RulesetFingerprintTest} pins the rules' fingerprint to this version and fails until both are
     * updated together.
     */
    public static final String VERSION = "1";

    /** The version of ruleset 2 (ADVISOR-RULES §9); pinned to its fingerprint the same way. */
    public static final String VERSION_2 = "2";

    /** Ruleset 2, the behaviour path: the SFT page's cons, "needs 1,000–100,000+ examples". Exactly 1,000 counts. */
    public static final long BEHAVIOUR_EXAMPLES = 1_000L;

    /** Golden rule 1 and tree Q3: "10,000+ high-quality labeled examples". Exactly 10,000 counts. */
    public static final long TRAINING_EXAMPLES = 10_000L;
    /** Golden rule 2: "$10,000+ for training and experiments". */
    public static final BigDecimal GATE_BUDGET_USD = new BigDecimal("10000");
    /** SFT: "$5,000-$50,000 training budget" — its lower end. */
    public static final BigDecimal SFT_BUDGET_USD = new BigDecimal("5000");
    /** RLHF: "budget: $50,000+". */
    public static final BigDecimal RLHF_BUDGET_USD = new BigDecimal("50000");
    /** RLHF: "hundreds of hours of human feedback" — read as at least 100. */
    public static final BigDecimal RLHF_FEEDBACK_HOURS = new BigDecimal("100");
    /** "Measure: is RAG accuracy below 90% after optimisation?" */
    public static final BigDecimal RAG_ACCURACY_TARGET_PERCENT = new BigDecimal("90");
    /** "Spending over $10k a month on API calls". */
    public static final BigDecimal API_SPEND_SIGNAL_USD = new BigDecimal("10000");
    /** "Test several LLM providers" — read as at least two. */
    public static final long PROVIDERS_TO_TEST = 2L;
    /**
     * The SFT page's "hundreds to thousands of examples": with at least this many (and fewer than
     * {@link #TRAINING_EXAMPLES}) the guide contradicts itself, and the assessment says so.
     */
    public static final long SFT_PAGE_MIN_EXAMPLES = 100L;
}
