package dev.trainingadvisor.api.market;

import dev.trainingadvisor.api.AdvisorConfig;
import dev.trainingadvisor.domain.market.MarketData;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The market data in use (ADVISOR-RULES §10), loaded and validated at start - from {@code ADVISOR_MARKET_DATA}
 * when set, else from the file built in - so that a bad file stops the service before it serves anything. An
 * operator's file is read again by {@link #reloadIfChanged} ({@code MarketDataWatch} calls it every
 * {@code ADVISOR_MARKET_DATA_CHECK_INTERVAL}): new content that validates replaces the data in one step (every answer
 * reads one version, {@link #data}); content that does not validate, or that changes the version in use under the
 * same version string, is refused, logged once, and the old data stays.
 * Knows
 * today's date from the injected {@link Clock} (UTC), and so whether the data is stale. It starts before the
 * console log is buffered ({@code ConsoleLog}), so that the message naming a bad file reaches the output before the
 * process exits.
 */
@Startup(ObserverMethod.DEFAULT_PRIORITY - 1000)
@Singleton
public class Market {
    private static final Logger LOG = Logger.getLogger(Market.class);

    private final Period maxAge;
    private final Clock clock;
    private final Optional<Path> file;
    /** The data and the digest of the bytes it was read from, swapped together. */
    private volatile Loaded loaded;
    /** The digest of the last content refused, so that a bad file is logged once, not at every check. */
    private volatile String refusedDigest = "";

    private record Loaded(MarketData data, String digest) {
    }

    /**
     * Called with new data and the bytes it was read from before that data is swapped in (the decision history keeps
     * each version so that records can name it). A hook that throws stops the swap: the old data stays, and the next
     * check tries again.
     */
    public interface BeforeReplacing {
        void accept(MarketData next, byte[] bytes);
    }

    private final List<BeforeReplacing> beforeReplacing = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Registers a {@link BeforeReplacing} hook. */
    public void beforeReplacing(BeforeReplacing hook) {
        beforeReplacing.add(hook);
    }

    /** What a check of the operator's file found. */
    public enum Reload {
        /** No operator file, the same bytes as the data in use, or the same bytes as a file already refused. */
        UNCHANGED,
        /** New content that validated: it is the data in use now. */
        REPLACED,
        /** New content that did not validate, or no file: the old data stays. Said once per content. */
        REFUSED
    }

    public Market(AdvisorConfig config, Clock clock) {
        this.clock = clock;
        this.maxAge = maxAge(config.marketDataMaxAge());
        this.file = config.marketData().filter(path -> !path.isBlank()).map(Path::of);
        this.loaded = file.map(path -> {
            byte[] bytes = read(path);
            return new Loaded(MarketDataLoader.load(new ByteArrayInputStream(bytes), path.toString()), digest(bytes));
        }).orElseGet(() -> new Loaded(MarketDataLoader.builtIn(), ""));
        MarketData data = loaded.data();
        LOG.infof("Market data %s as of %s: %d providers, %d models%s", data.version(), data.asOf(),
                data.providers().size(), data.models().size(),
                stale() ? " - older than " + maxAge + ", answers will carry MARKET_DATA_STALE" : "");
    }

    /** The market data in use; read it once per answer, so that one answer never mixes two versions. */
    public MarketData data() {
        return loaded.data();
    }

    /**
     * Reads the operator's file ({@code ADVISOR_MARKET_DATA}) again and, when its bytes changed, validates them as at
     * start and swaps them in, or refuses them (logged once per content, the old data kept). The file may be a symlink
     * that a ConfigMap update swaps: it is resolved at every check.
     *
     * @return what the check found; {@link Reload#UNCHANGED} for the built-in data
     */
    public synchronized Reload reloadIfChanged() {
        if (file.isEmpty()) {
            return Reload.UNCHANGED;
        }
        Path path = file.get();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return refuse("missing:" + e.getClass().getName(), "cannot be read (" + e.getClass().getSimpleName()
                    + ")");
        }
        String digest = digest(bytes);
        if (digest.equals(loaded.digest())) {
            return Reload.UNCHANGED;
        }
        MarketData next;
        try {
            next = MarketDataLoader.load(new ByteArrayInputStream(bytes), path.toString());
        } catch (MarketDataException e) {
            return refuse(digest, "does not validate: " + e.problems());
        }
        MarketData previous = loaded.data();
        if (next.version().equals(previous.version())) {
            // a version names one content: records name the version they used, and history keeps one file per version
            return refuse(digest, "changes the content of version " + next.version()
                    + ", which is in use; changed data needs a new version");
        }
        for (BeforeReplacing hook : beforeReplacing) {
            try {
                hook.accept(next, bytes);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Market data version %s from %s not swapped in yet; still using version %s, will retry",
                        next.version(), path, previous.version());
                return Reload.REFUSED;
            }
        }
        loaded = new Loaded(next, digest);
        refusedDigest = "";
        LOG.infof("Market data replaced from %s: version %s (as of %s) -> %s (as of %s), %d providers, %d models",
                path, previous.version(), previous.asOf(), next.version(), next.asOf(), next.providers().size(),
                next.models().size());
        return Reload.REPLACED;
    }

    /** REFUSED the first time a content is refused (logged then); UNCHANGED on every later check of it. */
    private Reload refuse(String digest, String why) {
        if (digest.equals(refusedDigest)) {
            return Reload.UNCHANGED;
        }
        refusedDigest = digest;
        LOG.errorf("Market data file %s %s; still using version %s", file.orElseThrow(), why,
                loaded.data().version());
        return Reload.REFUSED;
    }

    /** Today in UTC, by the injected clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The data is older than {@code ADVISOR_MARKET_DATA_MAX_AGE} today. */
    public boolean stale() {
        return data().staleOn(today(), maxAge);
    }

    public Period maxAge() {
        return maxAge;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new MarketDataException(file.toString(),
                    List.of(new MarketDataException.Problem("", "no such file")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read market data " + file, e);
        }
    }

    /** SHA-256 of {@code bytes}, hex: whether a file's content changed. */
    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
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
