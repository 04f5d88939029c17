package dev.trainingadvisor.api.ops;

import static dev.trainingadvisor.api.Bodies.profile;
import static dev.trainingadvisor.api.Bodies.with;
import static dev.trainingadvisor.api.Contract.api;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing that can block runs on an event loop (issue 22): the decision log's write to the console and every history
 * database access happen on threads of their own, for single, lean and batch assessments. The assessments themselves
 * are decided on the event loop ({@code @NonBlocking}); what they write is handed over.
 */
@QuarkusTest
class EventLoopTest {
    /** Each decision-log line the logging system was given, with the thread that gave it. */
    private final List<String> writers = new CopyOnWriteArrayList<>();
    private final List<String> writersOnEventLoop = new CopyOnWriteArrayList<>();
    private final Handler watcher = new Handler() {
        @Override
        public void publish(LogRecord record) {
            writers.add(Thread.currentThread().getName());
            if (Context.isOnEventLoopThread()) {
                writersOnEventLoop.add(Thread.currentThread().getName());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void watch() {
        Logger.getLogger("advisor.decision").addHandler(watcher);
    }

    @AfterEach
    void unwatch() {
        Logger.getLogger("advisor.decision").removeHandler(watcher);
    }

    @Test
    void decisionLogLinesAndHistoryRecordsAreWrittenOffTheEventLoop() {
        long takenBefore = DatabaseThreads.TAKEN.get();
        Map<String, Object> named = with(profile(), "projectName", "event-loop-" + UUID.randomUUID());
        for (int i = 0; i < 5; i++) {
            api().contentType("application/json").body(named).post("/assessments").then().statusCode(200);
            api().contentType("application/json").header("Prefer", "return=minimal").body(named)
                    .post("/assessments").then().statusCode(200);
        }
        api().contentType("application/json").body(Map.of("profiles", List.of(named, named, named)))
                .post("/assessments/batch").then().statusCode(200);
        int lines = 5 + 5 + 3;

        awaitTrue(() -> writers.size() >= lines, "every assessment's decision-log line is written");
        assertEquals(lines, writers.size(), "one line per assessment: " + writers);
        assertEquals(List.of(), writersOnEventLoop, "no decision-log line is written on an event loop");
        assertTrue(writers.stream().allMatch(ConsoleLog.THREAD_NAME::equals),
                "the console's writer thread writes every decision-log line: " + writers);

        // The history writer keeps its connection while records keep coming, so this test's records may well be
        // written without a connection being taken now; they are listed (a read, on a worker thread), and every
        // connection taken - the writer's whenever it took it, the listing's - was taken off the event loop.
        String project = (String) named.get("projectName");
        api().queryParam("projectName", project).queryParam("limit", 100).get("/assessments").then().statusCode(200)
                .body("records.size()", equalTo(lines));
        assertTrue(DatabaseThreads.TAKEN.get() > takenBefore,
                "the history's pool was used (history is on in tests), so its interceptor watches it");
        assertEquals(List.of(), DatabaseThreads.ON_EVENT_LOOP, "no history database access on an event loop");
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within 10 s: " + what);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
