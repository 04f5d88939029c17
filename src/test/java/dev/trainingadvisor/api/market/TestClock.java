package dev.trainingadvisor.api.market;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of every {@code @QuarkusTest}: fixed at {@link #DEFAULT} (the market data's own date, so answers do not
 * change as the calendar moves on), settable by a test that needs another day - staleness, a provider past its last
 * day for new jobs. Tests that move it put it back ({@link #reset}).
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {
    public static final Instant DEFAULT = Instant.parse("2026-11-29T12:00:00Z");
    private volatile Instant now = DEFAULT;

    public void set(Instant instant) {
        now = instant;
    }

    public void reset() {
        now = DEFAULT;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
