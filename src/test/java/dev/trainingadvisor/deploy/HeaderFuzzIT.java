package dev.trainingadvisor.deploy;

import dev.trainingadvisor.api.auth.Tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trainingadvisor.api.Contract;
import dev.trainingadvisor.api.RawHttp;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever a client puts in Content-Type, Accept, Accept-Language and Content-Encoding, and whatever query string it
 * sends, the packaged service answers with a problem document (RFC 9457, the status it names) or with a 2xx that the
 * contract allows for that operation: never a 5xx, never an empty error, never a connection closed without an answer.
 * Sent over a raw socket, so that header values and query strings reach the server as generated (an HTTP library would
 * refuse or re-encode many of them).
 */
class HeaderFuzzIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROFILE = "{\"usesPrivateData\": false, \"desiredChange\": \"DEEP_KNOWLEDGE\", "
            + "\"labeledExamples\": 12000, \"mlExpertise\": \"IN_HOUSE\", \"trainingBudgetUsd\": 25000}";
    private static final String BATCH = "{\"profiles\": [" + PROFILE + ", {\"usesPrivateData\": 1}]}";
    private static final String ROI = "{\"monthlyApiSpendUsd\": 20000, \"expectedSpendReductionPercent\": 30, "
            + "\"trainingCostUsd\": 10000}";
    /** Visible ASCII, space and tab: what a header value may hold (RFC 9110 §5.5), separators included. */
    private static final String HEADER_CHARS = " \t!\"#$%&'()*+,-./0123456789:;<=>?@ABCXYZabcjnopqstxyz[\\]^_`{|}~";
    /** What a request target may hold without breaking the request line, and some that it may not. */
    private static final String QUERY_CHARS = "abcmqxyzAMS019-._~!$&'()*+,;=:@/?%|<>{}\"^`[]\\";
    private static int port;

    @BeforeContainer
    static void start() throws Exception {
        service = PackagedService.start("header-fuzz", List.of());
        port = URI.create(service.base).getPort();
    }

    private static PackagedService service;

    @AfterContainer
    static void stop() throws Exception {
        service.close();
    }

    @Property(tries = 800)
    void anyHeaderValueOrQueryGetsAProblemOrADocumented2xx(@ForAll("operations") String operation,
                                                          @ForAll("queries") String query,
                                                          @ForAll("contentTypes") String contentType,
                                                          @ForAll("accepts") String accept,
                                                          @ForAll("languages") String language,
                                                          @ForAll("encodings") String encoding,
                                                          @ForAll("prefers") String prefer,
                                                          @ForAll("authorizations") String authorization)
            throws Exception {
        String[] parts = operation.split(" ");
        String method = parts[0];
        String path = parts[1];
        Map<String, String> headers = new LinkedHashMap<>();
        put(headers, "Content-Type", contentType);
        put(headers, "Accept", accept);
        put(headers, "Accept-Language", language);
        put(headers, "Content-Encoding", encoding);
        put(headers, "Prefer", prefer);
        put(headers, "Authorization", authorization);
        byte[] body = method.equals("POST")
                ? (path.startsWith("/roi") ? ROI : path.endsWith("/batch") ? BATCH : PROFILE)
                .getBytes(StandardCharsets.UTF_8) : null;
        String target = query.isEmpty() ? path : path + "?" + query;
        RawHttp.Answer answer = RawHttp.send(port, method, target, headers, body, false);
        String exchange = method + " " + target + " " + headers + " -> " + answer.status() + " " + answer.headers()
                + " " + (answer.body().length() > 300 ? answer.body().substring(0, 300) + "..." : answer.body());
        Statistics.label("status").collect(answer.status());
        // No known gap any more: a body that is not the gzip or deflate it names, however short, is decoded by
        // EncodedBodies and refused with a 400 problem (it was an empty reply while Netty's decompressor held it).
        assertTrue(answer.status() != -1, "an answer, not a connection closed without one: " + exchange);
        assertTrue(answer.status() >= 200 && answer.status() < 500, "a 2xx or a 4xx: " + exchange);
        String type = String.valueOf(answer.header("Content-Type"));
        if (answer.status() >= 400) {
            assertTrue(type.startsWith("application/problem+json"), "a problem document: " + exchange);
            JsonNode problem = JSON.readTree(answer.body());
            assertEquals(answer.status(), problem.get("status").asInt(), exchange);
            for (String field : List.of("type", "title", "detail", "instance")) {
                assertTrue(problem.hasNonNull(field), field + " in " + exchange);
            }
            return;
        }
        List<String> errors = Contract.errors(path, method, answer.status(), type, answer.header("Preference-Applied"),
                answer.body());
        assertTrue(errors.isEmpty(), errors + " for " + exchange);
        if (method.equals("POST") && path.startsWith("/assessments") && !path.endsWith("/mermaid")) {
            assertTrue(String.valueOf(answer.header("Vary")).contains("Prefer"), "Vary names Prefer: " + exchange);
        }
    }

    /**
     * Any Prefer value on a request that is otherwise right, so that it reaches the operation: a 200 whose body the
     * contract allows (lean or full, as Preference-Applied says) and Vary naming Prefer; never a 5xx.
     */
    @Property(tries = 400)
    void anyPreferValueGetsADocumentedAnswer(@ForAll("preferOperations") String operation,
                                            @ForAll("prefers") String prefer,
                                            @ForAll("prefers") String secondPrefer) throws Exception {
        String path = operation.split(" ")[1];
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        put(headers, "Prefer", prefer);
        put(headers, "prefer", secondPrefer); // a second header line of the same name
        byte[] body = (path.endsWith("/batch") ? BATCH : PROFILE).getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer answer = RawHttp.send(port, "POST", path, headers, body, false);
        String exchange = "POST " + path + " " + headers + " -> " + answer.status() + " " + answer.headers() + " "
                + (answer.body().length() > 300 ? answer.body().substring(0, 300) + "..." : answer.body());
        assertEquals(200, answer.status(), exchange);
        List<String> errors = Contract.errors(path, "POST", answer.status(), answer.header("Content-Type"),
                answer.header("Preference-Applied"), answer.body());
        assertTrue(errors.isEmpty(), errors + " for " + exchange);
        assertTrue(String.valueOf(answer.header("Vary")).contains("Prefer"), "Vary names Prefer: " + exchange);
        Statistics.label("applied").collect(String.valueOf(answer.header("Preference-Applied")));
    }

    @Provide
    Arbitrary<String> preferOperations() {
        return Arbitraries.of("POST /assessments", "POST /assessments/batch");
    }

    private static void put(Map<String, String> headers, String name, String value) {
        if (!value.isEmpty()) {
            headers.put(name, value.strip().isEmpty() ? "x" + value : value.strip());
        }
    }

    @Provide
    Arbitrary<String> operations() {
        return Arbitraries.of("GET /training-methods", "GET /providers", "GET /decision-tree", "GET /providers/replicate",
                "POST /assessments", "POST /assessments/mermaid", "POST /assessments/batch", "POST /roi-estimates",
                "GET /assessments", "GET /assessments/00000000-0000-4000-8000-000000000000",
                "DELETE /assessments/00000000-0000-4000-8000-000000000000");
    }

    /**
     * Authorization values: none, a valid token (the history operations need one under the Deployment's
     * {@code ADVISOR_AUTH=oidc}), an auditor's, bad ones, other schemes, and anything a header value may hold.
     */
    @Provide
    Arbitrary<String> authorizations() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "", "Bearer " + Tokens.of("header-fuzz"),
                        "Bearer " + Tokens.of("audit", "advisor-auditor"), "Bearer " + Tokens.unsigned("header-fuzz"),
                        "Bearer", "Bearer  ", "Bearer a.b.c", "Basic Zm9vOmJhcg==", "Negotiate x"),
                headerValue());
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "method=SFT", "maxStartingCostUsd=5;method=RAG", "method=%zz", "format=mermaid",
                        "limit=5", "limit=0", "approach=RAG&limit=100", "from=2026-01-01T00:00:00Z", "cursor=%zz",
                        "to=2026-02-30T00:00:00Z", "projectName=%E4%B8", "warning=NO_SUCH",
                        "format=json", "method=SFT&method=RAG", "method=", "a=%C0%AF", "method=%E4%B8", "x"),
                Arbitraries.strings().withChars(QUERY_CHARS).ofMaxLength(30));
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "application/json", "application/json; charset=utf-8", "application/",
                        "/", "a b", ";", "application/json, text/plain", "multipart/form-data; boundary=",
                        "multipart/form-data; boundary=x", "text/plain", "application/x-www-form-urlencoded",
                        "application/json;", "application/json; charset=\"utf-8\"", "APPLICATION/JSON"),
                headerValue());
    }

    @Provide
    Arbitrary<String> accepts() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "*/*", "application/json", "application/json;q=0", "*/*;q=0",
                        "text/vnd.mermaid", "text/vnd.mermaid;q=0, */*", "application/json;q=abc", "text/*",
                        "application/problem+json", "a b", ";", "/", "application/"),
                headerValue());
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "zh", "zh-CN", "en", "de;q=0.9, zh;q=0.8", "*", "zh-TW", ";;", "zh;q=0",
                        "zh;q=abc", "en-" + "x".repeat(600)),
                headerValue());
    }

    /** Prefer values: the two return preferences, spelt several ways, and anything a header value may hold. */
    @Provide
    Arbitrary<String> prefers() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "", "return=minimal", "return=representation", "Return=\"minimal\"; a=b",
                        "return=minimal, return=representation", "respond-async, wait=5, return=minimal",
                        "return=\"minimal", "return=\"\\", "return==", ";;,,", "return=minimal;;;x=\"y,z\"",
                        "x=\"a\\\"b\", return=minimal", "return=\"min\\imal\"", "return=\u00ff\"\\\u00ff"),
                headerValue());
    }

    @Provide
    Arbitrary<String> encodings() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "", "", "identity", "gzip", "deflate", "br", "gzip, gzip", "x-gzip", "compress"),
                headerValue());
    }

    private static Arbitrary<String> headerValue() {
        return Arbitraries.strings().withChars(HEADER_CHARS).ofMaxLength(40);
    }
}
