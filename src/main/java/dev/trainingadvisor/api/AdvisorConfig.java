package dev.trainingadvisor.api;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;
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
     * A market data file to use instead of the one built in (env {@code ADVISOR_MARKET_DATA}): a path to a JSON file
     * that validates against {@code market/market-data.schema.json}. Absent: the built-in data. A file that does not
     * validate stops the service at start (ADVISOR-RULES §10). While it runs, the file is checked again every
     * {@link #marketDataCheckInterval()}: new content that validates replaces the data without a restart.
     */
    Optional<String> marketData();

    /**
     * How often the market data file of {@link #marketData()} is checked for new content (env
     * {@code ADVISOR_MARKET_DATA_CHECK_INTERVAL}): a duration such as {@code 15s}; {@code off} checks never.
     */
    @WithDefault("15s")
    String marketDataCheckInterval();

    /**
     * How old market data may be before answers that use it carry {@code MARKET_DATA_STALE}: an ISO-8601 period such
     * as {@code P120D} (env {@code ADVISOR_MARKET_DATA_MAX_AGE}), counted from the data's {@code asOf}.
     */
    @WithDefault("P120D")
    String marketDataMaxAge();

    /**
     * The ruleset of requests that name none with {@code ?ruleset=}: {@code 1} (the guide's tree read literally,
     * ADVISOR-RULES §3) or {@code 2} (the guide refined, §9) (env {@code ADVISOR_DEFAULT_RULESET}). Another value stops
     * the service at start.
     */
    @WithDefault("2")
    int defaultRuleset();

    /**
     * How callers are told apart (env {@code ADVISOR_AUTH}): {@code none}, one shared space for one team on a trusted
     * network; or {@code oidc}, OpenID Connect bearer tokens verified by quarkus-oidc (configured by
     * {@code QUARKUS_OIDC_AUTH_SERVER_URL} or {@code QUARKUS_OIDC_PUBLIC_KEY}, {@code QUARKUS_OIDC_TOKEN_ISSUER},
     * {@code QUARKUS_OIDC_TOKEN_AUDIENCE}). Another value stops the service at start.
     */
    @WithDefault("none")
    String auth();

    /**
     * Whether answered assessments are recorded (issue 18): {@code on} or {@code off} (env {@code ADVISOR_HISTORY}).
     * Off: nothing is recorded, no database is used, and the history operations answer 404 {@code history-off}.
     */
    @WithDefault("on")
    String history();

    /**
     * The directory of the embedded history database (env {@code ADVISOR_HISTORY_PATH}), used when no PostgreSQL URL
     * ({@code QUARKUS_DATASOURCE_JDBC_URL}) is set; relative to the working directory.
     */
    @WithDefault("data")
    String historyPath();

    /**
     * How long records are kept (env {@code ADVISOR_HISTORY_RETENTION}): an ISO-8601 duration such as {@code P365D}
     * or {@code PT12H}; older ones are purged by a job that runs every {@link #historyPurgeEvery()}.
     */
    @WithDefault("P365D")
    String historyRetention();

    /** How often the retention job runs (env {@code ADVISOR_HISTORY_PURGE_EVERY}), a Quarkus scheduler interval. */
    @WithDefault("1h")
    String historyPurgeEvery();

    /**
     * {@code ADVISOR_BODY_LIMIT}: the largest request body of every operation but {@code POST /impact-analyses}
     * (64 KiB; that one is held to {@code QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE}, 1 MiB, which takes a market data file).
     * Read by {@code BodyLimit} as a {@code MemorySize}.
     */
    @WithDefault("64K")
    String bodyLimit();
}
