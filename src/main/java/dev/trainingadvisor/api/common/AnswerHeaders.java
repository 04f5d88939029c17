package dev.trainingadvisor.api.common;

import io.netty.handler.codec.DateFormatter;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Header fields every answer the router sends carries, added as its head is about to go out (after every other
 * headers-end handler, whatever route answered: a resource, a problem, a page file, the OpenAPI document):
 * <ul>
 * <li>{@code Date} (RFC 9110 §6.6.1: an origin server with a clock must send one) in IMF-fixdate, when the answer
 * has none; the string is made once a second (Netty's {@link DateFormatter}) and shared, so an answer pays one
 * header put;</li>
 * <li>{@code Vary: Accept-Encoding} (RFC 9110 §12.5.5) on an answer whose media type is one of
 * {@code quarkus.http.compress-media-types}: Vert.x's compressor sends it gzipped, deflated or as it is by the
 * request's Accept-Encoding, so a cache must key on it;</li>
 * <li>{@code Vary: Accept} on the decision tree ({@link FormatParameter#PATHS}), which answers JSON or Mermaid by
 * Accept.</li>
 * </ul>
 * Vary values are merged with what the answer already names ({@link #vary}), never repeated.
 */
@Singleton
public class AnswerHeaders {
    private final Set<String> compressedTypes;
    private volatile CachedDate date = new CachedDate(-1, "");

    /** The IMF-fixdate of one second (seconds since the epoch). */
    private record CachedDate(long second, String text) {
    }

    public AnswerHeaders(@ConfigProperty(name = "quarkus.http.compress-media-types")
                         Optional<List<String>> compressedTypes) {
        this.compressedTypes = Set.copyOf(compressedTypes.orElse(List.of()));
    }

    void install(@Observes Router router) {
        // First of all routes: its headers-end handler is registered first, so it runs last (last-registered first)
        // and sees the head as the other handlers left it. A reroute runs the routes, and this, again.
        router.route().order(Integer.MIN_VALUE).handler(this::onHeadersEnd);
    }

    private void onHeadersEnd(RoutingContext context) {
        context.addHeadersEndHandler(ended -> complete(context));
        context.next();
    }

    private void complete(RoutingContext context) {
        MultiMap headers = context.response().headers();
        if (!headers.contains(HttpHeaders.DATE)) {
            headers.set(HttpHeaders.DATE, now());
        }
        String type = headers.get(HttpHeaders.CONTENT_TYPE);
        if (type != null && compressible(type)) {
            vary(headers, "Accept-Encoding");
        }
        if (FormatParameter.PATHS.contains(context.request().path())) {
            vary(headers, "Accept");
        }
    }

    /** The IMF-fixdate (RFC 9110 §5.6.7) of this second, made at most once a second. */
    String now() {
        long millis = System.currentTimeMillis();
        long second = millis / 1000;
        CachedDate cached = date;
        if (cached.second() != second) {
            cached = new CachedDate(second, DateFormatter.format(new Date(second * 1000)));
            date = cached;
        }
        return cached.text();
    }

    /**
     * Whether the media type of {@code contentType} (before any parameter, any letter case) is one of
     * {@code quarkus.http.compress-media-types}: what Vert.x's compressor compresses for clients that take it.
     */
    public boolean compressible(String contentType) {
        for (String type : compressedTypes) {
            int end = type.length();
            if (contentType.regionMatches(true, 0, type, 0, end) && (contentType.length() == end
                    || contentType.charAt(end) == ';' || contentType.charAt(end) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the request header field {@code name} to {@code headers}' Vary (RFC 9110 §12.5.5) unless one of its
     * members already is that field (names compared in any letter case) or {@code *}; the field's lines become one
     * line, comma-separated, its members in their order.
     */
    public static void vary(MultiMap headers, String name) {
        List<String> lines = headers.getAll(HttpHeaders.VARY);
        for (String line : lines) {
            if (hasMember(line, name) || hasMember(line, "*")) {
                return;
            }
        }
        headers.set(HttpHeaders.VARY, lines.isEmpty() ? name : String.join(", ", lines) + ", " + name);
    }

    /** Whether the comma-separated {@code line} has {@code member} (any letter case, optional whitespace). */
    private static boolean hasMember(String line, String member) {
        int start = 0;
        while (start <= line.length()) {
            int comma = line.indexOf(',', start);
            int end = comma < 0 ? line.length() : comma;
            int from = start;
            int to = end;
            while (from < to && (line.charAt(from) == ' ' || line.charAt(from) == '\t')) {
                from++;
            }
            while (to > from && (line.charAt(to - 1) == ' ' || line.charAt(to - 1) == '\t')) {
                to--;
            }
            if (to - from == member.length() && line.regionMatches(true, from, member, 0, member.length())) {
                return true;
            }
            if (comma < 0) {
                return false;
            }
            start = comma + 1;
        }
        return false;
    }
}
