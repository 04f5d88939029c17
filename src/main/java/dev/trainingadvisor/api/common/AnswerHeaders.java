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
import java.util.Locale;
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
        if (type != null && compressedTypes.contains(mediaType(type))) {
            vary(headers, HttpHeaders.ACCEPT_ENCODING.toString());
        }
        if (FormatParameter.PATHS.contains(context.request().path())) {
            vary(headers, HttpHeaders.ACCEPT.toString());
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

    /** {@code type/subtype} of a Content-Type value, lower case, without parameters. */
    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Adds the request header field {@code name} to {@code headers}' Vary (RFC 9110 §12.5.5) unless one of its
     * members already is that field (names compared in any letter case) or {@code *}; the field's lines become one
     * line, its members in their order, comma-separated.
     */
    public static void vary(MultiMap headers, String name) {
        List<String> lines = headers.getAll(HttpHeaders.VARY);
        if (lines.isEmpty()) {
            headers.set(HttpHeaders.VARY, name);
            return;
        }
        StringBuilder merged = new StringBuilder();
        for (String line : lines) {
            for (String member : line.split(",")) {
                String trimmed = member.trim();
                if (trimmed.equalsIgnoreCase(name) || trimmed.equals("*")) {
                    return;
                }
                if (!trimmed.isEmpty()) {
                    merged.append(merged.length() == 0 ? "" : ", ").append(trimmed);
                }
            }
        }
        headers.set(HttpHeaders.VARY, merged.length() == 0 ? name : merged + ", " + name);
    }
}
