package dev.trainingadvisor.coverage;

import dev.trainingadvisor.domain.assessment.RuleTrace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Records which branches the suite's decisions take ({@link RuleTrace}) and writes them when the suite ends, for
 * {@link RuleCoverage}. Active only where the build sets {@code rule.coverage.hits} (surefire's run of the unit and
 * {@code @QuarkusTest} tests, see the pom), so a failsafe run or a single test in an IDE leaves the file alone.
 * Registered through {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class RuleCoverageListener implements TestExecutionListener {
    private final Map<String, LongAdder> hits = new ConcurrentHashMap<>();
    /** Counts each branch the trace reports. */
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            hits.computeIfAbsent(record.getMessage(), e -> new LongAdder()).increment();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        if (target() != null) {
            Logger trace = Logger.getLogger(RuleTrace.LOGGER);
            trace.setUseParentHandlers(false);
            trace.setLevel(Level.FINEST);
            trace.addHandler(handler);
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        Path target = target();
        if (target == null) {
            return;
        }
        Logger trace = Logger.getLogger(RuleTrace.LOGGER);
        trace.removeHandler(handler);
        trace.setLevel(null);
        String lines = hits.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue().sum() + "\t" + e.getKey()).collect(Collectors.joining("\n", "", "\n"));
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.writeString(target, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path target() {
        String file = System.getProperty("rule.coverage.hits");
        return file == null || file.isBlank() ? null : Path.of(file);
    }
}
