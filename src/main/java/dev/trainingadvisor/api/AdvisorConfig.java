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
}
