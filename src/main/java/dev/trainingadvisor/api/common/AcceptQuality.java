package dev.trainingadvisor.api.common;

import dev.trainingadvisor.api.problem.ProblemException;
import dev.trainingadvisor.api.problem.ProblemType;
import dev.trainingadvisor.api.problem.Problems;
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
 * preference instead, so {@code Accept: application/json;q=0} got JSON. Before a method is chosen, this filter drops
 * every range with {@code q=0} from Accept, and narrows wildcards so that they no longer stand for a type the client
 * excluded ({@code application/json;q=0, *}{@code /*} leaves only the other types this API produces). When nothing is
 * left, the answer is 406.
 */
public class AcceptQuality {
    /** The media types this API's resources produce. */
    static final List<String> PRODUCED = List.of(MediaType.APPLICATION_JSON, Representation.MERMAID_TYPE);
    private static final Pattern QUALITY = Pattern.compile("(?i);\\s*q\\s*=\\s*([0-9.]+)");

    @ServerRequestFilter(preMatching = true)
    public void dropUnacceptable(ContainerRequestContext request) {
        List<String> headers = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (headers == null || headers.isEmpty()) {
            return;
        }
        String accept = String.join(",", headers);
        if (!accept.contains("q") && !accept.contains("Q")) {
            return; // the common case: no qualities at all
        }
        List<String> acceptable = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (String range : accept.split(",")) {
            String trimmed = range.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            Matcher quality = QUALITY.matcher(trimmed);
            if (quality.find() && isZero(quality.group(1))) {
                excluded.add(mediaRange(trimmed));
            } else {
                acceptable.add(trimmed);
            }
        }
        if (excluded.isEmpty()) {
            return;
        }
        List<String> narrowed = new ArrayList<>();
        for (String range : acceptable) {
            String type = mediaRange(range);
            if (!type.contains("*")) {
                narrowed.add(range);
                continue;
            }
            String parameters = range.substring(range.indexOf(';') < 0 ? range.length() : range.indexOf(';'));
            for (String produced : PRODUCED) {
                if (matches(type, produced) && excluded.stream().noneMatch(no -> matches(no, produced))) {
                    narrowed.add(produced + parameters);
                }
            }
        }
        if (narrowed.isEmpty()) {
            throw new ProblemException(ProblemType.NOT_ACCEPTABLE,
                    language -> Problems.detail(language, "notAcceptable", "accept", accept), language -> List.of());
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, String.join(", ", narrowed));
    }

    /**
     * Whether an Accept header admits at least one of {@code produced} (RFC 9110 §12.5.1): a type is admitted by a
     * range that covers it with a quality above 0, unless a range with q=0 covers it too. No header admits anything.
     * For answers made outside JAX-RS (e.g. {@code /q/metrics}), which would otherwise refuse with an empty 406.
     */
    public static boolean admitsAny(String accept, List<String> produced) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String type : produced) {
            boolean admitted = false;
            boolean excluded = false;
            for (String range : accept.split(",")) {
                String trimmed = range.trim();
                if (trimmed.isEmpty() || !matches(mediaRange(trimmed), type)) {
                    continue;
                }
                Matcher quality = QUALITY.matcher(trimmed);
                if (quality.find() && isZero(quality.group(1))) {
                    excluded = true;
                } else {
                    admitted = true;
                }
            }
            if (admitted && !excluded) {
                return true;
            }
        }
        return false;
    }

    private static boolean isZero(String quality) {
        try {
            return Double.parseDouble(quality) == 0.0;
        } catch (NumberFormatException unreadable) {
            return false;
        }
    }

    /** {@code type/subtype} of a range, lower case, without parameters. */
    private static String mediaRange(String range) {
        int semicolon = range.indexOf(';');
        return (semicolon < 0 ? range : range.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** Whether range ({@code *}{@code /*}, {@code text/*} or a type) covers the concrete type. */
    private static boolean matches(String range, String type) {
        if (range.equals("*/*") || range.equals(type)) {
            return true;
        }
        return range.endsWith("/*") && type.startsWith(range.substring(0, range.length() - 1));
    }
}
