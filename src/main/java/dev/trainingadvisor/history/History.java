package dev.trainingadvisor.history;

import dev.trainingadvisor.api.AdvisorConfig;
import dev.trainingadvisor.api.market.Market;
import dev.trainingadvisor.api.market.MarketDataLoader;
import dev.trainingadvisor.domain.history.HistoryStore;
import dev.trainingadvisor.domain.history.Json;
import dev.trainingadvisor.domain.history.MarketDataVersion;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.runtime.AgroalDataSourceUtil;
import io.quarkus.datasource.common.runtime.DataSourceUtil;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The decision history in use (issue 18): off ({@code ADVISOR_HISTORY=off}), or a {@link JdbcHistoryStore} on the
 * active datasource - PostgreSQL when {@code QUARKUS_DATASOURCE_JDBC_URL} is set, else the embedded H2 file
 * ({@link HistoryDatasources}). At start it keeps the market data version in use; every
 * {@code ADVISOR_HISTORY_PURGE_EVERY} it erases records older than {@code ADVISOR_HISTORY_RETENTION}.
 */
@Startup
@Singleton
public class History {
    private static final Logger LOG = Logger.getLogger(History.class);
    /** The erasure log: one line per record erased by request, by id. */
    public static final Logger ERASURES = Logger.getLogger("advisor.erasure");

    private final Optional<JdbcHistoryStore> store;
    private final Duration retention;
    private final Clock clock;

    public History(AdvisorConfig config, Market market, Clock clock, MeterRegistry registry) {
        this.clock = clock;
        this.retention = retention(config.historyRetention());
        if ("off".equalsIgnoreCase(config.history().trim())) {
            store = Optional.empty();
            LOG.info("Decision history is off (ADVISOR_HISTORY=off): nothing is recorded");
            return;
        }
        if (!"on".equalsIgnoreCase(config.history().trim())) {
            throw new IllegalStateException("advisor.history (ADVISOR_HISTORY) must be on or off, not "
                    + config.history());
        }
        Optional<AgroalDataSource> postgres = AgroalDataSourceUtil.dataSourceIfActive(
                DataSourceUtil.DEFAULT_DATASOURCE_NAME);
        JdbcHistoryStore jdbc = postgres.map(ds -> new JdbcHistoryStore(ds, "PostgreSQL", registry))
                .orElseGet(() -> new JdbcHistoryStore(AgroalDataSourceUtil.dataSourceIfActive("history")
                        .orElseThrow(() -> new IllegalStateException("no history datasource is active")), "H2",
                        registry));
        jdbc.keep(new MarketDataVersion(market.data().version(), market.data().asOf(),
                Json.of(marketDataBytes(config))));
        store = Optional.of(jdbc);
        market.beforeReplacing((next, bytes) -> jdbc.keep(new MarketDataVersion(next.version(), next.asOf(),
                Json.of(bytes))));
        LOG.infof("Decision history on %s%s, records kept %s", jdbc.databaseName(),
                jdbc.databaseName().equals("H2") ? " (" + Path.of(config.historyPath()).toAbsolutePath() + ")" : "",
                retention);
    }

    /** The store, unless history is off. */
    public Optional<HistoryStore> store() {
        return store.map(HistoryStore.class::cast);
    }

    /** How long records are kept. */
    public Duration retention() {
        return retention;
    }

    /** The retention job: erases the records older than the retention period. */
    @Scheduled(every = "${advisor.history-purge-every:1h}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        purgeAt(clock.instant());
    }

    /**
     * The retention job's work as of {@code now}: erases the records answered more than the retention period before
     * it. The job passes the injected clock's time; a test passes its own, instead of waiting.
     *
     * @return how many records were erased (0 with history off)
     * @throws dev.trainingadvisor.domain.history.HistoryUnavailableException when the database refuses
     */
    public int purgeAt(java.time.Instant now) {
        int purged = store.map(jdbc -> jdbc.purgeBefore(now.minus(retention))).orElse(0);
        if (purged > 0) {
            LOG.infof("Retention: erased %d record(s) older than %s", purged, retention);
        }
        return purged;
    }

    @PreDestroy
    void close() {
        store.ifPresent(JdbcHistoryStore::close);
    }

    private static Duration retention(String value) {
        try {
            Duration duration = Duration.parse(value.trim());
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalStateException("ADVISOR_HISTORY_RETENTION must be positive: " + value);
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("ADVISOR_HISTORY_RETENTION must be an ISO-8601 duration such as P365D, "
                    + "not " + value, e);
        }
    }

    private static byte[] marketDataBytes(AdvisorConfig config) {
        Optional<String> file = config.marketData().filter(path -> !path.isBlank());
        try {
            if (file.isPresent()) {
                return Files.readAllBytes(Path.of(file.get()));
            }
            try (InputStream in = Thread.currentThread().getContextClassLoader()
                    .getResourceAsStream(MarketDataLoader.BUILT_IN)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the market data again to keep it", e);
        }
    }
}
