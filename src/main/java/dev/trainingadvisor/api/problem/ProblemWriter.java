package dev.trainingadvisor.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trainingadvisor.api.common.AnswerHeaders;
import dev.trainingadvisor.api.language.RequestLanguage;
import dev.trainingadvisor.domain.Language;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one writer of error answers (issue 21): every problem document the service sends - from the JAX-RS exception
 * mappers ({@link ProblemMappers}), from the routes below the resources ({@link EdgeProblems}, {@link BodyLimit}) and
 * for requests Vert.x's HTTP server refuses itself (414, 431, 400) - gets its status, {@code Content-Type:
 * application/problem+json} (RFC 9457 §3), {@code Content-Language} and {@code Vary: Accept-Language} here, so that
 * the three cannot drift apart again.
 *
 * <p>What becomes of the connection is decided here too, by the protocol (RFC 9112 §9.6, RFC 9113 §8.1):
 * <ul>
 *   <li>HTTP/1.1: when the rest of the request body is not going to be read, the answer says
 *       {@code Connection: close}; the rest is read and dropped first (within {@link #MAX_DRAIN_BYTES} and
 *       {@link #DRAIN_MILLIS}) so that the client gets to read the answer, and the connection is closed after it.</li>
 *   <li>HTTP/2: connection-specific headers are forbidden (RFC 9113 §8.2.2) and the connection carries other streams,
 *       so nothing is closed: the rest of the body is read and dropped, and only if it is too long or too slow is
 *       the stream - that stream alone - reset with {@code NO_ERROR} (RFC 9113 §8.1: "a server can send a complete
 *       response prior to the client sending an entire request").</li>
 * </ul>
 */
@Singleton
public class ProblemWriter {
    /** RFC 9457 §3. */
    public static final String MEDIA_TYPE = "application/problem+json";
    /** Every problem's text follows the request's Accept-Language (RFC 9110 §12.5.5). */
    static final String VARY = jakarta.ws.rs.core.HttpHeaders.ACCEPT_LANGUAGE;
    /** The most of a refused HTTP/1.1 body read and dropped so that the client gets to read the answer. */
    static final long MAX_DRAIN_BYTES = 1024 * 1024;
    /** How long a refused HTTP/1.1 body may take to arrive before the connection is closed regardless. */
    static final long DRAIN_MILLIS = 5_000;
    /** RFC 9113 §7: the stream is done with, without an error. */
    static final long HTTP2_NO_ERROR = 0x0;
    /** RFC 9113 §7: an answer could not be completed. */
    static final long HTTP2_INTERNAL_ERROR = 0x2;

    /** What is left of the request's body when its problem is answered, and so whether the connection is kept. */
    public enum RestOfBody {
        /** The request was read to its end (or had no body): the connection can carry the next request. */
        READ,
        /** The body was not read and can be: it is read and dropped after the answer (HTTP/1.1), or its stream reset. */
        UNREAD,
        /** The body cannot be read further (it failed to decode, or it is too long to drain). */
        UNREADABLE
    }

    private final ObjectMapper json;
    private final Vertx vertx;

    public ProblemWriter(ObjectMapper json, Vertx vertx) {
        this.json = json;
        this.vertx = vertx;
    }

    /**
     * The JAX-RS answer for {@code problem}, for the exception mappers: its status, the problem media type, the
     * language it is written in, and {@code Vary: Accept-Language}.
     */
    public static Response.ResponseBuilder response(Problem problem, Language language) {
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(MEDIA_TYPE)
                .header(jakarta.ws.rs.core.HttpHeaders.CONTENT_LANGUAGE, RequestLanguage.tag(language))
                .header(jakarta.ws.rs.core.HttpHeaders.VARY, VARY);
        if (problem.status() == ProblemType.UNAUTHORIZED.status()) {
            response.header(Problems.WWW_AUTHENTICATE, Problems.BEARER_CHALLENGE);
        }
        if (problem.status() == ProblemType.HISTORY_UNAVAILABLE.status()) {
            response.header(Problems.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS); // RFC 9110 §15.6.4
        }
        return response.entity(problem);
    }

    /**
     * Writes {@code problem} as the answer on the Vert.x route {@code context}, with {@code Allow} when {@code allow}
     * is not null, and keeps or ends the connection (or, on HTTP/2, the stream) as {@code rest} requires.
     */
    public void write(RoutingContext context, Problem problem, Language language, String allow, RestOfBody rest) {
        write(context.request(), problem, language, allow, rest);
    }

    /** As {@link #write(RoutingContext, Problem, Language, String, RestOfBody)}, on a request no router saw. */
    public void write(HttpServerRequest request, Problem problem, Language language, String allow, RestOfBody rest) {
        String body = serialised(problem);
        HttpServerResponse response = request.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, RequestLanguage.tag(language));
        AnswerHeaders.vary(response.headers(), VARY); // merged with what chose the refusal (Accept, on /q/openapi)
        if (allow != null) {
            response.putHeader(HttpHeaders.ALLOW, allow);
        }
        if (problem.status() == ProblemType.UNAUTHORIZED.status() && !response.headers()
                .contains(Problems.WWW_AUTHENTICATE)) {
            response.putHeader(Problems.WWW_AUTHENTICATE, Problems.BEARER_CHALLENGE); // RFC 9110 §15.5.2
        }
        if (problem.status() == ProblemType.HISTORY_UNAVAILABLE.status()) {
            response.putHeader(Problems.RETRY_AFTER, Integer.toString(Problems.RETRY_AFTER_SECONDS));
        }
        RestOfBody left = rest == RestOfBody.READ && !request.isEnded() ? RestOfBody.UNREAD : rest;
        if (request.version() == HttpVersion.HTTP_2) {
            // The answer first: reading the rest can fail the stream (Netty's HTTP/2 decompressor refuses to return
            // credit for a body in a coding it does not know), and that must not turn the answer into a 500.
            response.end(body);
            if (left != RestOfBody.READ) {
                drainThenResetStream(request, response);
            }
            return;
        }
        if (left == RestOfBody.READ) {
            response.end(body);
            return;
        }
        response.putHeader(HttpHeaders.CONNECTION, "close");
        if (left == RestOfBody.UNREADABLE || request.isEnded() || !drainable(request)) {
            response.endHandler(done -> request.connection().close());
            response.end(body);
            return;
        }
        endDrainingThenClose(request, response, body);
    }

    /**
     * Ends an answer whose head is already written and that cannot be completed (a failure halfway through): on
     * HTTP/1.1 the client sees the connection cut, on HTTP/2 only the stream reset with {@code INTERNAL_ERROR}.
     */
    public void abandon(HttpServerRequest request) {
        if (request.response().closed()) {
            return;
        }
        if (request.version() == HttpVersion.HTTP_2) {
            request.response().reset(HTTP2_INTERNAL_ERROR);
        } else {
            request.connection().close();
        }
    }

    /**
     * The problem for a bare status that a layer below the resources or the JAX-RS runtime decided (404, 405, 406,
     * 413, 414, 415, 431, ...): the service's own problem type for the status where it has one, else
     * {@code about:blank} with the status's reason phrase (RFC 9457 §4.2.1).
     */
    public static Problem forStatus(int status, Language language, RefusedRequest request) {
        Optional<ProblemType> known = Arrays.stream(ProblemType.values())
                .filter(type -> type.status() == status && type != ProblemType.MALFORMED_JSON)
                .findFirst();
        if (known.isEmpty()) {
            String phrase = HttpResponseStatus.valueOf(status).reasonPhrase();
            return new Problem("about:blank", phrase, status, phrase + ".", request.instance(), List.of());
        }
        ProblemType type = known.get();
        String detail = switch (type) {
            case INVALID_REQUEST -> Problems.detail(language, request.validUrl() ? "badRequest" : "badUrl");
            case NOT_FOUND -> Problems.detail(language, "notFound", "path", request.instance());
            case METHOD_NOT_ALLOWED -> Problems.detail(language, "methodNotAllowed", "method", request.method(),
                    "allow", request.allow());
            case NOT_ACCEPTABLE -> Problems.detail(language, "notAcceptable", "accept", request.accept());
            case PAYLOAD_TOO_LARGE -> Problems.detail(language, "payloadTooLarge");
            case UNSUPPORTED_MEDIA_TYPE -> Problems.detail(language, "unsupportedMediaType", "contentType",
                    request.contentType());
            default -> Problems.detail(language, "badRequest");
        };
        return Problems.problem(type, language, detail, request.instance(), List.of());
    }

    /**
     * What a bare-status problem says of the request it refuses: its method, path ({@code instance}), the
     * {@code Allow} of that path, its {@code Accept} and {@code Content-Type} as sent ({@code "null"} when absent),
     * and whether its URL was validly encoded.
     */
    public record RefusedRequest(String method, String instance, String allow, String accept, String contentType,
                                 boolean validUrl) {
        public RefusedRequest {
            allow = allow == null ? "" : allow;
            accept = String.valueOf(accept);
            contentType = String.valueOf(contentType);
        }
    }

    private String serialised(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem document is always serialisable", e);
        }
    }

    /**
     * Ends the response with {@code body} and closes the connection once the rest of the request body has been read
     * and dropped (or after {@link #DRAIN_MILLIS}). Closing while the client still sends resets the connection before
     * it can read the answer.
     */
    private void endDrainingThenClose(HttpServerRequest request, HttpServerResponse response, String body) {
        long closeAnyway = vertx.setTimer(DRAIN_MILLIS, timer -> request.connection().close());
        request.handler(ignoredChunk -> { });
        request.endHandler(ended -> {
            vertx.cancelTimer(closeAnyway);
            request.connection().close();
        });
        request.exceptionHandler(broken -> request.connection().close());
        request.resume();
        response.end(body);
    }

    /**
     * On HTTP/2, reads and drops the rest of a refused body (returning its flow-control credit) and resets the stream
     * with {@code NO_ERROR} only if the rest is over {@link #MAX_DRAIN_BYTES} or has not arrived within
     * {@link #DRAIN_MILLIS}. Resetting at once raced the answer: Netty wrote the RST_STREAM before the queued DATA
     * frame, and a client (curl 7.88) then took the DATA on a closed stream as a connection error.
     */
    private void drainThenResetStream(HttpServerRequest request, HttpServerResponse response) {
        long[] dropped = {0};
        long resetAnyway = vertx.setTimer(DRAIN_MILLIS, timer -> {
            if (!request.isEnded()) {
                response.reset(HTTP2_NO_ERROR);
            }
        });
        request.handler(chunk -> {
            dropped[0] += chunk.length();
            if (dropped[0] > MAX_DRAIN_BYTES) {
                vertx.cancelTimer(resetAnyway);
                response.reset(HTTP2_NO_ERROR); // this stream only: the connection's other streams go on
            }
        });
        request.endHandler(ended -> vertx.cancelTimer(resetAnyway));
        request.exceptionHandler(reset -> vertx.cancelTimer(resetAnyway));
        request.resume();
    }

    /** A body whose declared length is within {@link #MAX_DRAIN_BYTES} (or undeclared: it is cut off when read). */
    private static boolean drainable(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null || Long.parseLong(length.trim()) <= MAX_DRAIN_BYTES;
        } catch (NumberFormatException unreadable) {
            return false;
        }
    }
}
