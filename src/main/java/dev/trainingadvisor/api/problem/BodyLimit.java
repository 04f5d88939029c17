package dev.trainingadvisor.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trainingadvisor.api.language.Languages;
import dev.trainingadvisor.api.language.RequestLanguage;
import dev.trainingadvisor.domain.Language;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body over {@code quarkus.http.limits.max-body-size} is refused with a 413 problem document. With a Content-Length
 * it is refused before a byte of it is read; without one (chunked, HTTP/2, or gzip that Vert.x decompressed) it is read
 * through a body handler capped at the limit, which refuses it as soon as it passes the limit - after decompression,
 * so a small gzip bomb cannot expand in memory. Quarkus would refuse both too, one route later, but with an empty
 * body (or, while RESTEasy reads, with an IOException); these routes answer first, the same way, and close the
 * connection, as the client may still be sending.
 */
@Singleton
public class BodyLimit {
    private static final java.util.Set<io.vertx.core.http.HttpMethod> BODY_METHODS = java.util.Set.of(
            io.vertx.core.http.HttpMethod.POST, io.vertx.core.http.HttpMethod.PUT, io.vertx.core.http.HttpMethod.PATCH);

    /** The most of a refused body read and dropped so that the client gets to read the 413. */
    static final long MAX_DRAIN_BYTES = 1024 * 1024;
    /** How long a refused body may take to arrive before the connection is closed regardless. */
    static final long DRAIN_MILLIS = 5_000;

    private final long limit;
    private final Languages languages;
    private final ObjectMapper json;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, Languages languages,
                     ObjectMapper json) {
        this.limit = limit.asLongValue();
        this.languages = languages;
        this.json = json;
    }

    void install(@Observes Router router) {
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
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response()
                .setStatusCode(ProblemType.PAYLOAD_TOO_LARGE.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, RequestLanguage.tag(language))
                .putHeader(HttpHeaders.CONNECTION, "close");
        if (request.isEnded() || !drainable(request)) {
            response.endHandler(ignored -> request.connection().close()).end(body);
            return;
        }
        endDrainingThenClose(context, body);
    }

    /**
     * Ends the response with {@code body} and closes the connection once the rest of the request body has been read
     * and dropped (or after {@link #DRAIN_MILLIS}). Closing while the client still sends resets the connection before
     * it can read the answer (a 413, or any problem answered before the body was read).
     */
    static void endDrainingThenClose(RoutingContext context, String body) {
        HttpServerRequest request = context.request();
        long closeAnyway = context.vertx().setTimer(DRAIN_MILLIS, timer -> request.connection().close());
        request.handler(ignoredChunk -> { });
        request.endHandler(ended -> {
            context.vertx().cancelTimer(closeAnyway);
            request.connection().close();
        });
        request.exceptionHandler(broken -> request.connection().close());
        request.resume();
        context.response().end(body);
    }

    /** A body whose declared length is within {@link #MAX_DRAIN_BYTES} (or undeclared: it is cut off when read). */
    private boolean drainable(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null || Long.parseLong(length.trim()) <= MAX_DRAIN_BYTES;
        } catch (NumberFormatException unreadable) {
            return false;
        }
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException unreadable) {
            return false; // Vert.x refuses a malformed Content-Length itself
        }
    }
}
