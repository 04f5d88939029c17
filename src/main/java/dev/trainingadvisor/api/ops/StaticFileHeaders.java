package dev.trainingadvisor.api.ops;

import dev.trainingadvisor.api.common.AnswerHeaders;
import dev.trainingadvisor.api.common.ConditionalRequests;
import dev.trainingadvisor.api.common.ResponseCoding;
import dev.trainingadvisor.api.language.Languages;
import dev.trainingadvisor.api.problem.ProblemWriter;
import dev.trainingadvisor.domain.Language;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.MimeMapping;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The validators, content coding and headers of the questionnaire page's files ({@code /}, {@code /app/*}, the
 * WebJars under {@code /webjars/*}), which Vert.x' static file handler sends. Before that handler, for a GET or HEAD
 * of such a file:
 * <ul>
 * <li>each file has a strong {@code ETag} of its bytes ({@link ConditionalRequests#strongTag}, read once per file, at
 * its first request, on a worker thread) and a {@code Last-Modified} that is its own time: a jar entry's (the build's
 * for the page's own files, the WebJar's release for its files), a file's modification time. The handler's own
 * {@code Last-Modified} is the time this process first extracted the file, so a second pod or a restart made every
 * cached copy look changed, or a changed file look the same;</li>
 * <li>the preconditions are evaluated here in RFC 9110 §13.2.2's order ({@link ConditionalRequests}):
 * {@code If-Match} and {@code If-Unmodified-Since} that fail are a 412 problem; {@code If-None-Match} and
 * {@code If-Modified-Since} (in all three date forms) are answered 304 with the {@code ETag}, {@code Cache-Control},
 * {@code Vary} and {@code Date} of the 200 (§15.4.5); an {@code If-Range} that does not match strongly drops the
 * {@code Range} (§13.1.5: the whole file, 200). The handler, which reads one date form, no entity tags and no
 * {@code If-Range}, does not see them;</li>
 * <li>a file whose type is in {@code quarkus.http.compress-media-types} goes gzipped (or deflated) to clients that
 * take it ({@link ResponseCoding}: its {@code ETag} then names the coding), with {@code Vary: Accept-Encoding} on
 * every file; nothing acceptable is a 406 problem.</li>
 * </ul>
 * And as each answer's head is about to be sent, for these files and any other the handler sends:
 * <ul>
 * <li>{@code Date} and {@code Last-Modified} in RFC 9110 §5.6.7's IMF-fixdate, {@code Thu, 03 Dec 2026 16:00:00 GMT}:
 * the handler formats them with {@link DateTimeFormatter#RFC_1123_DATE_TIME}, whose day has no leading zero
 * ({@code Thu, 3 Dec 2026}), the obsolete form a recipient must accept but a sender must not generate.</li>
 * <li>{@code Cache-Control}: the handler (and the WebJar locator's) sends {@code public, immutable, max-age=86400}
 * for every file, but only a path that names its version ({@link #VERSIONED}: {@code /webjars/mermaid/11.4.1/...})
 * never changes; the page's other files are {@code no-cache} (a cache keeps them and asks again with
 * {@code If-None-Match}, answered 304 while the file is unchanged); another file of the handler is {@code no-cache}
 * when it has a {@code Last-Modified}, else ({@link #SHORT}) kept an hour.</li>
 * <li>A HEAD answer carries the {@code Content-Type} a GET of the same file carries (RFC 9110 §9.3.2): the handler
 * ends a HEAD before it sets it. The type is found as the handler finds it, from the file name
 * ({@link MimeMapping}), with {@code charset=UTF-8} for a text type as the handler adds it.</li>
 * </ul>
 * Another file's answer is recognised by the handler's {@code Last-Modified} or an {@code immutable}
 * {@code Cache-Control}. Other requests pass through untouched (a GET or HEAD after a look at its path).
 */
@Singleton
public class StaticFileHeaders {
    /** IMF-fixdate (RFC 9110 §5.6.7), as every date the service sends. */
    private static final DateTimeFormatter IMF_FIXDATE = ConditionalRequests.IMF_FIXDATE;
    /** A WebJar path with its version as a segment: {@code /webjars/<name>/<version starting with a digit>/<file>}. */
    static final Pattern VERSIONED = Pattern.compile("/webjars/[^/]+/\\d[^/]*/.+");
    static final String REVALIDATE = "no-cache";
    static final String SHORT = "public, max-age=3600";
    /** What the handler sends for every file; kept for a path that names its version. */
    static final String IMMUTABLE = "public, immutable, max-age=86400";
    /** Where the files served as they are live on the class path. */
    static final String ROOT = "META-INF/resources";
    private static final String SENT_PATH = "advisor.static.sent-path";
    private static final String PAGE_FILE = "advisor.static.page-file";

    /** By class path name, each file the page's paths have named so far (empty: a directory). */
    private final Map<String, Optional<PageFile>> files = new ConcurrentHashMap<>();
    private final AnswerHeaders answers;
    private final ProblemWriter writer;
    private final Languages languages;
    private final ClassLoader loader = Thread.currentThread().getContextClassLoader();

    /** What is known of a file: its tag, length in bytes, own time (whole seconds) and whether it is compressed. */
    record PageFile(String tag, long length, Optional<Instant> lastModified, boolean compressible) {
    }

    public StaticFileHeaders(ProblemWriter writer, Languages languages, AnswerHeaders answers) {
        this.writer = writer;
        this.languages = languages;
        this.answers = answers;
    }

    void install(@Observes Router router) {
        // GET and HEAD only: other requests (POST /assessments) do not enter either route.
        // Registered before EdgeProblems' screen (Integer.MIN_VALUE + 2) registers its headers-end handler, so that
        // mend runs after it (last-registered first) and a JSON file's HEAD keeps GET's Content-Type, which the
        // screen would give a charset as it does the API's.
        router.route().method(HttpMethod.GET).method(HttpMethod.HEAD).order(Integer.MIN_VALUE + 1)
                .handler(this::mendWhenSent);
        // The files are answered after the screen, which refuses first what no file may answer (an undecodable or
        // non-canonical path, headers too large).
        router.route().method(HttpMethod.GET).method(HttpMethod.HEAD).order(Integer.MIN_VALUE + 3)
                .handler(this::handle);
    }

    private void mendWhenSent(RoutingContext context) {
        // the path as the client sent it: the WebJar locator reroutes /webjars/mermaid/dist/... to the versioned
        // path, which is not the name the client (and its cache) knows the file by; a reroute drops the headers-end
        // handlers and keeps the context's data, so this runs again and registers anew
        String sent = context.get(SENT_PATH);
        String path = sent != null ? sent : context.request().path();
        context.put(SENT_PATH, path);
        context.addHeadersEndHandler(ended -> mend(context, path));
        context.next();
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String resource = resourceName(request.path());
        if (resource == null) {
            context.next();
            return;
        }
        Optional<PageFile> known = files.get(resource);
        if (known != null) {
            serveOrPass(context, known);
            return;
        }
        URL url = loader.getResource(resource);
        if (url == null) {
            context.next(); // not a file (yet: the WebJar locator reroutes a path without a version)
            return;
        }
        context.vertx().executeBlocking(() -> read(resource, url), false).onComplete(read -> {
            if (read.succeeded()) {
                files.putIfAbsent(resource, read.result());
                serveOrPass(context, read.result());
            } else {
                context.fail(read.cause());
            }
        });
    }

    private void serveOrPass(RoutingContext context, Optional<PageFile> file) {
        if (file.isPresent()) {
            serve(context, file.get());
        } else {
            context.next(); // a directory: the handler's to redirect or refuse
        }
    }

    /**
     * The class path name of the file a page path names ({@code /} is {@code index.html}), or null for a path that is
     * not one of the page's ({@code /}, {@code /index.html}, {@code /app/...}, {@code /webjars/...}) or that is
     * percent-encoded (the handler decodes it and sends the file without what is added here).
     */
    static String resourceName(String path) {
        if (path == null || path.contains("..") || path.indexOf('%') >= 0 || !(path.equals("/")
                || path.equals("/index.html") || path.startsWith("/app/") || path.startsWith("/webjars/"))) {
            return null;
        }
        return ROOT + (path.endsWith("/") ? path + "index.html" : path);
    }

    /** The file {@code url} names, read whole; empty for a directory. */
    private Optional<PageFile> read(String resource, URL url) {
        try {
            URLConnection connection = url.openConnection();
            boolean directory = connection instanceof JarURLConnection jar ? jar.getJarEntry().isDirectory()
                    : url.getProtocol().equals("file") && Files.isDirectory(Path.of(url.toURI()));
            if (directory) {
                return Optional.empty();
            }
            long modified = connection instanceof JarURLConnection jar ? jar.getJarEntry().getTime()
                    : connection.getLastModified();
            byte[] content;
            try (InputStream in = connection.getInputStream()) {
                content = in.readAllBytes();
            }
            String type = MimeMapping.getMimeTypeForFilename(resource);
            return Optional.of(new PageFile(ConditionalRequests.strongTag(content), content.length,
                    modified > 0 ? Optional.of(Instant.ofEpochSecond(modified / 1000)) : Optional.empty(),
                    content.length > 0 && type != null && answers.compressible(type)));
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(resource + " has no file name: " + url, e);
        }
    }

    private void serve(RoutingContext context, PageFile file) {
        HttpServerRequest request = context.request();
        Optional<String> coding = ResponseCoding.choose(request, file.compressible());
        if (coding.isEmpty()) {
            Language language = languages.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
            writer.write(context, ResponseCoding.notAcceptable(language, request, file.compressible()), language,
                    null, ProblemWriter.RestOfBody.READ);
            return;
        }
        String tag = ResponseCoding.entityTag(file.tag(), coding.get());
        context.put(PAGE_FILE, Boolean.TRUE);
        MultiMap headers = context.response().headers();
        headers.set(HttpHeaders.ETAG, tag);
        headers.set(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        file.lastModified().ifPresent(time -> headers.set(HttpHeaders.LAST_MODIFIED, IMF_FIXDATE.format(time)));
        if (ConditionalRequests.preconditionFailed(request, tag, file.lastModified())) {
            Language language = languages.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
            headers.remove(HttpHeaders.LAST_MODIFIED);
            writer.write(context, ConditionalRequests.preconditionFailedProblem(language, request.path()), language,
                    null, ProblemWriter.RestOfBody.READ);
            return;
        }
        if (ConditionalRequests.notModified(request, tag, file.lastModified())) {
            ConditionalRequests.answerNotModified(context); // Date as on every answer (AnswerHeaders)
            return;
        }
        if (!ConditionalRequests.rangeApplies(request, tag, file.lastModified())) {
            request.headers().remove(HttpHeaderNames.RANGE); // If-Range names another version: the whole file
        }
        ConditionalRequests.evaluated(request);
        if (!ResponseCoding.IDENTITY.equals(coding.get())) {
            request.headers().remove(HttpHeaderNames.RANGE); // a range of the compressed bytes is not what it names
        }
        ResponseCoding.apply(context, coding.get(), file.length());
        context.next();
    }

    private static void mend(RoutingContext context, String path) {
        MultiMap headers = context.response().headers();
        boolean page = context.get(PAGE_FILE) != null;
        boolean validated = headers.contains(HttpHeaders.LAST_MODIFIED);
        String cacheControl = headers.get(HttpHeaders.CACHE_CONTROL);
        if (!page && !validated && (cacheControl == null || !cacheControl.contains("immutable"))) {
            return; // not a file
        }
        fixDate(headers, HttpHeaders.DATE.toString());
        fixDate(headers, HttpHeaders.LAST_MODIFIED.toString());
        if (VERSIONED.matcher(path).matches()) {
            if (page) {
                headers.set(HttpHeaders.CACHE_CONTROL, IMMUTABLE); // a 304 as the 200
            }
        } else {
            headers.set(HttpHeaders.CACHE_CONTROL, page || validated ? REVALIDATE : SHORT);
        }
        if (context.request().method() == HttpMethod.HEAD && context.response().getStatusCode() == 200
                && !headers.contains(HttpHeaders.CONTENT_TYPE)) {
            String type = MimeMapping.getMimeTypeForFilename(path.endsWith("/") ? path + "index.html" : path);
            if (type != null) {
                headers.set(HttpHeaders.CONTENT_TYPE, type.startsWith("text") ? type + ";charset=UTF-8" : type);
            }
        }
    }

    /** {@code name}'s value in IMF-fixdate when it is a date in the RFC 1123 form; left as it is otherwise. */
    static void fixDate(MultiMap headers, String name) {
        String value = headers.get(name);
        if (value == null) {
            return;
        }
        try {
            headers.set(name, IMF_FIXDATE.format(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)));
        } catch (DateTimeParseException notADate) {
            // left as sent
        }
    }
}
