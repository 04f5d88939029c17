package dev.trainingadvisor.api.openapi;

import static dev.trainingadvisor.api.PlainHttp.gunzip;
import static dev.trainingadvisor.api.PlainHttp.head;
import static dev.trainingadvisor.api.PlainHttp.header;
import static dev.trainingadvisor.api.PlainHttp.send;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trainingadvisor.api.PlainHttp;
import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /q/openapi} as clients and caches see it: Accept and {@code ?format=} negotiated as on every other operation
 * (406 and 400 problems instead of a document nobody asked for), an entity tag per representation with
 * {@code If-None-Match} answered 304, gzip for clients that take it, and HEAD with GET's head (found by the tester).
 */
@QuarkusTest
class ContractEndpointTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAcceptThatAdmitsNeitherFormatIs406ProblemNamingBoth() throws Exception {
        for (String accept : List.of("application/json;q=0", "text/plain", "application/json;q=0, text/html",
                "*/*;q=0", "application/*;q=0")) {
            HttpResponse<byte[]> refused = send("GET", "/q/openapi", "Accept", accept);
            JsonNode problem = problem(refused, 406, "/problems/not-acceptable");
            String detail = problem.path("detail").asText();
            assertTrue(detail.contains(accept) && detail.contains("application/yaml")
                    && detail.contains("application/json"), detail);
        }
    }

    /** RFC 9110 §12.5.5: Accept chose the 406, so it says so in Vary, beside the problem's Accept-Language. */
    @Test
    void aNotAcceptableAnswerVariesOnAccept() throws Exception {
        HttpResponse<byte[]> refused = send("GET", "/q/openapi", "Accept", "text/plain");
        assertEquals(406, refused.statusCode());
        List<String> vary = List.of(String.join(",", refused.headers().allValues("Vary")).toLowerCase(Locale.ROOT)
                .split("\\s*,\\s*"));
        assertTrue(vary.contains("accept") && vary.contains("accept-language"), vary.toString());
    }

    @Test
    void theHigherQualityChoosesTheFormatAndYamlStaysTheDefault() throws Exception {
        Map<String, String> chosen = Map.of(
                "application/json;q=0, */*", "application/yaml",
                "application/yaml;q=0, */*", "application/json",
                "application/json;q=0.5, application/yaml", "application/yaml",
                "application/yaml;q=0.5, application/json", "application/json",
                "*/*", "application/yaml",
                "application/json", "application/json",
                "application/*", "application/yaml",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/yaml",
                "application/json,*/*", "application/json");
        for (Map.Entry<String, String> expected : chosen.entrySet()) {
            HttpResponse<byte[]> answer = send("GET", "/q/openapi", "Accept", expected.getKey());
            assertEquals(200, answer.statusCode(), expected.getKey());
            assertTrue(header(answer, "Content-Type").startsWith(expected.getValue()), expected.getKey());
        }
        assertTrue(header(send("GET", "/q/openapi"), "Content-Type").startsWith("application/yaml"));
    }

    @Test
    void aFormatOtherThanJsonOrYamlIs400NamingTheParameterAndItsValues() throws Exception {
        for (String format : List.of("xml", "", "jsonx", "JSON5")) {
            JsonNode problem = problem(send("GET", "/q/openapi?format=" + format), 400, "/problems/invalid-request");
            assertEquals("format", problem.at("/errors/0/parameter").asText(), problem.toString());
            assertTrue(problem.at("/errors/0/detail").asText().contains("json, yaml"), problem.toString());
        }
        // What SmallRye OpenAPI has always taken, in any letter case, still answers.
        for (String format : List.of("json", "JSON", "Json")) {
            HttpResponse<byte[]> answer = send("GET", "/q/openapi?format=" + format, "Accept", "application/yaml");
            assertTrue(header(answer, "Content-Type").startsWith("application/json"), format);
        }
        for (String format : List.of("yaml", "YAML")) {
            HttpResponse<byte[]> answer = send("GET", "/q/openapi?format=" + format, "Accept", "application/json");
            assertTrue(header(answer, "Content-Type").startsWith("application/yaml"), format);
        }
    }

    @Test
    void anUnknownOrRepeatedQueryParameterIs400NamingIt() throws Exception {
        Map<String, String> named = Map.of(
                "/q/openapi?formt=json", "formt",
                "/q/openapi?format=json&format=yaml", "format",
                "/q/openapi.json?format=yaml", "format",
                "/q/openapi.yaml?x=1", "x");
        for (Map.Entry<String, String> request : named.entrySet()) {
            JsonNode problem = problem(send("GET", request.getKey()), 400, "/problems/invalid-request");
            assertEquals(request.getValue(), problem.at("/errors/0/parameter").asText(), problem.toString());
        }
    }

    @Test
    void eachFormatCarriesItsOwnEntityTagAndIfNoneMatchIsAnswered304() throws Exception {
        HttpResponse<byte[]> yaml = send("GET", "/q/openapi");
        HttpResponse<byte[]> json = send("GET", "/q/openapi.json");
        String yamlTag = header(yaml, "ETag");
        String jsonTag = header(json, "ETag");
        assertTrue(yamlTag.matches("\"[A-Za-z0-9_-]+\""), yamlTag);
        assertNotEquals(yamlTag, jsonTag);
        assertEquals(jsonTag, header(send("GET", "/q/openapi?format=json"), "ETag"));
        for (String[] request : List.of(new String[] {"/q/openapi", yamlTag}, new String[] {"/q/openapi.yml", yamlTag},
                new String[] {"/q/openapi.json", jsonTag}, new String[] {"/q/openapi.json", "\"x\", W/" + jsonTag})) {
            for (String method : List.of("GET", "HEAD")) {
                HttpResponse<byte[]> notModified = send(method, request[0], "If-None-Match", request[1]);
                assertEquals(304, notModified.statusCode(), method + " " + request[0]);
                assertEquals(request[1].endsWith(yamlTag) ? yamlTag : jsonTag, header(notModified, "ETag"));
                assertEquals("no-cache", header(notModified, "Cache-Control"));
            }
        }
        assertEquals(200, send("GET", "/q/openapi", "If-None-Match", jsonTag).statusCode());
        assertEquals("no-cache", header(yaml, "Cache-Control"));
    }

    @Test
    void theContractIsGzippedForClientsThatTakeIt() throws Exception {
        for (String path : List.of("/q/openapi", "/q/openapi?format=json", "/q/openapi.yaml")) {
            HttpResponse<byte[]> plain = send("GET", path);
            HttpResponse<byte[]> gzipped = send("GET", path, "Accept-Encoding", "gzip, deflate, br");
            assertEquals("gzip", header(gzipped, "Content-Encoding"), path);
            assertArrayEquals(plain.body(), gunzip(gzipped.body()), path);
            assertTrue(gzipped.body().length < plain.body().length / 5, path);
            assertEquals(null, header(plain, "Content-Encoding"), path);
            assertTrue(header(gzipped, "Vary").toLowerCase(Locale.ROOT).contains("accept-encoding"), path);
            assertEquals("W/" + header(plain, "ETag").replaceFirst("\"$", "-gzip\""), header(gzipped, "ETag"));
            HttpResponse<byte[]> overHttp2 = send(PlainHttp.HTTP_2, "GET", path, "Accept-Encoding", "gzip");
            assertArrayEquals(plain.body(), gunzip(overHttp2.body()), path);
        }
        HttpResponse<byte[]> refused = send("GET", "/q/openapi", "Accept-Encoding", "identity;q=0");
        problem(refused, 406, "/problems/not-acceptable");
    }

    /** RFC 9110 §9.3.2: HEAD answers with the head GET answers with, Content-Length included. */
    @Test
    void headCarriesTheHeadOfGetContentLengthIncluded() throws Exception {
        for (String path : List.of("/q/openapi", "/q/openapi?format=json", "/q/openapi.yaml", "/q/openapi.json")) {
            for (String acceptEncoding : List.of("", "gzip", "identity")) {
                String[] headers = acceptEncoding.isEmpty() ? new String[0]
                        : new String[] {"Accept-Encoding", acceptEncoding};
                Map<String, List<String>> get = head(send("GET", path, headers));
                assertEquals(get, head(send("HEAD", path, headers)), path + " [" + acceptEncoding + "]");
                assertTrue(get.containsKey("content-length") || get.containsKey("content-encoding"),
                        path + " [" + acceptEncoding + "]: a plain answer has a length " + get);
            }
        }
    }

    private static JsonNode problem(HttpResponse<byte[]> answer, int status, String type) throws Exception {
        assertEquals(status, answer.statusCode(), () -> new String(answer.body()));
        assertTrue(header(answer, "Content-Type").startsWith("application/problem+json"), header(answer,
                "Content-Type"));
        JsonNode problem = JSON.readTree(answer.body());
        assertEquals(type, problem.path("type").asText(), problem.toString());
        return problem;
    }
}
