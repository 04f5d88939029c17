package dev.trainingadvisor.api.ops;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.agroal.DataSource;
import io.vertx.core.Context;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Which threads take connections from the history's pools, in every {@code @QuarkusTest}: a connection taken on an
 * event loop is a database round trip that stalls every connection on that loop (issue 22).
 * {@link EventLoopTest} reads it.
 */
public final class DatabaseThreads {
    /** The name of each thread that took a connection while it was an event loop. */
    static final List<String> ON_EVENT_LOOP = new CopyOnWriteArrayList<>();
    /** How many connections were taken in all. */
    static final java.util.concurrent.atomic.AtomicLong TAKEN = new java.util.concurrent.atomic.AtomicLong();

    private DatabaseThreads() {
    }

    static void taken() {
        TAKEN.incrementAndGet();
        if (Context.isOnEventLoopThread()) {
            ON_EVENT_LOOP.add(Thread.currentThread().getName());
        }
    }

    /** The embedded history's pool. */
    @Singleton
    @DataSource("history")
    static class Embedded implements AgroalPoolInterceptor {
        @Override
        public void onConnectionAcquire(Connection connection) {
            taken();
        }
    }

    /** PostgreSQL's pool (the default datasource). */
    @Singleton
    static class Postgresql implements AgroalPoolInterceptor {
        @Override
        public void onConnectionAcquire(Connection connection) {
            taken();
        }
    }
}
