package dev.trainingadvisor.api.ops;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.handlers.OutputStreamHandler;

/**
 * The console, written by one thread of its own ({@value #THREAD_NAME}) and never by a request's thread (issue 22).
 *
 * <p>Every assessment makes a decision-log line. Written on the request's thread, that line cost an event loop the
 * formatting and, whenever the console's buffer filled or a timer flushed it, a {@code write(2)} to stdout: a slow
 * stdout (a full pipe, a stalled log collector) stalled every connection on that loop. Now a request only
 * {@linkplain #submit submits} a line (a lock-free queue; nothing is formatted or written on its thread), and the
 * writer thread, every {@value #FLUSH_MILLIS} ms, formats what was submitted, hands it to the logging system and
 * flushes the console's buffered handlers (which are buffered, not flushed per line: a system call per line was a
 * fifth of the service's time under load). Other log lines go to the same buffered console and are flushed by the
 * same thread.
 *
 * <p>Nothing is lost on SIGTERM: at shutdown the writer is stopped and everything submitted is written and flushed
 * (a line is submitted before its answer is sent, so every answered assessment's line is written). Only a hard kill
 * can lose lines: up to the last {@value #FLUSH_MILLIS} ms. If the writer falls behind by {@value #CAPACITY} lines
 * (stdout blocked for long), a request writes its own line rather than drop it: an audit line is never dropped.
 */
@Singleton
public class ConsoleLog {
    static final long FLUSH_MILLIS = 100;
    static final String THREAD_NAME = "console-log-writer";
    /** Lines waiting before a request writes its own; about a second's worth at saturation. */
    static final int CAPACITY = 65_536;

    /** A line to log, formatted only on the writer thread. */
    public interface Line {
        /** The logger the line goes to. */
        org.jboss.logging.Logger logger();

        /** The line's text; called on the writer thread. */
        String text();
    }

    /**
     * A line that is {@code entry} written as one JSON object by {@code json} (formatted on the writer thread, like
     * every line), or {@code entry.toString()} should Jackson fail to write it: a line is never dropped.
     */
    public record JsonLine(org.jboss.logging.Logger logger, Object entry,
                           com.fasterxml.jackson.databind.ObjectMapper json) implements Line {
        @Override
        public String text() {
            try {
                return json.writeValueAsString(entry);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return entry.toString();
            }
        }
    }

    private final List<OutputStreamHandler> consoles = new ArrayList<>();
    private final ConcurrentLinkedQueue<Line> submitted = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private volatile boolean running;
    private Thread writer;

    void buffer(@Observes StartupEvent started) {
        collect(Logger.getLogger("").getHandlers());
        consoles.forEach(console -> console.setAutoFlush(false));
        running = true;
        writer = new Thread(this::writeLoop, THREAD_NAME);
        writer.setDaemon(true);
        writer.start();
    }

    void unbuffer(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        if (writer != null) {
            LockSupport.unpark(writer);
            writer.join(TimeUnit.SECONDS.toMillis(5));
        }
        drain();
        consoles.forEach(console -> console.setAutoFlush(true));
        flush();
    }

    /**
     * Logs {@code line} at INFO on its logger, from the writer thread, within {@value #FLUSH_MILLIS} ms. Before the
     * service has started (or after it stopped) the line is written at once.
     */
    public void submit(Line line) {
        if (!running || waiting.incrementAndGet() > CAPACITY) {
            if (running) {
                waiting.decrementAndGet();
            }
            line.logger().info(line.text());
            return;
        }
        submitted.offer(line);
    }

    /**
     * Writes every line submitted so far, on the caller's thread, and flushes: for tests that read decision lines
     * right after an answer (the writer thread would write them within {@value #FLUSH_MILLIS} ms).
     */
    public void writeSubmitted() {
        drain();
        flush();
    }

    void flush() {
        consoles.forEach(Handler::flush);
    }

    private void writeLoop() {
        while (running) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(FLUSH_MILLIS));
            try {
                drain();
                flush();
            } catch (RuntimeException e) {
                // A log line that cannot be written must not stop the writer; the next round tries again.
                Logger.getLogger(ConsoleLog.class.getName()).warning("console write failed: " + e);
            }
        }
    }

    private void drain() {
        for (Line line = submitted.poll(); line != null; line = submitted.poll()) {
            waiting.decrementAndGet();
            line.logger().info(line.text());
        }
    }

    private void collect(Handler[] handlers) {
        for (Handler handler : handlers) {
            if (handler instanceof OutputStreamHandler stream) {
                consoles.add(stream);
            } else if (handler instanceof ExtHandler parent) {
                collect(parent.getHandlers());
            }
        }
    }
}
