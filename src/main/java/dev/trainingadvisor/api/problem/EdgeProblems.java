package dev.trainingadvisor.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trainingadvisor.api.common.AcceptQuality;
import dev.trainingadvisor.api.language.Languages;
import dev.trainingadvisor.api.language.RequestLanguage;
import dev.trainingadvisor.domain.Language;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.compression.DecompressionException;
import io.netty.handler.codec.http2.Http2Exception;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The one place that owns what the HTTP layers below the resources answer, so that every such answer is an RFC 9457
 * problem document: Vert.x and Netty refuse some requests before (or instead of) any resource, and Quarkus's own error
 * page is neither a problem document nor a 4xx for input the client got wrong.
 *
 * <p>Two routes on the Vert.x router:
 * <ul>
 *   <li>a screen, before the body is read, which refuses what no resource can take: a URL that is not validly
 *       percent-encoded (400), a literal {@code ;} in the query, which Vert.x would read as a second separator
 *       beside {@code &} (400, so that {@code ?maxStartingCostUsd=5;method=RAG} is not a hidden second filter), a
 *       {@code Content-Type} that is not one media type per RFC 9110 §8.3.1, or a multipart type without a boundary,
 *       on a request with content (415; without content the header describes nothing and is dropped), and a method other than GET, HEAD or OPTIONS on the management paths under {@code /q} (405 with
 *       {@code Allow}; the health, metrics and OpenAPI handlers would otherwise answer any method with 200);</li>
 *   <li>a failure handler, which turns every failure the router sees into a problem document: a status Vert.x set
 *       (400 for an undecodable URL, 413, ...) keeps its status; a body the server could not decode (bad gzip,
 *       broken multipart: Netty's decoders fail) is a 400; anything else is a 500 {@code internal-error} with an
 *       error id that the log repeats, never Quarkus's text page.</li>
 * </ul>
 * Quarkus's own URI check (400, empty body, before the router) is turned off in {@code Main} and made here instead.
 * What stays out of reach: requests Netty's HTTP decoder refuses - a request line over 4,096 bytes (414), headers
 * over 20 KiB (431), an unparseable Content-Length (400) - are answered by Vert.x's HTTP server itself, with an empty
 * body and a closed connection, before any route, filter or error handler of the application runs; Quarkus does not
 * expose the server's invalid-request handler.
 */
@Singleton
public class EdgeProblems {
    private static final Logger LOG = Logger.getLogger(EdgeProblems.class);

    /** RFC 9110 §5.6.2 token. */
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    /** RFC 9110 §5.6.4 quoted-string (visible characters, escaped pairs). */
    private static final String QUOTED = "\"(?:[\\t \\x21\\x23-\\x5B\\x5D-\\x7E]|\\\\[\\t \\x21-\\x7E])*\"";
    /** RFC 9110 §8.3.1 media-type: type "/" subtype *( OWS ";" OWS [ parameter ] ). */
    private static final Pattern MEDIA_TYPE = Pattern.compile(TOKEN + "/" + TOKEN
            + "(?:[\\t ]*;[\\t ]*(?:" + TOKEN + "=(?:" + TOKEN + "|" + QUOTED + "))?)*[\\t ]*");
    private static final Pattern BOUNDARY = Pattern.compile("(?i).*;[\\t ]*boundary=(?:\"[^\"]+\"|[^\\s;\"]+).*");
    private static final Set<HttpMethod> MANAGEMENT_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD,
            HttpMethod.OPTIONS);
    static final String MANAGEMENT_ALLOW = "GET, HEAD, OPTIONS";
    /** The longest request line taken (Vert.x's default, which Netty enforced before). */
    static final int MAX_REQUEST_LINE = 4096;
    /** The most header bytes taken (Vert.x's default, which Netty enforced before). */
    static final int MAX_HEADERS = 20 * 1024;
    /** The MCP Streamable HTTP transport's session header. */
    private static final String MCP_SESSION_ID = "Mcp-Session-Id";
    private static final Set<HttpMethod> BODY_METHODS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private final Languages languages;
    private final AllowedMethods allowedMethods;
    private final ProblemWriter writer;
    private final String managementRoot;

    public EdgeProblems(Languages languages, AllowedMethods allowedMethods, ProblemWriter writer,
                        @ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "q")
                        String managementRoot) {
        this.languages = languages;
        this.allowedMethods = allowedMethods;
        this.writer = writer;
        String root = "/" + managementRoot.replaceAll("^/+|/+$", "");
        this.managementRoot = root;
    }

    /** Right after Vert.x's own first handlers: before authentication, the body limit and any route. */
    static final int SCREEN_ORDER = Integer.MIN_VALUE + 2;

    void install(@Observes Router router) {
        // Before the body limit (ROUTE_ORDER_UPLOAD_LIMIT - 1) and so before any body is read or decoded.
        // Before Quarkus's authentication too (ADVISOR_AUTH=oidc), which decodes the path to match its policies and would
        // fail a URL that is not validly percent-encoded with a 500 before this could answer it 400.
        router.route().order(SCREEN_ORDER).handler(this::screen);
        // After BodyLimit's failure handler, which answers its own 413s (draining the body first).
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT).failureHandler(this::failed);
        // A request whose path Vert.x cannot decode (GET /training-methods/%zz) fails before any route matches, so no
        // failure handler sees it; the router's error handlers do, by status.
        for (int status = 400; status < 600; status++) {
            router.errorHandler(status, this::failed);
        }
    }

    /** Prometheus's scrape endpoint and the format it answers in (it refuses OpenMetrics with an empty 406). */
    private static final String METRICS_PATH = "/q/metrics";
    private static final List<String> METRICS_TYPES = List.of("text/plain");

    private void screen(RoutingContext context) {
        HttpServerRequest request = context.request();
        context.addHeadersEndHandler(ended -> {
            dropIdentityOnEmpty(context);
            if (request.method() == HttpMethod.HEAD) {
                sameTypeAsGet(context.response());
            }
        });
        String uri = request.uri();
        int question = uri.indexOf('?');
        String rawPath = question < 0 ? uri : uri.substring(0, question);
        String rawQuery = question < 0 ? null : uri.substring(question + 1);
        Language language = language(request);
        Optional<Problem> tooLarge = tooLargeHead(request, language, rawPath);
        if (tooLarge.isPresent()) {
            refuse(context, tooLarge.get(), language, null);
            return;
        }
        if (!validUri(uri) || !decodable(rawPath) || (rawQuery != null && !decodable(rawQuery.replace('+', ' ')))) {
            refuse(context, Problems.problem(ProblemType.INVALID_REQUEST, language,
                    Problems.detail(language, "badUrl"), rawPath, List.of()), language, null);
            return;
        }
        Optional<String> canonical = canonicalPath(rawPath, isDirectoryPage(rawPath));
        if (canonical.isPresent()) {
            refuse(context, Problems.problem(ProblemType.INVALID_REQUEST, language,
                    Problems.detail(language, "nonCanonicalPath", "path", rawPath, "canonical", canonical.get()),
                    rawPath, List.of()), language, null);
            return;
        }
        if (rawQuery != null && rawQuery.indexOf(';') >= 0) {
            String parameter = parameterWithSemicolon(rawQuery);
            refuse(context, Problems.problem(ProblemType.INVALID_REQUEST, language,
                    Problems.invalidDetail(language, 1), rawPath, List.of(FieldError.atParameter(parameter,
                            Problems.detail(language, "semicolonInQuery")))), language, null);
            return;
        }
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !hasBody(request)) {
            if (!validContentType(contentType)) {
                // It describes content there is none of (RFC 9110 §8.3): dropped, so that GET answers as documented.
                request.headers().remove(HttpHeaders.CONTENT_TYPE);
            }
        } else if (contentType != null && (!validContentType(contentType) || decodedBelow(contentType))) {
            refuse(context, Problems.problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, language,
                    Problems.detail(language, validContentType(contentType) ? "unsupportedMediaType"
                            : "badContentType", "contentType", contentType), rawPath, List.of()), language, null);
            return;
        }
        if (unreadableEncoding(request)) {
            refuseEncoding(context, language, rawPath);
            return;
        }
        if (rawPath.equals(AllowedMethods.MCP_PATH) && request.method() == HttpMethod.POST && contentType != null
                && hasBody(request) && !isJson(contentType)) {
            // The MCP extension would read any body as JSON-RPC; its transport takes application/json only.
            refuse(context, Problems.problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, language,
                    Problems.detail(language, "unsupportedMediaType", "contentType", contentType), rawPath,
                    List.of()), language, null);
            return;
        }
        if (request.method() == HttpMethod.OPTIONS && !rawPath.equals("*")
                && request.getHeader(HttpHeaders.ORIGIN) == null) {
            // A CORS preflight (with Origin) is Quarkus' CORS filter's to answer, with its Access-Control-* headers.
            String allow = allow(rawPath);
            if (allow.isEmpty() && allowedMethods.isStaticFile(rawPath)) {
                allow = MANAGEMENT_ALLOW;
            }
            if (allow.isEmpty()) {
                refuse(context, Problems.problem(ProblemType.NOT_FOUND, language,
                        Problems.detail(language, "notFound", "path", rawPath), rawPath, List.of()), language, null);
            } else {
                // RFC 9110 §9.3.7: what the target takes, in Allow; 200 with no content (so no Content-Encoding).
                context.response().putHeader(HttpHeaders.ALLOW, allow).end();
            }
            return;
        }
        String allowed = isManagement(rawPath) ? "" : allowedMethods.allow(rawPath);
        if (!allowed.isEmpty() && !AllowedMethods.names(allowed, request.method().name())) {
            // By the contract's paths, a literal before a template (OpenAPI 3.1 §4.8.8.2): GET /assessments/batch is
            // a 405 naming POST, not a lookup of a record with the id "batch" (404).
            refuse(context, Problems.problem(ProblemType.METHOD_NOT_ALLOWED, language,
                    Problems.detail(language, "methodNotAllowed", "method", request.method().name(),
                            "allow", allowed), rawPath, List.of()), language, allowed);
            return;
        }
        if (isManagement(rawPath) && !MANAGEMENT_METHODS.contains(request.method())) {
            refuse(context, Problems.problem(ProblemType.METHOD_NOT_ALLOWED, language,
                    Problems.detail(language, "methodNotAllowed", "method", request.method().name(),
                            "allow", MANAGEMENT_ALLOW), rawPath, List.of()), language, MANAGEMENT_ALLOW);
            return;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (rawPath.equals(METRICS_PATH) && !AcceptQuality.admitsAny(accept, METRICS_TYPES)) {
            // Micrometer's endpoint would refuse with an empty 406 of its own.
            refuse(context, Problems.problem(ProblemType.NOT_ACCEPTABLE, language,
                    Problems.detail(language, "notAcceptable", "accept", accept), rawPath, List.of()),
                    language, null);
            return;
        }
        context.next();
    }

    /**
     * Quarkus marks every answer whose type it does not compress {@code Content-Encoding: identity} (so that Netty's
     * compressor leaves it alone), also answers without content (a DELETE's 204, an OPTIONS): RFC 9110 §8.4.1 keeps
     * {@code identity} out of Content-Encoding. Dropped where there is no content to compress, and on HEAD (Netty's
     * compressor, which takes the mark off GET's answer, passes HEAD answers through untouched); headers-end handlers
     * run last-registered first, so this one, registered before Quarkus's, runs after it.
     */
    private static void dropIdentityOnEmpty(RoutingContext context) {
        HttpServerResponse response = context.response();
        String coding = response.headers().get(HttpHeaders.CONTENT_ENCODING);
        if (coding == null || !coding.equalsIgnoreCase("identity")) {
            return;
        }
        String length = response.headers().get(HttpHeaders.CONTENT_LENGTH);
        int status = response.getStatusCode();
        if (status == 204 || status == 304 || "0".equals(length) || context.request().method() == HttpMethod.HEAD) {
            response.headers().remove(HttpHeaders.CONTENT_ENCODING);
        }
    }

    /**
     * 414 for a request line over {@link #MAX_REQUEST_LINE} bytes, 431 for header fields over {@link #MAX_HEADERS}
     * bytes (RFC 9110 §15.5.15, RFC 6585 §5), as {@code about:blank} problems with the status's phrase as title (RFC
     * 9457 §4.2.1). Netty's own limits ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size})
     * are set far above these, so that these answer first; Netty's bare answers are left only beyond its limits.
     * Header bytes are counted as Netty counts them: name, colon, space, value and line end.
     */
    private static Optional<Problem> tooLargeHead(HttpServerRequest request, Language language, String instance) {
        int line = request.method().name().length() + 1 + request.uri().length() + " HTTP/1.1".length();
        if (request.version() != io.vertx.core.http.HttpVersion.HTTP_2 && line > MAX_REQUEST_LINE) {
            return Optional.of(new Problem("about:blank", HttpResponseStatus.REQUEST_URI_TOO_LONG.reasonPhrase(), 414,
                    Problems.detail(language, "uriTooLong", "limit", Integer.toString(MAX_REQUEST_LINE)),
                    instance.length() > 200 ? instance.substring(0, 200) : instance, List.of()));
        }
        long headers = 0;
        for (var field : request.headers()) {
            headers += field.getKey().length() + 2 + field.getValue().length() + 2;
        }
        if (headers > MAX_HEADERS) {
            return Optional.of(new Problem("about:blank",
                    HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE.reasonPhrase(), 431,
                    Problems.detail(language, "headersTooLarge", "limit", Integer.toString(MAX_HEADERS)),
                    instance.length() > 200 ? instance.substring(0, 200) : instance, List.of()));
        }
        return Optional.empty();
    }

    /**
     * HEAD answers with the head GET answers with (RFC 9110 §9.3.2): the JSON and Mermaid writers add the charset as
     * they write, and for HEAD no writer runs, so {@code application/json} lacked GET's {@code ;charset=UTF-8}.
     */
    private static void sameTypeAsGet(HttpServerResponse response) {
        String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
        if (type != null && (type.equals("application/json") || type.equals("text/vnd.mermaid"))) {
            response.headers().set(HttpHeaders.CONTENT_TYPE, type + ";charset=UTF-8");
        }
    }

    /** {@code application/json} with any parameters, in any letter case. */
    private static boolean isJson(String contentType) {
        return contentType.split(";", 2)[0].trim().equalsIgnoreCase("application/json");
    }

    /** A body in a content coding that is not undone here (Netty would pass it on as if it were not encoded). */
    private static boolean unreadableEncoding(HttpServerRequest request) {
        String encoding = request.getHeader(HttpHeaders.CONTENT_ENCODING);
        return encoding != null && hasBody(request) && !ContentCodings.readable(encoding);
    }

    /** 415 for the body's content coding, with the codings taken in {@code Accept-Encoding} (RFC 9110 §12.5.3). */
    private void refuseEncoding(RoutingContext context, Language language, String instance) {
        String encoding = context.request().getHeader(HttpHeaders.CONTENT_ENCODING);
        context.response().putHeader(HttpHeaders.ACCEPT_ENCODING, ContentCodings.ACCEPTED);
        refuse(context, Problems.problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, language,
                Problems.detail(language, "unsupportedEncoding", "encoding", encoding,
                        "encodings", ContentCodings.ACCEPTED), instance, List.of()), language, null);
    }

    /** Answers a request the screen refuses before its body is read; the body is drained (or its stream reset). */
    private void refuse(RoutingContext context, Problem problem, Language language, String allow) {
        writer.write(context, problem, language, allow, ProblemWriter.RestOfBody.READ);
    }

    /**
     * A media type that Vert.x's body handler decodes itself (form fields, multipart parts) before any operation sees
     * it: no operation of this service takes one (every body is {@code application/json}), and a decoder's failure on
     * an odd {@code charset} or a broken part would otherwise answer 400 for what is a 415 however it is framed.
     */
    static boolean decodedBelow(String contentType) {
        String type = contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("multipart/") || type.equals("application/x-www-form-urlencoded");
    }

    private void failed(RoutingContext context) {
        HttpServerRequest request = context.request();
        Throwable failure = context.failure();
        if (context.response().headWritten() || context.response().closed()) {
            writer.abandon(request); // half an answer is not an answer: the client sees the cut
            return;
        }
        if (failure instanceof HttpClosedException) {
            return; // the client is gone; there is no one to answer
        }
        Language language = language(request);
        String instance = instance(request);
        int status = context.statusCode();
        if (unreadableEncoding(request)) {
            // On HTTP/2, Netty's decompressor fails the stream for a coding it does not know (Http2Exception) as
            // soon as the first DATA frame arrives, which can be before the screen runs: the screen's answer.
            refuseEncoding(context, language, instance);
            return;
        }
        Problem problem;
        boolean close = false;
        if (isCause(failure, Http2Exception.class)) {
            // A stream error the client's frames caused (RFC 9113 §5.4.2): its request, not the service, is at fault.
            problem = Problems.problem(ProblemType.INVALID_REQUEST, language,
                    Problems.detail(language, "badRequest"), instance, List.of());
            close = true;
        } else if (isCause(failure, DecoderException.class)) {
            // A decoder below the routes failed (Netty's multipart decoder; gzip and deflate are EncodedBodies's own).
            problem = Problems.problem(ProblemType.INVALID_REQUEST, language, isCause(failure,
                    DecompressionException.class)
                    ? Problems.detail(language, "undecodableEncoding")
                    : Problems.detail(language, "undecodableBody", "contentType",
                            String.valueOf(request.getHeader(HttpHeaders.CONTENT_TYPE))), instance, List.of());
            close = true; // the rest of the body cannot be read either
        } else if (status == 404 && instance.equals(AllowedMethods.MCP_PATH)
                && request.getHeader(MCP_SESSION_ID) != null) {
            // The extension answers 404 for a session id it does not hold (MCP Streamable HTTP: start anew).
            problem = Problems.problem(ProblemType.NOT_FOUND, language, Problems.detail(language,
                    "unknownMcpSession", "session", request.getHeader(MCP_SESSION_ID)), instance, List.of());
        } else if (status >= 400 && status < 500) {
            problem = forStatus(status, request, language, instance);
            close = status == 413;
        } else {
            String errorId = UUID.randomUUID().toString();
            LOG.errorf(failure, "Unexpected failure %s on %s", errorId, instance);
            problem = Problems.problem(ProblemType.INTERNAL_ERROR, language,
                    Problems.detail(language, "internalError", "errorId", errorId), instance, List.of());
        }
        writer.write(context, problem, language, status == 405 ? allow(instance) : null,
                close ? ProblemWriter.RestOfBody.UNREADABLE : ProblemWriter.RestOfBody.READ);
    }

    private Problem forStatus(int status, HttpServerRequest request, Language language, String instance) {
        String uri = request.uri();
        return ProblemWriter.forStatus(status, language, new ProblemWriter.RefusedRequest(request.method().name(),
                instance, allow(instance), request.getHeader(HttpHeaders.ACCEPT),
                request.getHeader(HttpHeaders.CONTENT_TYPE), validUri(uri) && decodable(uri)));
    }

    private String allow(String path) {
        return isManagement(path) ? MANAGEMENT_ALLOW : allowedMethods.allow(path);
    }

    private Language language(HttpServerRequest request) {
        return languages.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private boolean isManagement(String rawPath) {
        return rawPath.equals(managementRoot) || rawPath.startsWith(managementRoot + "/");
    }

    /** The request path as the client sent it, for {@code instance}; empty when the request line had none. */
    private static String instance(HttpServerRequest request) {
        String uri = request.uri() == null ? "" : request.uri();
        int question = uri.indexOf('?');
        return question < 0 ? uri : uri.substring(0, question);
    }

    /**
     * Whether the request has content that an operation could read: a method that takes a body (no operation reads
     * the body of a GET or DELETE), with a Transfer-Encoding or a Content-Length other than 0 (HTTP/1.1), or a stream
     * not yet ended (HTTP/2).
     */
    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (!BODY_METHODS.contains(request.method())) {
            return false;
        }
        if (request.version() == io.vertx.core.http.HttpVersion.HTTP_2) {
            // No Transfer-Encoding in HTTP/2, and Content-Length is optional (Netty's decompressor removes it): a
            // body is whatever DATA frames come before the stream ends.
            return !request.isEnded() && (length == null || !length.trim().equals("0"));
        }
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || (length != null && !length.trim().equals("0"));
    }

    /** A Content-Type the server can read as one media type; multipart types must name their boundary. */
    static boolean validContentType(String value) {
        if (value.equalsIgnoreCase("application/json")) {
            return true; // what nearly every request sends: no pattern to run (issue 22)
        }
        if (!MEDIA_TYPE.matcher(value).matches()) {
            return false;
        }
        return !value.regionMatches(true, 0, "multipart/", 0, "multipart/".length())
                || BOUNDARY.matcher(value).matches();
    }

    /**
     * The check Quarkus's root handler makes (it is turned off, see {@code Main}, so that this one answers): the
     * request target is a URI reference per {@code java.net.URI} (RFC 2396 with its documented deviations).
     */
    static boolean validUri(String uri) {
        if (uri == null || uri.isEmpty()) {
            return false;
        }
        try {
            new java.net.URI(uri);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Every {@code %} followed by two hex digits, and the bytes they spell well-formed UTF-8 (RFC 3986 §2.1). */
    static boolean decodable(String raw) {
        if (raw == null) {
            return false;
        }
        if (raw.indexOf('%') < 0) {
            return true;
        }
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 4);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes.put((byte) Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The one form of {@code rawPath} when it is written otherwise; empty when it is in its one form already (or is
     * not an origin-form path). Vert.x and Quarkus REST read several spellings as one path - an empty segment
     * ({@code //}), a trailing slash, a dot segment ({@code .}, {@code ..}, also percent-encoded: RFC 3986 §6.2.2.2
     * makes {@code %2e} a dot), a matrix parameter ({@code /training-methods;x=y}) - and resolving {@code ..} took
     * {@code /fine-tuning-offerings/%2e%2e} to the start page. Each such spelling is refused with 400 naming the one
     * form, so that a URL answers as itself or not at all. A trailing slash stays allowed where
     * {@code trailingSlash} says so (the caller says so for Swagger UI's own address, {@code /q/swagger-ui/}, and
     * under it). An encoded slash ({@code %2F}) is a character of its segment, not a separator: no path of the service
     * has one, so it is a 404.
     */
    static Optional<String> canonicalPath(String rawPath, boolean trailingSlash) {
        if (!rawPath.startsWith("/") || rawPath.equals("/")) {
            return Optional.empty();
        }
        if (plainPath(rawPath)) {
            return Optional.empty(); // its one form already: nothing to split (issue 22)
        }
        String[] segments = rawPath.substring(1).split("/", -1);
        java.util.Deque<String> kept = new java.util.ArrayDeque<>();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            int semicolon = segment.indexOf(';');
            if (semicolon >= 0) {
                segment = segment.substring(0, semicolon);
            }
            String dots = segment.replace("%2e", ".").replace("%2E", ".");
            if (dots.equals("..")) {
                kept.pollLast();
            } else if (!dots.equals(".") && !segment.isEmpty()) {
                kept.addLast(segment);
            }
        }
        String canonical = "/" + String.join("/", kept);
        if (trailingSlash && rawPath.endsWith("/") && !canonical.equals("/")) {
            canonical += "/";
        }
        return canonical.equals(rawPath) ? Optional.empty() : Optional.of(canonical);
    }

    /**
     * Swagger UI's own address and what lies under it ({@code /q/swagger-ui/}, its one form ends in a slash; so does
     * the dev UI's): every other path, management ones too, has one form without a trailing slash.
     */
    private boolean isDirectoryPage(String rawPath) {
        return rawPath.startsWith(managementRoot + "/swagger-ui/") || rawPath.startsWith(managementRoot + "/dev-ui/");
    }

    /**
     * A path {@link #canonicalPath} leaves as it is, told without splitting it: no empty segment, no trailing slash,
     * no {@code ;}, and no segment that starts with a dot or {@code %2e} (so no dot segment).
     */
    private static boolean plainPath(String rawPath) {
        if (rawPath.endsWith("/") || rawPath.indexOf(';') >= 0 || rawPath.contains("//")) {
            return false;
        }
        for (int slash = rawPath.indexOf('/'); slash >= 0; slash = rawPath.indexOf('/', slash + 1)) {
            if (rawPath.startsWith(".", slash + 1) || rawPath.regionMatches(true, slash + 1, "%2e", 0, 3)) {
                return false;
            }
        }
        return true;
    }

    /** The name of the first query parameter whose text holds a {@code ;}. */
    private static String parameterWithSemicolon(String rawQuery) {
        for (String pair : rawQuery.split("&")) {
            if (pair.indexOf(';') >= 0) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                return name.contains(";") ? name.substring(0, name.indexOf(';')) : name;
            }
        }
        return "";
    }

    private static boolean isCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
