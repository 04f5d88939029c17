package dev.trainingadvisor.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What an operator tunes beyond Quarkus's own settings (each also settable by environment variable). */
@ConfigMapping(prefix = "advisor")
public interface AdvisorConfig {

    /**
     * The language of responses whose request names none we speak: {@code en} or {@code zh}
     * (env {@code ADVISOR_DEFAULT_LANGUAGE}).
     */
    @WithDefault("en")
    String defaultLanguage();

    /**
     * The ruleset of requests that name none with {@code ?ruleset=}: {@code 1} (the guide's tree read literally,
     * ADVISOR-RULES §3) or {@code 2} (the guide refined, §9) (env {@code ADVISOR_DEFAULT_RULESET}). Another value stops
     * the service at start.
     */
    @WithDefault("2")
    int defaultRuleset();
}
