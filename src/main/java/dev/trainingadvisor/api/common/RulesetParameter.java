package dev.trainingadvisor.api.common;

import dev.trainingadvisor.api.AdvisorConfig;
import dev.trainingadvisor.api.problem.ProblemException;
import dev.trainingadvisor.api.problem.Problems;
import dev.trainingadvisor.domain.assessment.RulesetId;
import jakarta.inject.Singleton;
import java.util.Optional;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code ?ruleset=1|2} (ADVISOR-RULES §9): the ruleset a request asks for, or the configured default
 * ({@code advisor.default-ruleset}, env {@code ADVISOR_DEFAULT_RULESET}, 2 unless set). Any other value, an empty one
 * included, is a 400 naming the parameter.
 */
@Singleton
@io.quarkus.runtime.Startup
public class RulesetParameter {
    public static final String NAME = "ruleset";
    /** The parameter's description in the contract, the same on every operation that takes it. */
    public static final String DESCRIPTION = "The ruleset to decide with: 1 (the guide's tree read literally, "
            + "ADVISOR-RULES §3) or 2 (the guide refined, §9). Without it, the configured default (2 unless set).";

    private final RulesetId fallback;

    public RulesetParameter(AdvisorConfig config) {
        this.fallback = RulesetId.of(config.defaultRuleset()).orElseThrow(() -> new IllegalStateException(
                "advisor.default-ruleset (ADVISOR_DEFAULT_RULESET) must be 1 or 2, not " + config.defaultRuleset()));
    }

    /** The configured default. */
    public RulesetId fallback() {
        return fallback;
    }

    public RulesetId of(UriInfo uri) {
        return given(uri).orElse(fallback);
    }

    /** The ruleset the request names, when it names one (a bad value is the same 400 as in {@link #of}). */
    public Optional<RulesetId> given(UriInfo uri) {
        return QueryParameters.value(uri, NAME).map(value -> RulesetId.parse(value).orElseThrow(() ->
                ProblemException.badParameter(NAME, language -> Problems.wrongType(language, "enum", "codes",
                        "1, 2"))));
    }
}
