package dev.trainingadvisor.api.problem;

import dev.trainingadvisor.api.language.Languages;
import dev.trainingadvisor.domain.Language;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body over {@code advisor.body-limit} (64 KiB; {@value #LARGE_BODY_PATH}: {@code quarkus.http.limits.max-body-size},
 * 1 MiB) is refused with a 413 problem document. With a Content-Length
 * it is refused before a byte of it is read; without one (chunked, HTTP/2) it is read through a body handler capped at
 * the limit, which refuses it as soon as it passes the limit. A gzip or deflate body is read and decoded by
 * {@link EncodedBodies}, coded and decoded held to the same limit ({@link #limitOf(HttpServerRequest)}), so a small
 * gzip bomb cannot expand in memory. Quarkus would refuse both too, one route later, but with an empty
 * body (or, while RESTEasy reads, with an IOException); these routes answer first, through {@link ProblemWriter},
 * which ends the connection on HTTP/1.1 (the client may still be sending) and only the request's stream on HTTP/2.
 */
@Singleton
public class BodyLimit {
    private static final java.util.Set<io.vertx.core.http.HttpMethod> BODY_METHODS = java.util.Set.of(
            io.vertx.core.http.HttpMethod.POST, io.vertx.core.http.HttpMethod.PUT, io.vertx.core.http.HttpMethod.PATCH);

    /** The one operation held to the larger, Vert.x-wide limit: it takes a market data file (issue 19). */
    public static final String LARGE_BODY_PATH = "/impact-analyses";

    private final long limit;
    private final long largeLimit;
    private final Languages languages;
    private final ProblemWriter writer;

    /**
     * @param limit      every operation's limit ({@code advisor.body-limit}, 64 KiB)
     * @param largeLimit {@value #LARGE_BODY_PATH}'s ({@code quarkus.http.limits.max-body-size}, 1 MiB), which Vert.x
     *                   enforces for every request as well
     */
    public BodyLimit(@ConfigProperty(name = "advisor.body-limit", defaultValue = "64K") MemorySize limit,
                     @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize largeLimit,
                     Languages languages, ProblemWriter writer) {
        this.limit = Math.min(limit.asLongValue(), largeLimit.asLongValue());
        this.largeLimit = largeLimit.asLongValue();
        this.languages = languages;
        this.writer = writer;
    }

    private long limitOf(RoutingContext context) {
        return limitOf(context.request());
    }

    /**
     * The most bytes {@code request}'s body may have, in bytes: {@value #LARGE_BODY_PATH}'s larger limit there, the
     * limit of every other operation elsewhere. A coded body is held to it both as sent and as decoded.
     */
    long limitOf(HttpServerRequest request) {
        return LARGE_BODY_PATH.equals(request.path()) ? largeLimit : limit;
    }

    void install(@Observes Router router) {
        router.route().order(EncodedBodies.ORDER - 1).handler(this::requireLengthOnHttp2);
        BodyHandler reader = BodyHandler.create(false).setBodyLimit(limit);
        BodyHandler largeReader = BodyHandler.create(false).setBodyLimit(largeLimit);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(context -> {
            if (context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                    && BODY_METHODS.contains(context.request().method())) {
                // reads at most the limit, else fails the request with 413
                (LARGE_BODY_PATH.equals(context.request().path()) ? largeReader : reader).handle(context);
            } else {
                context.next();
            }
        });
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).failureHandler(context -> {
            if (context.statusCode() == ProblemType.PAYLOAD_TOO_LARGE.status()) {
                refuse(context);
            } else {
                context.next();
            }
        });
    }

    /**
     * 411 for a body over HTTP/2 without Content-Length (RFC 9110 §15.5.12). Such a body can only be read to its end
     * before an operation takes it, and Quarkus REST then fails to pause the request (Vert.x refuses to pause an HTTP/2
     * request whose end it has delivered, quarkusio/quarkus#34393): it was a 500. With Content-Length the body is read
     * by the operation itself (or, coded, up to its declared length by {@link EncodedBodies}).
     */
    private void requireLengthOnHttp2(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.version() != HttpVersion.HTTP_2 || !BODY_METHODS.contains(request.method())
                || request.getHeader(HttpHeaders.CONTENT_LENGTH) != null
                || request.path().equals(dev.trainingadvisor.api.problem.AllowedMethods.MCP_PATH)) {
            context.next();
            return;
        }
        Language language = languages.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String phrase = io.netty.handler.codec.http.HttpResponseStatus.LENGTH_REQUIRED.reasonPhrase();
        writer.write(context, new Problem("about:blank", phrase, 411, Problems.detail(language, "lengthRequired"),
                request.path(), List.of()), language, null, ProblemWriter.RestOfBody.UNREAD);
    }

    public long limit() {
        return limit;
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !tooLong(length, limitOf(context))) {
            context.next();
            return;
        }
        refuse(context);
    }

    private void refuse(RoutingContext context) {
        Language language = languages.of(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Problem problem = Problems.problem(ProblemType.PAYLOAD_TOO_LARGE, language,
                Problems.detail(language, "payloadTooLarge"), context.request().path(), List.of());
        writer.write(context, problem, language, null, ProblemWriter.RestOfBody.UNREAD);
    }

    private static boolean tooLong(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException unreadable) {
            return false; // Vert.x refuses a malformed Content-Length itself
        }
    }
}
