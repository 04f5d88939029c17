package dev.trainingadvisor.api.ops;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.handlers.OutputStreamHandler;

/**
 * Console logging without a system call per line. Every assessment writes a decision-log line; flushed line by line,
 * that was a write on the request's thread (or, logging asynchronously, a thread wake-up) per request, a fifth of the
 * service's time under load. The console handler's output is buffered instead and flushed every
 * {@value #FLUSH_MILLIS} ms, and at shutdown, so a line appears at most that late; only a hard kill can lose the last
 * lines.
 */
@Singleton
public class ConsoleLog {
    static final long FLUSH_MILLIS = 100;

    private final List<OutputStreamHandler> consoles = new ArrayList<>();

    void buffer(@Observes StartupEvent started, Vertx vertx) {
        collect(Logger.getLogger("").getHandlers());
        consoles.forEach(console -> console.setAutoFlush(false));
        if (!consoles.isEmpty()) {
            vertx.setPeriodic(FLUSH_MILLIS, timer -> flush());
        }
    }

    void unbuffer(@Observes ShutdownEvent stopping) {
        consoles.forEach(console -> console.setAutoFlush(true));
        flush();
    }

    void flush() {
        consoles.forEach(Handler::flush);
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
