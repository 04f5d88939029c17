package dev.trainingadvisor.api.market;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock the service reads today's date from: the system's, in UTC. Tests replace it with a fixed one. */
public class Clocks {
    @Produces
    @Singleton
    @DefaultBean
    public Clock systemClock() {
        return Clock.systemUTC();
    }
}
