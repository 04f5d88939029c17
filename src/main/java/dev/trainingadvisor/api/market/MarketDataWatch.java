package dev.trainingadvisor.api.market;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.event.Event;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;

/**
 * Checks the operator's market data file every {@code ADVISOR_MARKET_DATA_CHECK_INTERVAL} (15 s unless set; a
 * ConfigMap update reaches a pod's mounted file within about a minute, by a symlink swap) and counts what it found in
 * {@code advisor_market_data_reloads_total{outcome="replaced"|"refused"}}. A replacement fires
 * {@link MarketDataReplaced}. A refused file changes nothing else: the old data stays, and readiness with it.
 */
@Singleton
public class MarketDataWatch {
    private final Market market;
    private final Event<MarketDataReplaced> replaced;
    private final Map<Market.Reload, Counter> counters = new EnumMap<>(Market.Reload.class);

    public MarketDataWatch(Market market, Event<MarketDataReplaced> replaced, MeterRegistry registry) {
        this.market = market;
        this.replaced = replaced;
        for (Market.Reload outcome : new Market.Reload[] {Market.Reload.REPLACED, Market.Reload.REFUSED}) {
            counters.put(outcome, Counter.builder("advisor.market.data.reloads")
                    .description("Checks of the market data file that found new content, by what became of it")
                    .tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
                    .register(registry));
        }
    }

    /** One check of the file; at most one runs at a time. */
    @Scheduled(every = "${advisor.market-data-check-interval}", delayed = "${advisor.market-data-check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void check() {
        dev.trainingadvisor.domain.market.MarketData before = market.data();
        Market.Reload outcome = market.reloadIfChanged();
        Counter counter = counters.get(outcome);
        if (counter != null) {
            counter.increment();
        }
        if (outcome == Market.Reload.REPLACED) {
            replaced.fire(new MarketDataReplaced(before, market.data()));
        }
    }

    /**
     * The market data was replaced while the service ran: from {@code previous} to {@code current}. Observers run on
     * the watch's scheduler thread: anything long (the flip count, {@code MarketFlips}) hands itself to its own.
     */
    public record MarketDataReplaced(dev.trainingadvisor.domain.market.MarketData previous,
                                     dev.trainingadvisor.domain.market.MarketData current) {
        public String previousVersion() {
            return previous.version();
        }

        public String currentVersion() {
            return current.version();
        }
    }
}
