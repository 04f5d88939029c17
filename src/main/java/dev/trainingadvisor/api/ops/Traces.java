package dev.trainingadvisor.api.ops;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.sdk.trace.IdGenerator;
import io.vertx.core.http.HttpServerRequest;
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
 * <p>With the OpenTelemetry SDK off ({@code quarkus.otel.sdk.disabled=true}, the default: the build exports no span,
 * and the SDK's span per request was a fifth of a lean answer's CPU, issue 22) there is no span to read; the trace id
 * is then worked out the same way from the request itself, once, when first asked for, and kept on it: the caller's
 * {@code traceparent} read by OpenTelemetry's own W3C propagator, or a fresh id from OpenTelemetry's id generator.
 * An operator who builds in an exporter turns the SDK on ({@code QUARKUS_OTEL_SDK_DISABLED=false}) and the span's id
 * is used, as before.
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
        of(request);
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
        return request == null ? Optional.empty() : Optional.of(of(request));
    }

    /** The trace id of {@code request}: its span's, or the one kept on it, or worked out now and kept. */
    private static String of(RoutingContext request) {
        String kept = request.get(KEY);
        if (kept != null) {
            return kept;
        }
        String traceId = fromSpan().orElseGet(() -> fromHeaders(request.request()));
        request.put(KEY, traceId);
        return traceId;
    }

    /** The trace id of a valid {@code traceparent} (W3C Trace Context §3.2), or a fresh one (§4.1 of the same). */
    static String fromHeaders(HttpServerRequest request) {
        // Two lines are one field with two values (RFC 9110 §5.3): not one valid traceparent, so a fresh trace.
        SpanContext caller = request.headers().getAll(TRACEPARENT).size() > 1 ? SpanContext.getInvalid()
                : Span.fromContext(W3CTraceContextPropagator.getInstance().extract(Context.root(), request, HEADERS))
                        .getSpanContext();
        return caller.isValid() ? caller.getTraceId() : IdGenerator.random().generateTraceId();
    }

    private static final String TRACEPARENT = "traceparent";

    private static final TextMapGetter<HttpServerRequest> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(HttpServerRequest request) {
            return request.headers().names();
        }

        @Override
        public String get(HttpServerRequest request, String key) {
            return request == null ? null : request.getHeader(key);
        }
    };

    private static Optional<String> fromSpan() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? Optional.of(context.getTraceId()) : Optional.empty();
    }
}
