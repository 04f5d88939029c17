package dev.trainingadvisor.api.change;

import dev.trainingadvisor.api.market.MarketDataWatch.MarketDataReplaced;
import dev.trainingadvisor.domain.history.HistoryStore;
import dev.trainingadvisor.history.History;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Counts how many recorded decisions new market data flips (issue 19 point 4), once per market data version across
 * every replica sharing the history's database. On {@link MarketDataReplaced} it hands the count to its own thread
 * ({@code market-flips}: never an event loop, a request thread or the watch's scheduler thread), claims the version
 * in the table {@code market_flip_count} ({@link HistoryStore#claimFlipCount}: the INSERT of a second replica fails
 * on the primary key, and that replica counts nothing), replays the whole history under the data before and after
 * ({@link ImpactAnalyses#flips}), and reports the result:
 * <ul>
 *   <li>a log line: {@code Market data 2026-12-02.1 -> 2027-01-07.1: 12034 recorded decisions replayed, 812 flip
 *   (35 change approach)};</li>
 *   <li>the counter {@code advisor.market.flips} (Prometheus {@code advisor_market_flips_total}) tagged
 *   {@code version} (the new data's) and {@code change} ({@code any}: approach or warnings; {@code approach}), raised
 *   by the counts, on the replica that counted only;</li>
 *   <li>the row's {@code replayed}, {@code flips}, {@code approach_flips}.</li>
 * </ul>
 * A claim whose replica died before finishing may be taken again after {@link #CLAIM_EXPIRY}. With history off there
 * is nothing to count.
 */
@Singleton
public class MarketFlips {
    private static final Logger LOG = Logger.getLogger(MarketFlips.class);
    /** How long an unfinished claim holds before another replica may count that version instead. */
    static final Duration CLAIM_EXPIRY = Duration.ofMinutes(15);

    private final Optional<HistoryStore> store;
    private final ImpactAnalyses impact;
    private final MeterRegistry registry;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "market-flips");
        thread.setDaemon(true);
        return thread;
    });
    private volatile CompletableFuture<Outcome> last = CompletableFuture.completedFuture(new Outcome.NotCounted(
            "no market data replaced yet"));

    public MarketFlips(History history, ImpactAnalyses impact, MeterRegistry registry, Clock clock) {
        this.store = history.store();
        this.impact = impact;
        this.registry = registry;
        this.clock = clock;
    }

    /** What one count came to. */
    public sealed interface Outcome {
        /**
         * This replica counted: records replayed, decisions flipped (approach or warnings), approaches flipped, and
         * the name of the thread that counted.
         */
        record Counted(String previousVersion, String version, long replayed, long flips, long approachFlips,
                       String thread) implements Outcome {
        }

        /** Not counted here: history off, another replica's claim, or a database that refused (said why). */
        record NotCounted(String why) implements Outcome {
        }
    }

    /** Hands the count of {@code event} to the {@code market-flips} thread; returns at once. */
    void onReplaced(@Observes MarketDataReplaced event) {
        last = CompletableFuture.supplyAsync(() -> count(event), worker);
    }

    /** The latest count handed over by {@link #onReplaced}, completing when it is done (for tests and operators). */
    public CompletionStage<Outcome> last() {
        return last;
    }

    /**
     * Counts the flips of {@code event} on the calling thread, unless history is off or the version is claimed
     * already (by this replica or another). Never throws: a database that refuses is logged and reported.
     */
    public Outcome count(MarketDataReplaced event) {
        if (store.isEmpty()) {
            return new Outcome.NotCounted("history is off");
        }
        String version = event.currentVersion();
        try {
            if (!store.get().claimFlipCount(version, event.previousVersion(), clock.instant(), CLAIM_EXPIRY)) {
                LOG.infof("Market data %s -> %s: flips counted by another replica (or earlier), not again",
                        event.previousVersion(), version);
                return new Outcome.NotCounted("market data " + version + " is counted elsewhere");
            }
            ImpactAnalyses.Flips flips = impact.flips(event.previous(), event.current()).orElseThrow();
            store.get().finishFlipCount(version, flips.replayed(), flips.flips(), flips.approachFlips(),
                    clock.instant());
            counter(version, "any").increment(flips.flips());
            counter(version, "approach").increment(flips.approachFlips());
            LOG.infof("Market data %s -> %s: %d recorded decisions replayed, %d flip (%d change approach)",
                    event.previousVersion(), version, flips.replayed(), flips.flips(), flips.approachFlips());
            return new Outcome.Counted(event.previousVersion(), version, flips.replayed(), flips.flips(),
                    flips.approachFlips(), Thread.currentThread().getName());
        } catch (RuntimeException e) { // HistoryUnavailableException, or a datasource closed while the service stops
            LOG.errorf(e, "Market data %s -> %s: cannot count the decisions it flips", event.previousVersion(),
                    version);
            return new Outcome.NotCounted("the history is unavailable");
        }
    }

    private Counter counter(String version, String change) {
        return Counter.builder("advisor.market.flips")
                .description("Recorded decisions that new market data changes, counted once per data version")
                .tag("version", version).tag("change", change).register(registry);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
