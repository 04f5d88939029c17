package dev.trainingadvisor.domain.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Ruleset#VERSION} must change whenever a rule changes. The fingerprint of every rule is pinned here per
 * version: change a rule and this fails until you bump the version and add its fingerprint (keeping the old ones as
 * history), so that clients can tell answers of different rules apart.
 */
class RulesetFingerprintTest {
    private static final Map<String, String> FINGERPRINTS = Map.of(
            "1", "85b152d0c2108126");
    /** Ruleset 2's versions (ADVISOR-RULES §9), pinned the same way. */
    private static final Map<String, String> FINGERPRINTS_2 = Map.of(
            "2", "15b4dfd4ff275cc6");

    @Test
    void rulesetVersionChangesWhenARuleChanges() {
        String fingerprint = RulesetFingerprint.compute();
        assertEquals(FINGERPRINTS.get(Ruleset.VERSION), fingerprint, () -> """
                The rules changed (fingerprint %s) but Ruleset.VERSION is still "%s".
                Bump Ruleset.VERSION and add "<new version>", "%s" to FINGERPRINTS in this test.
                The rules as they are now:
                %s""".formatted(fingerprint, Ruleset.VERSION, fingerprint, RulesetFingerprint.canonicalText()));
    }

    @Test
    void rulesetTwosVersionChangesWhenOneOfItsRulesChanges() {
        String fingerprint = RulesetFingerprint.compute(Rulesets.TWO);
        assertEquals(FINGERPRINTS_2.get(Ruleset.VERSION_2), fingerprint, () -> """
                Ruleset 2's rules changed (fingerprint %s) but Ruleset.VERSION_2 is still "%s".
                Bump Ruleset.VERSION_2 and add "<new version>", "%s" to FINGERPRINTS_2 in this test.
                The rules as they are now:
                %s""".formatted(fingerprint, Ruleset.VERSION_2, fingerprint,
                RulesetFingerprint.canonicalText(Rulesets.TWO)));
    }

    @Test
    void theTwoRulesetsHaveDifferentFingerprints() {
        org.junit.jupiter.api.Assertions.assertNotEquals(RulesetFingerprint.compute(Rulesets.ONE),
                RulesetFingerprint.compute(Rulesets.TWO));
    }
}
