package dev.trainingadvisor.api.ops;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The W3C trace id (Trace Context, {@code traceparent}: 32 lower-case hex digits) of the request being served, as
 * Quarkus' OpenTelemetry extension sets it up: the caller's when its {@code traceparent} header is valid, a fresh one
 * otherwise. The history record ({@code caller.traceId}) and the decision log line carry it, so a caller's trace
 * leads to the decision and back (issue 18 point 6).
 *
 * <p>The MCP extension runs a tool on a worker thread without the request's OpenTelemetry context, so for
 * {@value #MCP} the trace id is kept on the request ({@link RoutingContext}) while it is still on its event loop, and
 * read back from there. The MCP convention of a trace context in {@code params._meta} is not read: the HTTP request's
 * {@code traceparent} is the one a caller's HTTP client sends.
 */
@Singleton
public class Traces {
    static final String MCP = "/mcp";
    private static final String KEY = "advisor.traceId";

    void install(@Observes Router router) {
        router.post(MCP).order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(Traces::keep);
    }

    private static void keep(RoutingContext request) {
        fromSpan().ifPresent(traceId -> request.put(KEY, traceId));
        request.next();
    }

    /**
     * The current request's trace id; empty outside a request (a scheduled job, a test calling a bean directly).
     */
    public static Optional<String> currentTraceId() {
        Optional<String> traced = fromSpan();
        if (traced.isPresent()) {
            return traced;
        }
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        RoutingContext request = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        return request == null ? Optional.empty() : Optional.ofNullable(request.get(KEY));
    }

    private static Optional<String> fromSpan() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? Optional.of(context.getTraceId()) : Optional.empty();
    }
}
