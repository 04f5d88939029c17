package dev.trainingadvisor.api.common;

import io.netty.handler.codec.DateFormatter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Validators and conditional GET for what the service sends as stored bytes (the page's files, the OpenAPI
 * document): a strong entity tag made of the bytes themselves, so that every process of every release names the same
 * bytes alike (RFC 9110 §8.8.3), and {@code If-None-Match} / {@code If-Modified-Since} evaluated as RFC 9110 §13.2.2
 * says for GET and HEAD. The one writer of 304 Not Modified.
 */
public final class ConditionalRequests {
    /** Netty's date parser refuses (with an exception) a value longer than this. */
    private static final int LONGEST_DATE = 64;

    private ConditionalRequests() {
    }

    /**
     * A strong entity tag of {@code content} (RFC 9110 §8.8.3): the first 16 bytes (128 bits) of its SHA-256 in
     * base64url without padding, quoted ({@code "IXtm70J5wzwUG0r-Iu_60Q"}).
     */
    public static String strongTag(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /**
     * Whether a GET or HEAD of a representation with {@code entityTag} (as sent in its {@code ETag}) and
     * {@code lastModified} (as sent in its {@code Last-Modified}, whole seconds; empty when it has none) is answered
     * 304 (RFC 9110 §13.2.2, steps 3 and 4):
     * <ul>
     * <li>with {@code If-None-Match}: when {@code *} or one of its entity tags matches by weak comparison
     * (§13.1.2, §8.8.3.2); a field that is not the grammar's list of entity tags matches nothing;
     * {@code If-Modified-Since} is then not looked at;</li>
     * <li>else with one {@code If-Modified-Since} that is a date: when {@code lastModified} is not after it
     * (§13.1.3). The date is read by Netty's {@link DateFormatter#parseHttpDate}, which takes the three forms of
     * §5.6.7 (IMF-fixdate, RFC 850, asctime) and, as RFC 6265's cookie dates, is lenient beyond them: the day name
     * and zone are not checked (a zone other than GMT is read as GMT), the parts may come in any order, a two-digit
     * year 70-99 is 19xx and 00-69 is 20xx (§5.6.7's 50-year rule differs for 70-76 only, dates decades ahead). A
     * value that holds no date (or is over 64 characters) is ignored, and so is the field when sent twice.</li>
     * </ul>
     */
    public static boolean notModified(HttpServerRequest request, String entityTag, Optional<Instant> lastModified) {
        List<String> noneMatch = request.headers().getAll(HttpHeaders.IF_NONE_MATCH);
        if (!noneMatch.isEmpty()) {
            return anyMatches(String.join(",", noneMatch), entityTag);
        }
        List<String> modifiedSince = request.headers().getAll(HttpHeaders.IF_MODIFIED_SINCE);
        if (modifiedSince.size() != 1 || lastModified.isEmpty() || modifiedSince.get(0).length() > LONGEST_DATE) {
            return false;
        }
        Date since = DateFormatter.parseHttpDate(modifiedSince.get(0));
        return since != null && lastModified.get().getEpochSecond() <= since.getTime() / 1000;
    }

    /**
     * Whether {@code ifNoneMatch} ({@code "*" / #entity-tag}, RFC 9110 §13.1.2) holds {@code *} or an entity tag
     * whose opaque tag is {@code entityTag}'s (weak comparison: a {@code W/} prefix on either side is not looked at).
     * Reading stops at the first element that is not an entity tag: what follows it matches nothing.
     */
    static boolean anyMatches(String ifNoneMatch, String entityTag) {
        String value = ifNoneMatch.trim();
        if (value.equals("*")) {
            return true;
        }
        String opaque = entityTag.startsWith("W/") ? entityTag.substring(2) : entityTag;
        int at = 0;
        while (true) {
            at = skip(value, at, true);
            if (at == value.length()) {
                return false;
            }
            if (value.startsWith("W/", at)) {
                at += 2;
            }
            int close = at < value.length() && value.charAt(at) == '"' ? value.indexOf('"', at + 1) : -1;
            if (close < 0) {
                return false; // not an entity tag
            }
            if (value.regionMatches(at, opaque, 0, opaque.length()) && close + 1 - at == opaque.length()) {
                return true;
            }
            at = skip(value, close + 1, false);
            if (at < value.length() && value.charAt(at) != ',') {
                return false; // two tags without a comma between them
            }
        }
    }

    /** The first index at or after {@code at} that is not optional whitespace (nor a comma, when {@code commas}). */
    private static int skip(String value, int at, boolean commas) {
        while (at < value.length()
                && (value.charAt(at) == ' ' || value.charAt(at) == '\t' || commas && value.charAt(at) == ',')) {
            at++;
        }
        return at;
    }

    /**
     * Ends the request with 304 Not Modified and the header fields already set on its answer, which must be those a
     * 200 would have sent of RFC 9110 §15.4.5's list ({@code ETag}, {@code Cache-Control}, {@code Vary}, {@code Date}
     * where the 200 has one); {@code Last-Modified} is dropped, the {@code ETag} being there.
     */
    public static void answerNotModified(RoutingContext context) {
        context.response().headers().remove(HttpHeaders.LAST_MODIFIED);
        context.response().setStatusCode(304).end();
    }

    /**
     * Takes the preconditions off a request they were evaluated for here, so that a handler after this one, which
     * would read them its own way (Vert.x's file handler takes one date form and no entity tags), cannot answer 304
     * where this did not.
     */
    public static void evaluated(HttpServerRequest request) {
        request.headers().remove(HttpHeaders.IF_NONE_MATCH);
        request.headers().remove(HttpHeaders.IF_MODIFIED_SINCE);
    }
}
