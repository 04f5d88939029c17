package dev.trainingadvisor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trainingadvisor.api.RawHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Three kinds of the edge (issue 21), each a property over its space against the packaged service over a raw socket
 * (a client library would normalise the path, or tidy the Accept header): the {@code Accept} grammar chooses the
 * representation RFC 9110 §12.5.1 chooses or is a 406 problem; a path in any spelling other than its one form answers
 * as a 400 (or 404) problem, never another resource and never the start page; every operation answers HEAD as its
 * GET without content, OPTIONS with its {@code Allow}, and any other method with a 405 problem naming {@code Allow}.
 */
class EdgeKindsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";
    private static final String MERMAID = "text/vnd.mermaid";
    private static final String PROFILE = "{\"usesPrivateData\": false, \"desiredChange\": \"DEEP_KNOWLEDGE\"}";
    /** Operations and the representations each can answer in. */
    private static final Map<String, List<String>> OFFERED = Map.of(
            "GET /decision-tree", List.of(JSON_TYPE, MERMAID),
            "GET /training-methods", List.of(JSON_TYPE),
            "GET /providers/replicate", List.of(JSON_TYPE),
            "POST /assessments", List.of(JSON_TYPE),
            "POST /assessments/mermaid", List.of(MERMAID));
    /** Paths the service answers GET on, with what it takes there (the contract's methods, OPTIONS, HEAD for GET). */
    private static final Map<String, String> ALLOW = Map.of(
            "/training-methods", "GET, HEAD, OPTIONS",
            "/training-methods/SFT", "GET, HEAD, OPTIONS",
            "/providers", "GET, HEAD, OPTIONS",
            "/decision-tree", "GET, HEAD, OPTIONS",
            "/fine-tuning-offerings", "GET, HEAD, OPTIONS",
            "/models", "GET, HEAD, OPTIONS",
            "/rulesets", "GET, HEAD, OPTIONS",
            "/assessments", "GET, HEAD, OPTIONS, POST",
            "/assessments/batch", "OPTIONS, POST",
            "/roi-estimates", "OPTIONS, POST");
    private static PackagedService service;
    private static int port;

    @BeforeContainer
    static void start() throws Exception {
        service = PackagedService.start("edge-kinds", List.of());
        port = URI.create(service.base).getPort();
    }

    @AfterContainer
    static void stop() throws Exception {
        service.close();
    }

    @Property(tries = 300)
    void anyAcceptGetsTheRepresentationItPrefersOrA406Problem(@ForAll("operations") String operation,
                                                             @ForAll("accepts") List<String> ranges,
                                                             @ForAll("separators") String separator)
            throws IOException {
        String accept = String.join(separator, ranges);
        String[] parts = operation.split(" ");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", accept);
        byte[] body = null;
        if (parts[0].equals("POST")) {
            headers.put("Content-Type", JSON_TYPE);
            body = PROFILE.getBytes(StandardCharsets.UTF_8);
        }
        RawHttp.Answer answer = RawHttp.send(port, parts[0], parts[1], headers, body, false);
        String exchange = operation + " Accept: " + accept + " -> " + answer.status() + " " + answer.headers();
        Map<String, Double> quality = new TreeMap<>();
        for (String type : OFFERED.get(operation)) {
            quality.put(type, quality(ranges, type));
        }
        double best = quality.values().stream().mapToDouble(Double::doubleValue).max().orElse(-1);
        Statistics.label("answer").collect(best > 0 ? "a representation" : "406");
        if (best <= 0) {
            assertProblem(answer, 406, exchange);
            return;
        }
        assertEquals(200, answer.status(), exchange);
        String type = answer.header("Content-Type").split(";")[0].trim();
        assertEquals(best, quality.getOrDefault(type, -1.0), "the representation preferred most: " + exchange);
    }

    @Property(tries = 300)
    void aPathInAnotherSpellingIsAProblemNeverAnotherResourceOrTheStartPage(@ForAll("paths") String path,
                                                                            @ForAll("variants") String variant,
                                                                            @ForAll("wheres") int where,
                                                                            @ForAll("accepts") List<String> accept)
            throws IOException {
        String spelled = spell(path, variant, where);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", String.join(", ", accept));
        RawHttp.Answer answer = RawHttp.send(port, "GET", spelled, headers, null, false);
        String exchange = "GET " + spelled + " -> " + answer.status() + " " + answer.headers();
        Statistics.label("status").collect(answer.status());
        assertFalse(String.valueOf(answer.header("Content-Type")).startsWith("text/html"), exchange);
        if (spelled.equals(path)) {
            assertTrue(answer.status() == 200 || answer.status() == 406, exchange);
            return;
        }
        assertProblem(answer, variant.equals("%2F") ? 404 : 400, exchange);
        if (answer.status() == 400 && !spelled.toLowerCase(Locale.ROOT).matches(".*/(\\.|%2e){2}/.*")) {
            assertTrue(JSON.readTree(answer.body()).path("detail").asText().contains(path), exchange);
        }
    }

    @Property(tries = 200)
    void everyOperationAnswersHeadOptionsAndOtherMethodsAsItsAllowSays(@ForAll("allowPaths") String path,
                                                                      @ForAll("methods") String method)
            throws IOException {
        String allow = ALLOW.get(path);
        Statistics.label("method").collect(method);
        if (method.equals("OPTIONS")) {
            RawHttp.Answer answer = RawHttp.send(port, "OPTIONS", path, Map.of(), null, false);
            assertEquals(200, answer.status(), path);
            assertEquals("0", answer.header("Content-Length"), path);
            assertEquals(allow, answer.header("Allow"), path);
            assertEquals(null, answer.header("Content-Encoding"), path);
        } else if (method.equals("HEAD")) {
            if (!allow.contains("GET")) {
                assertProblemHead(head(path), 405, allow);
                return;
            }
            String get = headOf(exchange("GET", path));
            String head = exchange("HEAD", path);
            assertEquals(head, headOf(head) + "\r\n\r\n", "no content after the head: " + path);
            assertEquals(fields(get), fields(headOf(head)), "HEAD has GET's head: " + path);
        } else {
            RawHttp.Answer answer = RawHttp.send(port, method, path, Map.of(), null, false);
            if (allow.contains(method)) {
                assertTrue(answer.status() < 500, method + " " + path + " -> " + answer.status());
                return;
            }
            assertProblem(answer, 405, method + " " + path);
            assertEquals(allow, answer.header("Allow"), method + " " + path);
        }
    }

    @Provide
    Arbitrary<String> operations() {
        return Arbitraries.of(OFFERED.keySet().stream().sorted().toList());
    }

    /** RFC 9110 §12.5.1 Accept: ranges in any case, q-values and other parameters, odd whitespace, up to 40. */
    @Provide
    Arbitrary<List<String>> accepts() {
        Arbitrary<String> type = Arbitraries.of("application/json", "Application/JSON", "application/*", "*/*",
                "text/*", "TEXT/*", "text/vnd.mermaid", "text/VND.mermaid", "image/png", "text/html",
                "application/problem+json", "application/xml", "x-unknown/y");
        Arbitrary<String> quality = Arbitraries.of("0", "0.0", "0.000", "0.001", "0.3", "0.5", "0.8", "0.999", "1",
                "1.0");
        Arbitrary<String> parameter = Arbitraries.oneOf(quality.map(q -> "q=" + q), quality.map(q -> "Q=" + q),
                Arbitraries.of("charset=utf-8", "level=1", "version=2"));
        Arbitrary<String> space = Arbitraries.of("", "", " ", "\t", " \t ");
        return Combinators.combine(type, parameter.list().ofMaxSize(2), space, space)
                .as((t, parameters, before, after) -> {
                    StringBuilder text = new StringBuilder(t);
                    parameters.forEach(p -> text.append(before).append(';').append(after).append(p));
                    return text.toString();
                }).list().ofMinSize(1).ofMaxSize(40);
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of(",", ", ", " ,", " , ", ",\t", ",,");
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of("/training-methods", "/training-methods/SFT", "/providers", "/providers/replicate",
                "/decision-tree", "/fine-tuning-offerings", "/models", "/rulesets");
    }

    @Provide
    Arbitrary<String> variants() {
        return Arbitraries.of("", "/", "//", "/./", "/../", "/%2e%2e/", "/%2E%2e/", "/.%2e/", "/%2e/", ";x=y",
                ";", "%2F");
    }

    @Provide
    Arbitrary<Integer> wheres() {
        return Arbitraries.integers().between(0, 5);
    }

    @Provide
    Arbitrary<String> allowPaths() {
        return Arbitraries.of(ALLOW.keySet().stream().sorted().toList());
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.of("HEAD", "OPTIONS", "GET", "POST", "PUT", "PATCH", "DELETE", "TRACE", "PROPFIND",
                "get", "FOO", "M-SEARCH");
    }

    /**
     * {@code path} spelt with {@code variant}: none; a trailing slash; a slash-delimited variant ({@code //},
     * {@code /../}, ...) in place of its {@code where}-th slash (modulo the slashes); a matrix parameter after the
     * segment before that slash (or at the end); {@code %2F} joining its first two segments (or ending the path).
     */
    static String spell(String path, String variant, int where) {
        List<Integer> slashes = new ArrayList<>();
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                slashes.add(i);
            }
        }
        int at = slashes.get(where % slashes.size());
        return switch (variant) {
            case "" -> path;
            case "/" -> path + "/";
            case "%2F" -> slashes.size() < 2 ? path + "%2Fx"
                    : path.substring(0, slashes.get(1)) + "%2F" + path.substring(slashes.get(1) + 1);
            default -> variant.startsWith(";")
                    ? (at == 0 ? path + variant : path.substring(0, at) + variant + path.substring(at))
                    : path.substring(0, at) + variant + path.substring(at + 1);
        };
    }

    /**
     * The quality of {@code type} by RFC 9110 §12.5.1: that of the most specific range covering it, the first q
     * parameter of a range being its weight; -1: none.
     */
    private static double quality(List<String> ranges, String type) {
        int bestSpecificity = -1;
        double best = -1;
        for (String range : ranges) {
            String[] parts = range.split(";");
            String media = parts[0].trim().toLowerCase(Locale.ROOT);
            boolean covers = media.equals("*/*") || media.equals(type)
                    || media.endsWith("/*") && type.startsWith(media.substring(0, media.length() - 1));
            if (!covers) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim();
                if (parameter.toLowerCase(Locale.ROOT).startsWith("q=")) {
                    q = Double.parseDouble(parameter.substring(2));
                    break; // the first q is the weight (RFC 9110 §12.4.2); nothing after it is part of the grammar
                }
            }
            int specificity = media.equals("*/*") ? 0 : media.endsWith("/*") ? 1 : 2;
            if (specificity > bestSpecificity || specificity == bestSpecificity && q > best) {
                bestSpecificity = specificity;
                best = q;
            }
        }
        return best;
    }

    private static void assertProblem(RawHttp.Answer answer, int status, String exchange) throws IOException {
        assertEquals(status, answer.status(), exchange);
        assertTrue(String.valueOf(answer.header("Content-Type")).startsWith("application/problem+json"), exchange);
        JsonNode problem = JSON.readTree(answer.body());
        assertEquals(status, problem.path("status").asInt(), exchange);
    }

    private static String head(String path) throws IOException {
        return exchange("HEAD", path);
    }

    private static void assertProblemHead(String exchange, int status, String allow) {
        String head = exchange.toLowerCase(Locale.ROOT);
        assertTrue(head.startsWith("http/1.1 " + status), exchange);
        assertTrue(head.contains("content-type: application/problem+json"), exchange);
        assertTrue(head.contains("allow: " + allow.toLowerCase(Locale.ROOT)), exchange);
    }

    /** The whole answer to {@code method path}, as bytes read until the server closes (ISO-8859-1 text). */
    private static String exchange(String method, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static String headOf(String exchange) {
        int end = exchange.indexOf("\r\n\r\n");
        return end < 0 ? exchange : exchange.substring(0, end);
    }

    /**
     * The head's status line and fields, without those that frame the content of one message (its length or
     * chunking) and those that differ per answer (a date).
     */
    private static Map<String, String> fields(String head) {
        Map<String, String> fields = new TreeMap<>();
        String[] lines = head.split("\r\n");
        fields.put(":status", lines[0]);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            if (!List.of("content-length", "transfer-encoding", "date").contains(name)) {
                fields.put(name, lines[i].substring(colon + 1).trim());
            }
        }
        return fields;
    }
}
