package dev.trainingadvisor.api.market;

import dev.trainingadvisor.api.AdvisorConfig;
import dev.trainingadvisor.domain.market.MarketData;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The market data in use (ADVISOR-RULES §10), loaded and validated once at start - from {@code ADVISOR_MARKET_DATA}
 * when set, else from the file built in - so that a bad file stops the service before it serves anything. Knows
 * today's date from the injected {@link Clock} (UTC), and so whether the data is stale. It starts before the
 * console log is buffered ({@code ConsoleLog}), so that the message naming a bad file reaches the output before the
 * process exits.
 */
@Startup(ObserverMethod.DEFAULT_PRIORITY - 1000)
@Singleton
public class Market {
    private static final Logger LOG = Logger.getLogger(Market.class);

    private final MarketData data;
    private final Period maxAge;
    private final Clock clock;

    public Market(AdvisorConfig config, Clock clock) {
        this.clock = clock;
        this.maxAge = maxAge(config.marketDataMaxAge());
        this.data = config.marketData().filter(path -> !path.isBlank()).map(Market::fromFile)
                .orElseGet(MarketDataLoader::builtIn);
        LOG.infof("Market data %s as of %s: %d providers, %d models%s", data.version(), data.asOf(),
                data.providers().size(), data.models().size(),
                stale() ? " - older than " + maxAge + ", answers will carry MARKET_DATA_STALE" : "");
    }

    public MarketData data() {
        return data;
    }

    /** Today in UTC, by the injected clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The data is older than {@code ADVISOR_MARKET_DATA_MAX_AGE} today. */
    public boolean stale() {
        return data.staleOn(today(), maxAge);
    }

    public Period maxAge() {
        return maxAge;
    }

    private static MarketData fromFile(String file) {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return MarketDataLoader.load(in, file);
        } catch (NoSuchFileException e) {
            throw new MarketDataException(file, List.of(new MarketDataException.Problem("", "no such file")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read market data " + file, e);
        }
    }

    private static Period maxAge(String value) {
        try {
            Period period = Period.parse(value);
            if (period.isNegative()) {
                throw new IllegalArgumentException("ADVISOR_MARKET_DATA_MAX_AGE must not be negative: " + value);
            }
            return period;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("ADVISOR_MARKET_DATA_MAX_AGE is not an ISO-8601 period such as P120D: "
                    + value, e);
        }
    }
}
