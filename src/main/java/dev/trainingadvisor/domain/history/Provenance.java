package dev.trainingadvisor.domain.history;

import java.util.Objects;

/**
 * The version of the logic and of the data an assessment was decided with.
 *
 * @param ruleset            the ruleset's number (1 or 2, ADVISOR-RULES §3 and §9)
 * @param rulesetVersion     its version, as the answer says it
 * @param rulesetFingerprint the first 16 hex digits of the SHA-256 of its rules ({@code RulesetFingerprint})
 * @param marketDataVersion  the market data's {@code version} (ADVISOR-RULES §10); the data itself is kept by version
 *                           ({@link MarketDataVersion})
 */
public record Provenance(int ruleset, String rulesetVersion, String rulesetFingerprint, String marketDataVersion) {
    public Provenance {
        Objects.requireNonNull(rulesetVersion, "rulesetVersion");
        Objects.requireNonNull(rulesetFingerprint, "rulesetFingerprint");
        Objects.requireNonNull(marketDataVersion, "marketDataVersion");
    }
}
