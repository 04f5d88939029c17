package dev.trainingadvisor.api.common;

import dev.trainingadvisor.api.problem.Problem;
import dev.trainingadvisor.api.problem.Problems;
import dev.trainingadvisor.domain.Language;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Validators and conditional GET for what the service sends as stored bytes (the page's files, the OpenAPI
 * document): a strong entity tag made of the bytes themselves, so that every process of every release names the same
 * bytes alike (RFC 9110 §8.8.3), and the preconditions evaluated as RFC 9110 §13.2.2 says for GET and HEAD:
 * {@code If-Match} / {@code If-Unmodified-Since} (412), {@code If-None-Match} / {@code If-Modified-Since} (304),
 * {@code If-Range}. The one writer of 304 Not Modified.
 */
public final class ConditionalRequests {
    /** No HTTP-date is longer (asctime and IMF-fixdate are 24 and 29 characters, RFC 850's at most 33). */
    private static final int LONGEST_DATE = 64;
    /**
     * IMF-fixdate (RFC 9110 §5.6.7: a two-digit day, English names, GMT), strict: the form this service sends its
     * dates in, and the first of the three it reads.
     */
    public static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM uuuu HH:mm:ss 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter
            .ofPattern("EEE MMM ppd HH:mm:ss uuuu", Locale.ROOT).withZone(ZoneOffset.UTC)
            .withResolverStyle(ResolverStyle.STRICT);
    /** RFC 850's date after its day name, the year read as 20xx; {@link #httpDate} puts it in its century. */
    private static final DateTimeFormatter RFC_850 = DateTimeFormatter
            .ofPattern("dd-MMM-uu HH:mm:ss 'GMT'", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

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
     * (§13.1.2, §8.8.3.2); a field that is not the grammar's list of entity tags ({@code "tag"x}, {@code "tag";})
     * matches nothing; {@code If-Modified-Since} is then not looked at;</li>
     * <li>else with one {@code If-Modified-Since} that is an HTTP-date ({@link #httpDate}): when {@code lastModified}
     * is not after it (§13.1.3). A value that is not an HTTP-date, or a field with more than one member, is
     * ignored.</li>
     * </ul>
     */
    public static boolean notModified(HttpServerRequest request, String entityTag, Optional<Instant> lastModified) {
        List<String> noneMatch = request.headers().getAll(HttpHeaders.IF_NONE_MATCH);
        if (!noneMatch.isEmpty()) {
            return anyMatches(String.join(",", noneMatch), entityTag);
        }
        Optional<Instant> since = oneDate(request.headers().getAll(HttpHeaders.IF_MODIFIED_SINCE));
        return since.isPresent() && lastModified.isPresent()
                && lastModified.get().getEpochSecond() <= since.get().getEpochSecond();
    }

    /**
     * Whether a GET or HEAD of a representation with {@code entityTag} and {@code lastModified} (as for
     * {@link #notModified}) is answered 412 Precondition Failed (RFC 9110 §13.2.2, steps 1 and 2, before
     * {@link #notModified}):
     * <ul>
     * <li>with {@code If-Match}: unless it is {@code *} or one of its entity tags matches by strong comparison
     * (§13.1.1, §8.8.3.2: a weak tag, on either side, never matches); a field that is not the grammar's list of
     * entity tags matches nothing;</li>
     * <li>else with one {@code If-Unmodified-Since} that is an HTTP-date: when {@code lastModified} is after it
     * (§13.1.4); a value that is not an HTTP-date, more than one member, or no {@code lastModified} is ignored.</li>
     * </ul>
     */
    public static boolean preconditionFailed(HttpServerRequest request, String entityTag,
                                             Optional<Instant> lastModified) {
        List<String> ifMatch = request.headers().getAll(HttpHeaders.IF_MATCH);
        if (!ifMatch.isEmpty()) {
            String value = String.join(",", ifMatch).trim();
            if (value.equals("*")) {
                return false;
            }
            boolean matches = !entityTag.startsWith("W/")
                    && entityTags(value).map(tags -> tags.contains(entityTag)).orElse(Boolean.FALSE);
            return !matches;
        }
        Optional<Instant> since = oneDate(request.headers().getAll(HttpHeaderNames.IF_UNMODIFIED_SINCE));
        return since.isPresent() && lastModified.isPresent()
                && lastModified.get().getEpochSecond() > since.get().getEpochSecond();
    }

    /**
     * The 412 answer to a request {@link #preconditionFailed} holds for: an {@code about:blank} problem (RFC 9457
     * §4.2.1; the service has no problem type of its own for it, as for 414 and 431) with the status's phrase as
     * title, saying that the file or document at {@code instance} has changed.
     */
    public static Problem preconditionFailedProblem(Language language, String instance) {
        return new Problem("about:blank", HttpResponseStatus.PRECONDITION_FAILED.reasonPhrase(), 412,
                Problems.detail(language, "preconditionFailed", "path", instance), instance, List.of());
    }

    /**
     * Whether a {@code Range} on a GET of the representation with {@code entityTag} and {@code lastModified} is to be
     * served (RFC 9110 §13.1.5): true without {@code If-Range}; with it, only when it is an entity tag that matches
     * {@code entityTag} by strong comparison (a weak tag on either side never does), or an HTTP-date that equals
     * {@code lastModified} exactly. Otherwise the Range is ignored and the whole representation sent (200).
     */
    public static boolean rangeApplies(HttpServerRequest request, String entityTag, Optional<Instant> lastModified) {
        List<String> ifRange = request.headers().getAll(HttpHeaderNames.IF_RANGE);
        if (ifRange.isEmpty()) {
            return true;
        }
        if (ifRange.size() != 1) {
            return false;
        }
        String value = ifRange.get(0).trim();
        if (value.startsWith("W/") || value.startsWith("\"")) {
            return !entityTag.startsWith("W/") && value.equals(entityTag)
                    && entityTags(value).filter(tags -> tags.size() == 1).isPresent();
        }
        Optional<Instant> date = httpDate(value);
        return date.isPresent() && lastModified.isPresent()
                && date.get().getEpochSecond() == lastModified.get().getEpochSecond();
    }

    /** The one HTTP-date of a date field's lines; empty when absent, not a date, or more than one member. */
    private static Optional<Instant> oneDate(List<String> lines) {
        return lines.size() == 1 ? httpDate(lines.get(0).trim()) : Optional.empty();
    }

    /**
     * {@code value} read as an HTTP-date (RFC 9110 §5.6.7): IMF-fixdate ({@code Sun, 06 Nov 1994 08:49:37 GMT}),
     * RFC 850 ({@code Sunday, 06-Nov-94 08:49:37 GMT}, a two-digit year that would be more than 50 years ahead
     * being the latest past year with those digits) or asctime ({@code Sun Nov  6 08:49:37 1994}), names as the
     * grammar spells them (case-sensitive), GMT only, the day name the date's own; empty for anything else (a
     * numeric or other zone, a list of dates, extra text), which the caller ignores (§13.1.3, §13.1.4).
     */
    public static Optional<Instant> httpDate(String value) {
        if (value.length() > LONGEST_DATE) {
            return Optional.empty();
        }
        for (DateTimeFormatter form : List.of(IMF_FIXDATE, ASCTIME)) {
            try {
                return Optional.of(Instant.from(form.parse(value)));
            } catch (DateTimeException notThisForm) {
                // the next form
            }
        }
        int comma = value.indexOf(", ");
        if (comma < 0) {
            return Optional.empty();
        }
        try {
            TemporalAccessor read = RFC_850.parse(value.substring(comma + 2));
            LocalDateTime time = LocalDateTime.of(LocalDate.from(read), LocalTime.from(read));
            int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();
            int year = thisYear - Math.floorMod(thisYear, 100) + time.getYear() % 100;
            if (year > thisYear + 50) {
                year -= 100;
            }
            LocalDateTime dated = time.withYear(year);
            String dayName = dated.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ROOT);
            return dayName.equals(value.substring(0, comma)) ? Optional.of(dated.toInstant(ZoneOffset.UTC))
                    : Optional.empty();
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code ifNoneMatch} ({@code "*" / #entity-tag}, RFC 9110 §13.1.2) holds {@code *} or an entity tag
     * whose opaque tag is {@code entityTag}'s (weak comparison: a {@code W/} prefix on either side is not looked at).
     * A field that is not the grammar's list matches nothing.
     */
    static boolean anyMatches(String ifNoneMatch, String entityTag) {
        String value = ifNoneMatch.trim();
        if (value.equals("*")) {
            return true;
        }
        String opaque = opaque(entityTag);
        return entityTags(value).map(tags -> tags.stream().anyMatch(tag -> opaque(tag).equals(opaque)))
                .orElse(Boolean.FALSE);
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /**
     * The entity tags of a {@code #entity-tag} list (RFC 9110 §8.8.3, §5.6.1: empty elements and optional whitespace
     * around commas allowed), each as sent ({@code W/"x"}, {@code "y"}); empty when the value is not that grammar
     * (text after a tag, a tag not closed, a character that is not {@code etagc}).
     */
    static Optional<List<String>> entityTags(String value) {
        List<String> tags = new ArrayList<>(2);
        int at = 0;
        while (true) {
            at = skip(value, at, true);
            if (at == value.length()) {
                return Optional.of(tags);
            }
            int start = at;
            if (value.startsWith("W/", at)) {
                at += 2;
            }
            if (at >= value.length() || value.charAt(at) != '"') {
                return Optional.empty();
            }
            int close = at + 1;
            while (close < value.length() && value.charAt(close) != '"') {
                char c = value.charAt(close);
                if (c < 0x21 || c == 0x7F) {
                    return Optional.empty(); // not etagc (%x21 / %x23-7E / obs-text)
                }
                close++;
            }
            if (close == value.length()) {
                return Optional.empty();
            }
            tags.add(value.substring(start, close + 1));
            at = skip(value, close + 1, false);
            if (at < value.length() && value.charAt(at) != ',') {
                return Optional.empty(); // text after a tag
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
        request.headers().remove(HttpHeaders.IF_MATCH);
        request.headers().remove(HttpHeaderNames.IF_UNMODIFIED_SINCE);
        request.headers().remove(HttpHeaderNames.IF_RANGE);
    }
}
