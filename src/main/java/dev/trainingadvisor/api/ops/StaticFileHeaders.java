package dev.trainingadvisor.api.ops;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.MimeMapping;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Mends the headers Vert.x' static file handler writes for the page and its files ({@code /}, {@code /app/*},
 * {@code /webjars/*}), as each answer's headers are about to be sent:
 * <ul>
 * <li>{@code Date} and {@code Last-Modified} in RFC 9110 §5.6.7's IMF-fixdate, {@code Thu, 03 Dec 2026 16:00:00 GMT}:
 * the handler formats them with {@link DateTimeFormatter#RFC_1123_DATE_TIME}, whose day has no leading zero
 * ({@code Thu, 3 Dec 2026}), the obsolete form a recipient must accept but a sender must not generate.</li>
 * <li>{@code Cache-Control}: the handler (and the WebJar locator's) sends {@code public, immutable, max-age=86400}
 * for every file, but only a path that names its version ({@link #VERSIONED}: {@code /webjars/mermaid/11.4.1/...})
 * never changes; every other file is {@code no-cache} when it has a {@code Last-Modified} (the page, its script: a
 * cache keeps it and asks again with {@code If-Modified-Since}, which the handler answers 304 while the file is
 * unchanged), else ({@link #SHORT}: a WebJar the page loads by name, which carries no validator) kept an hour: it
 * changes only with a new release of the service, and a megabyte of mermaid fetched on every visit would cost more
 * than an hour's delay of a new one.</li>
 * <li>A HEAD answer carries the {@code Content-Type} a GET of the same file carries (RFC 9110 §9.3.2): the handler
 * ends a HEAD before it sets it. The type is found as the handler finds it, from the file name
 * ({@link MimeMapping}), with {@code charset=UTF-8} for a text type as the handler adds it.</li>
 * </ul>
 * Only answers of files are changed, recognised by the static handler's {@code Last-Modified} or an
 * {@code immutable} {@code Cache-Control}.
 */
@Singleton
public class StaticFileHeaders {
    /** IMF-fixdate (RFC 9110 §5.6.7): a two-digit day, English names, GMT. */
    static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);
    /** A WebJar path with its version as a segment: {@code /webjars/<name>/<version starting with a digit>/<file>}. */
    static final Pattern VERSIONED = Pattern.compile("/webjars/[^/]+/\\d[^/]*/.+");
    static final String REVALIDATE = "no-cache";
    static final String SHORT = "public, max-age=3600";
    private static final String SENT_PATH = "advisor.static.sent-path";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(context -> {
            HttpServerRequest request = context.request();
            if (request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD) {
                // the path as the client sent it: the WebJar locator reroutes /webjars/mermaid/dist/... to the
                // versioned path, which is not the name the client (and its cache) knows the file by; a reroute
                // drops the headers-end handlers and keeps the context's data, so this runs again and registers anew
                String sent = context.get(SENT_PATH);
                String path = sent != null ? sent : request.path();
                context.put(SENT_PATH, path);
                context.addHeadersEndHandler(ended -> mend(context, path));
            }
            context.next();
        });
    }

    private static void mend(RoutingContext context, String path) {
        MultiMap headers = context.response().headers();
        boolean validated = headers.contains(HttpHeaders.LAST_MODIFIED);
        String cacheControl = headers.get(HttpHeaders.CACHE_CONTROL);
        if (!validated && (cacheControl == null || !cacheControl.contains("immutable"))) {
            return; // not a file
        }
        fixDate(headers, HttpHeaders.DATE.toString());
        fixDate(headers, HttpHeaders.LAST_MODIFIED.toString());
        if (!VERSIONED.matcher(path).matches()) {
            headers.set(HttpHeaders.CACHE_CONTROL, validated ? REVALIDATE : SHORT);
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
