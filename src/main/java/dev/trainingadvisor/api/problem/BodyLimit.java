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
 * A body over {@code quarkus.http.limits.max-body-size} is refused with a 413 problem document. With a Content-Length
 * it is refused before a byte of it is read; without one (chunked, HTTP/2) it is read through a body handler capped at
 * the limit, which refuses it as soon as it passes the limit. A gzip or deflate body is read and decoded by
 * {@link EncodedBodies}, whose decoded size counts toward the same limit, so a small gzip bomb cannot expand in memory. Quarkus would refuse both too, one route later, but with an empty
 * body (or, while RESTEasy reads, with an IOException); these routes answer first, through {@link ProblemWriter},
 * which ends the connection on HTTP/1.1 (the client may still be sending) and only the request's stream on HTTP/2.
 */
@Singleton
public class BodyLimit {
    private static final java.util.Set<io.vertx.core.http.HttpMethod> BODY_METHODS = java.util.Set.of(
            io.vertx.core.http.HttpMethod.POST, io.vertx.core.http.HttpMethod.PUT, io.vertx.core.http.HttpMethod.PATCH);

    private final long limit;
    private final Languages languages;
    private final ProblemWriter writer;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, Languages languages,
                     ProblemWriter writer) {
        this.limit = limit.asLongValue();
        this.languages = languages;
        this.writer = writer;
    }

    void install(@Observes Router router) {
        router.route().order(EncodedBodies.ORDER - 1).handler(this::requireLengthOnHttp2);
        BodyHandler reader = BodyHandler.create(false).setBodyLimit(limit);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(context -> {
            if (context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                    && BODY_METHODS.contains(context.request().method())) {
                reader.handle(context); // reads at most `limit` bytes, else fails the request with 413
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
        if (length == null || !tooLong(length)) {
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

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException unreadable) {
            return false; // Vert.x refuses a malformed Content-Length itself
        }
    }
}
