package dev.trainingadvisor.api.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * RFC 9110 §12.4.2: a media range with {@code q=0} is "not acceptable". RESTEasy Reactive treats {@code q=0} as a low
 * preference instead, so {@code Accept: application/json;q=0} got JSON. Before a method is chosen, this filter gives
 * each media type this API produces the quality of the most specific range that covers it (RFC 9110 §12.5.1: a type
 * over {@code type/*} over {@code *}{@code /*}, whatever their order in the header) and leaves in Accept only the
 * types with a quality above 0, with that quality. When no type is left, Accept names a type nothing produces, so the
 * matching answers 406 (or 404 for a path that names no resource: the JAX-RS matching order). So
 * {@code application/json;q=0, *}{@code /*} leaves the other types, and {@code application/*;q=0.5, *}{@code /*;q=0} still takes JSON (the more specific range decides: before,
 * any q=0 range that covered a type excluded it, and this answered 406).
 * On the decision tree, which answers in two types, Accept always becomes the list of the produced types it admits,
 * so RESTEasy Reactive never parses what it sent (it split {@code x="a,b"} at the quoted comma: 400).
 * Decided where the RFC is silent: a q-value that is not a number ({@code q=abc}) is read as absent (1), one above 1
 * ({@code q=2}) as 1, on every operation alike (RFC 9110 §12.4.2 allows 0 to 1; ignoring the bad weight keeps the
 * request answerable rather than refusing it); the first q
 * parameter is the weight (RFC 9110 §12.4.2; any after it is not part of the grammar and is ignored); of two
 * ranges equally specific for a type, the higher quality counts; parameters other than q do not narrow a range.
 */
public class AcceptQuality {
    /** The media types this API's resources produce. */
    static final List<String> PRODUCED = List.of(MediaType.APPLICATION_JSON, Representation.MERMAID_TYPE);
    /**
     * The request property that keeps the Accept header as sent when every type it admits has quality 0, for the
     * 406 problem's detail.
     */
    public static final String ORIGINAL_ACCEPT = "advisor.accept.original";
    /** A media type no resource produces: what Accept becomes when it excludes all the types that are produced. */
    static final String NOTHING_PRODUCED = "application/x.none-acceptable";
    private static final Pattern QUALITY = Pattern.compile("(?i);\\s*q\\s*=\\s*([0-9.]+)");

    @ServerRequestFilter(preMatching = true)
    public void dropUnacceptable(ContainerRequestContext request) {
        List<String> headers = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (headers == null || headers.isEmpty()) {
            return;
        }
        String accept = String.join(",", headers);
        List<String> elements = elements(accept);
        if (elements.isEmpty()) {
            request.getHeaders().remove(HttpHeaders.ACCEPT); // only empty elements: no preference (RFC 9110 §12.5.1)
            return;
        }
        boolean twoRepresentations = FormatParameter.PATHS.contains(request.getUriInfo().getPath());
        if (!accept.contains("q") && !accept.contains("Q") && !twoRepresentations) {
            // The common case: no qualities at all. Empty list elements (RFC 9110 §5.6.1.2: to be accepted) are
            // dropped, which RESTEasy Reactive answered with a 400, and the optional whitespace around a
            // parameter's semicolon (RFC 9110 §5.6.6) too: RESTEasy Reactive took "application/json ;charset=utf-8"
            // for another type than JSON (406).
            keepOnly(request, accept, elements);
            return;
        }
        List<String> acceptable = new ArrayList<>();
        boolean excludedAny = false;
        for (String produced : PRODUCED) {
            double quality = quality(accept, produced);
            if (quality > 0) {
                acceptable.add(quality >= 1 ? produced
                        : produced + ";q=" + java.math.BigDecimal.valueOf(quality).toPlainString());
            } else if (quality == 0) {
                excludedAny = true;
            }
        }
        if (acceptable.isEmpty() && (excludedAny || twoRepresentations)) {
            // Not refused here, before matching: a path that names no resource is a 404 whatever Accept says (the
            // JAX-RS matching order, 404 before 406). Accept names a type nothing produces, so a resource that
            // exists answers 406; the problem's detail quotes the header as sent.
            request.setProperty(ORIGINAL_ACCEPT, accept);
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, NOTHING_PRODUCED);
            return;
        }
        if (!acceptable.isEmpty()) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, String.join(", ", acceptable));
        } else {
            // only types not produced here: RESTEasy Reactive answers 406, once the empty elements it would answer
            // with a 400 are gone
            keepOnly(request, accept, elements);
        }
    }

    /**
     * Whether an Accept header admits at least one of {@code produced} (RFC 9110 §12.5.1): a type is admitted when
     * the most specific range that covers it has a quality above 0. No header admits anything. For answers made
     * outside JAX-RS (e.g. {@code /q/metrics}), which would otherwise refuse with an empty 406.
     */
    public static boolean admitsAny(String accept, List<String> produced) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        return produced.stream().anyMatch(type -> quality(accept, type) > 0);
    }

    /** Whether {@code accept} states no preference: absent, or only empty list elements (RFC 9110 §12.5.1). */
    public static boolean noPreference(String accept) {
        return accept == null || elements(accept).isEmpty();
    }

    /**
     * The quality (0 to 1) that {@code accept} gives the concrete media type {@code type}: that of the most specific
     * range covering it, the highest of several equally specific ones; -1 when no range covers it.
     */
    public static double quality(String accept, String type) {
        int bestSpecificity = -1;
        double best = -1;
        for (String trimmed : elements(accept)) {
            String mediaRange = mediaRange(trimmed);
            if (!matches(mediaRange, type)) {
                continue;
            }
            int specificity = mediaRange.equals("*/*") ? 0 : mediaRange.endsWith("/*") ? 1 : 2;
            double quality = qualityOf(trimmed);
            if (specificity > bestSpecificity || specificity == bestSpecificity && quality > best) {
                bestSpecificity = specificity;
                best = quality;
            }
        }
        return best;
    }

    /**
     * The quality (0 to 1) that an {@code Accept-Encoding} value gives the content coding {@code coding} (lower case),
     * read as Accept is read here (list elements, the first q as the weight, the same choices where the RFC is
     * silent): that of the element naming the coding (codings are case-insensitive, RFC 9110 §8.4.1; {@code x-gzip}
     * names gzip, §8.4.1.3, as Vert.x's compressor reads it too), else that of
     * {@code *}; -1 when neither is there (RFC 9110 §12.5.3: then {@code identity} is acceptable, any other coding
     * not).
     */
    public static double codingQuality(String acceptEncoding, String coding) {
        double named = -1;
        double any = -1;
        for (String element : elements(acceptEncoding)) {
            String name = mediaRange(element);
            if (name.equals(coding) || name.equals("x-gzip") && coding.equals("gzip")) {
                named = Math.max(named, qualityOf(element));
            } else if (name.equals("*")) {
                any = Math.max(any, qualityOf(element));
            }
        }
        return named >= 0 ? named : any;
    }

    /** The range's q parameter, clamped to 0..1; 1 when absent or not a number. */
    private static double qualityOf(String range) {
        Matcher quality = QUALITY.matcher(range);
        if (!quality.find()) {
            return 1;
        }
        try {
            return Math.min(1, Double.parseDouble(quality.group(1)));
        } catch (NumberFormatException unreadable) {
            return 1;
        }
    }
    /** Accept becomes {@code elements} (the header's list elements, cleaned) where they differ from what was sent. */
    private static void keepOnly(ContainerRequestContext request, String accept, List<String> elements) {
        if (!String.join(",", elements).equals(accept)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, String.join(", ", elements));
        }
    }

    /**
     * The list elements of an Accept value (RFC 9110 §5.6.1), each without its optional whitespace, empty ones left
     * out; a comma inside a quoted parameter value ({@code x="a,b"}, §5.6.4) does not end an element.
     */
    static List<String> elements(String accept) {
        List<String> elements = new ArrayList<>(2);
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < accept.length(); i++) {
            char c = accept.charAt(i);
            if (quoted && c == '\\') {
                i++; // a quoted-pair
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                addElement(elements, accept.substring(start, i));
                start = i + 1;
            }
        }
        if (start <= accept.length()) {
            addElement(elements, accept.substring(start));
        }
        return elements;
    }

    private static void addElement(List<String> elements, String element) {
        String cleaned = withoutSpaces(element);
        if (!cleaned.isEmpty()) {
            elements.add(cleaned);
        }
    }

    /** A list element with the optional whitespace around it and around its parameters' semicolons removed. */
    private static String withoutSpaces(String element) {
        String trimmed = element.trim();
        if (trimmed.indexOf(';') < 0) {
            return trimmed;
        }
        return java.util.Arrays.stream(trimmed.split(";")).map(String::trim)
                .collect(java.util.stream.Collectors.joining(";"));
    }

    /** {@code type/subtype} of a range (or a content coding), lower case, without parameters. */
    private static String mediaRange(String range) {
        int semicolon = range.indexOf(';');
        return (semicolon < 0 ? range : range.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether range ({@code *}{@code /*}, {@code text/*} or a type) covers the concrete type. {@code *}{@code /json},
     * which RFC 9110's grammar lacks, covers {@code application/json} as RESTEasy Reactive reads it on every
     * operation with one media type, so that the decision tree (two) answers it as they do.
     */
    private static boolean matches(String range, String type) {
        if (range.equals("*/*") || range.equals(type)) {
            return true;
        }
        if (range.startsWith("*/")) {
            return type.endsWith(range.substring(1));
        }
        return range.endsWith("/*") && type.startsWith(range.substring(0, range.length() - 1));
    }
}
