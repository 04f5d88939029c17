package dev.trainingadvisor.page;

import static dev.trainingadvisor.api.PlainHttp.gunzip;
import static dev.trainingadvisor.api.PlainHttp.head;
import static dev.trainingadvisor.api.PlainHttp.header;
import static dev.trainingadvisor.api.PlainHttp.send;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trainingadvisor.api.PlainHttp;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The questionnaire page's files (the page, its script, styles and tables, the WebJars it loads by name) as HTTP caches
 * and browsers see them: a strong {@code ETag} of each file's bytes, conditional requests answered as RFC 9110 §13
 * says, a {@code Last-Modified} that is the file's own (not when this process first served it), HEAD with GET's
 * head, and gzip for the clients that take it (found by the tester on the packaged service).
 */
@QuarkusTest
class PageFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter RFC_850 = DateTimeFormatter
            .ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter
            .ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String MERMAID = "/webjars/mermaid/dist/mermaid.min.js";
    /** Paths the page loads, and the file each is. */
    private static final Map<String, String> FILES = Map.of(
            "/", "index.html",
            "/app/advisor.js", "app/advisor.js",
            "/app/advisor.css", "app/advisor.css",
            "/app/texts.json", "app/texts.json",
            MERMAID, "webjars/mermaid/" + mermaidVersion() + "/dist/mermaid.min.js");

    @Test
    void eachFileCarriesAStrongEntityTagMadeOfItsBytes() throws Exception {
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            HttpResponse<byte[]> get = send("GET", file.getKey());
            assertEquals(200, get.statusCode(), file.getKey());
            assertEquals(strongTag(bytes(file.getValue())), header(get, "ETag"), file.getKey());
            HttpResponse<byte[]> head = send("HEAD", file.getKey());
            assertEquals(header(get, "ETag"), header(head, "ETag"), file.getKey());
        }
    }

    /** The file's own time: a second pod or a restart must not make every cached copy look changed, or unchanged. */
    @Test
    void lastModifiedIsTheFilesOwnTimeNotWhenThisProcessFirstServedIt() throws Exception {
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            java.net.URLConnection connection = resource(file.getValue()).openConnection();
            long modified = connection instanceof java.net.JarURLConnection jar ? jar.getJarEntry().getTime()
                    : connection.getLastModified();
            assertEquals(IMF_FIXDATE.format(Instant.ofEpochMilli(modified)),
                    header(send("GET", file.getKey()), "Last-Modified"), file.getKey());
        }
    }

    @Test
    void ifNoneMatchIsAnswered304WithTheSameTagAndCachingAndComparesWeakly() throws Exception {
        for (String path : FILES.keySet()) {
            HttpResponse<byte[]> get = send("GET", path);
            String tag = header(get, "ETag");
            for (String ifNoneMatch : List.of(tag, "W/" + tag, "\"other\", " + tag, "\"a,b\",W/" + tag + " ,\"c\"",
                    "*")) {
                for (String method : List.of("GET", "HEAD")) {
                    HttpResponse<byte[]> notModified = send(method, path, "If-None-Match", ifNoneMatch);
                    assertEquals(304, notModified.statusCode(), method + " " + path + " " + ifNoneMatch);
                    assertEquals(tag, header(notModified, "ETag"), path);
                    assertEquals(header(get, "Cache-Control"), header(notModified, "Cache-Control"), path);
                    // RFC 9110 §15.4.5: a 304 sends the Date the 200 would, in IMF-fixdate
                    IMF_FIXDATE.parse(header(notModified, "Date"));
                    assertEquals(0, notModified.body().length);
                }
            }
            for (String other : List.of("\"other\"", "W/\"other\", \"x\"", tag.replace("\"", ""), "\"\"")) {
                assertEquals(200, send("GET", path, "If-None-Match", other).statusCode(), path + " " + other);
            }
        }
    }

    /** RFC 9110 §13.2.2: If-Modified-Since is not looked at when If-None-Match is there. */
    @Test
    void ifNoneMatchTakesPrecedenceOverIfModifiedSince() throws Exception {
        for (String path : FILES.keySet()) {
            HttpResponse<byte[]> get = send("GET", path);
            String tag = header(get, "ETag");
            String later = IMF_FIXDATE.format(Instant.now().plusSeconds(3600));
            assertEquals(200, send("GET", path, "If-None-Match", "\"other\"", "If-Modified-Since", later)
                    .statusCode(), path);
            assertEquals(304, send("GET", path, "If-None-Match", tag, "If-Modified-Since",
                    "Thu, 01 Jan 1970 00:00:00 GMT").statusCode(), path);
        }
    }

    /** RFC 9110 §5.6.7: a recipient must accept IMF-fixdate, RFC 850 and asctime dates. */
    @Test
    void ifModifiedSinceIsReadInAllThreeDateForms() throws Exception {
        for (String path : FILES.keySet()) {
            Instant modified = Instant.from(IMF_FIXDATE.parse(header(send("GET", path), "Last-Modified")));
            for (DateTimeFormatter form : List.of(IMF_FIXDATE, RFC_850, ASCTIME)) {
                String same = form.format(modified);
                assertEquals(304, send("GET", path, "If-Modified-Since", same).statusCode(), path + " " + same);
                String before = form.format(modified.minusSeconds(86400));
                assertEquals(200, send("GET", path, "If-Modified-Since", before).statusCode(), path + " " + before);
            }
            assertEquals(200, send("GET", path, "If-Modified-Since", "not a date").statusCode(), path);
            assertEquals(200, send("GET", path, "If-Modified-Since", "x".repeat(100)).statusCode(), path);
        }
    }

    /** RFC 9110 §13.1.5: a Range applies only while If-Range names this file by a strong tag or its exact date. */
    @Test
    void aRangeWhoseIfRangeDoesNotMatchStronglyIsIgnoredForTheWholeFile() throws Exception {
        String path = "/app/texts.json";
        byte[] whole = bytes(FILES.get(path));
        HttpResponse<byte[]> get = send("GET", path);
        String tag = header(get, "ETag");
        String modified = header(get, "Last-Modified");
        String earlier = IMF_FIXDATE.format(Instant.from(IMF_FIXDATE.parse(modified)).minusSeconds(1));
        for (String stale : List.of("\"stale\"", "W/" + tag, earlier, "not a date", tag + "x")) {
            HttpResponse<byte[]> answer = send("GET", path, "Range", "bytes=0-9", "If-Range", stale);
            assertEquals(200, answer.statusCode(), stale);
            assertArrayEquals(whole, answer.body(), stale);
        }
        for (String current : List.of(tag, modified)) {
            HttpResponse<byte[]> answer = send("GET", path, "Range", "bytes=0-9", "If-Range", current);
            assertEquals(206, answer.statusCode(), current);
            assertArrayEquals(Arrays.copyOf(whole, 10), answer.body(), current);
        }
    }

    /** RFC 9110 §13.1.1, §13.1.4, §13.2.2: a failed If-Match or If-Unmodified-Since is 412, a problem document. */
    @Test
    void aFailedIfMatchOrIfUnmodifiedSinceIs412Problem() throws Exception {
        for (String path : FILES.keySet()) {
            HttpResponse<byte[]> get = send("GET", path);
            String tag = header(get, "ETag");
            Instant modified = Instant.from(IMF_FIXDATE.parse(header(get, "Last-Modified")));
            String before = IMF_FIXDATE.format(modified.minusSeconds(86400));
            for (String[] failing : List.of(new String[] {"If-Match", "\"nope\""},
                    new String[] {"If-Match", "W/" + tag}, new String[] {"If-Match", tag + "x"},
                    new String[] {"If-Unmodified-Since", before},
                    new String[] {"If-Match", "\"nope\"", "If-None-Match", tag})) {
                HttpResponse<byte[]> refused = send("GET", path, failing);
                assertEquals(412, refused.statusCode(), path + " " + List.of(failing));
                assertTrue(header(refused, "Content-Type").startsWith("application/problem+json"), path);
                JsonNode problem = JSON.readTree(refused.body());
                assertEquals(412, problem.path("status").asInt(), problem.toString());
                assertEquals("Precondition Failed", problem.path("title").asText(), problem.toString());
            }
            for (String[] passing : List.of(new String[] {"If-Match", tag}, new String[] {"If-Match", "*"},
                    new String[] {"If-Match", "\"other\", " + tag},
                    new String[] {"If-Unmodified-Since", IMF_FIXDATE.format(modified)},
                    new String[] {"If-Unmodified-Since", "not a date"})) {
                assertEquals(200, send("GET", path, passing).statusCode(), path + " " + List.of(passing));
            }
        }
    }

    /** RFC 9110 §13.1.3: a value that is not one HTTP-date (GMT, one of the three forms) is ignored. */
    @Test
    void anIfModifiedSinceThatIsNotOneHttpDateIsIgnored() throws Exception {
        for (String path : FILES.keySet()) {
            Instant modified = Instant.from(IMF_FIXDATE.parse(header(send("GET", path), "Last-Modified")));
            String later = IMF_FIXDATE.format(modified.plusSeconds(3600));
            String bare = later.substring(0, later.length() - " GMT".length());
            for (String notADate : List.of(bare + " +0500", bare + " EST", bare + " XYZ", bare + " UTC",
                    later + ", " + later, later.toUpperCase(Locale.ROOT), later + "x")) {
                assertEquals(200, send("GET", path, "If-Modified-Since", notADate).statusCode(),
                        path + " " + notADate);
            }
            assertEquals(304, send("GET", path, "If-Modified-Since", later).statusCode(), path);
        }
    }

    /** RFC 9110 §13.1.2: text after an entity tag is not the grammar, so the field matches nothing. */
    @Test
    void textAfterAnEntityTagMakesIfNoneMatchMatchNothing() throws Exception {
        for (String path : FILES.keySet()) {
            String tag = header(send("GET", path), "ETag");
            for (String junk : List.of(tag + "x", tag + ";", tag + " x", tag + ", x", "\"a b\", " + tag)) {
                assertEquals(200, send("GET", path, "If-None-Match", junk).statusCode(), path + " " + junk);
            }
        }
    }

    /** RFC 9110 §8.4.1.3: x-gzip is gzip, and the negotiation and the compressor agree on it. */
    @Test
    void xGzipIsTakenAsGzip() throws Exception {
        for (String path : List.of("/", "/app/advisor.js", MERMAID)) {
            HttpResponse<byte[]> answer = send("GET", path, "Accept-Encoding", "x-gzip, identity;q=0");
            assertEquals(200, answer.statusCode(), path);
            assertEquals("gzip", header(answer, "Content-Encoding"), path);
            assertArrayEquals(bytes(FILES.get(path)), gunzip(answer.body()), path);
        }
    }

    /** RFC 9110 §9.3.2: HEAD answers with the head GET answers with, Content-Length included. */
    @Test
    void headCarriesTheHeadOfGetContentLengthIncluded() throws Exception {
        for (String path : List.of("/", "/app/advisor.js", "/app/texts.json", MERMAID)) {
            for (String acceptEncoding : List.of("", "gzip", "gzip, deflate, br, zstd", "identity", "deflate")) {
                String[] headers = acceptEncoding.isEmpty() ? new String[0]
                        : new String[] {"Accept-Encoding", acceptEncoding};
                Map<String, List<String>> get = head(send("GET", path, headers));
                Map<String, List<String>> head = head(send("HEAD", path, headers));
                assertEquals(get, head, path + " [" + acceptEncoding + "]");
                assertTrue(get.containsKey("content-length") || get.containsKey("content-encoding"),
                        path + " [" + acceptEncoding + "]: a plain answer has a length " + get);
            }
        }
    }

    @Test
    void scriptsStylesThePageAndItsTablesAreGzippedForClientsThatTakeIt() throws Exception {
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            String path = file.getKey();
            HttpResponse<byte[]> plain = send("GET", path);
            HttpResponse<byte[]> gzipped = send("GET", path, "Accept-Encoding", "gzip, deflate, br, zstd");
            assertEquals(200, gzipped.statusCode(), path);
            assertEquals("gzip", header(gzipped, "Content-Encoding"), path);
            assertArrayEquals(bytes(file.getValue()), gunzip(gzipped.body()), path);
            assertTrue(gzipped.body().length < bytes(file.getValue()).length / 2, path);
            assertEquals(null, header(plain, "Content-Encoding"), path);
            assertArrayEquals(bytes(file.getValue()), plain.body(), path);
            for (HttpResponse<byte[]> answer : List.of(plain, gzipped)) {
                assertTrue(header(answer, "Vary").toLowerCase(Locale.ROOT).contains("accept-encoding"), path);
            }
            String gzipTag = header(gzipped, "ETag");
            assertNotEquals(header(plain, "ETag"), gzipTag, path);
            assertEquals("W/" + header(plain, "ETag").replaceFirst("\"$", "-gzip\""), gzipTag, path);
            assertEquals(304, send("GET", path, "Accept-Encoding", "gzip", "If-None-Match", gzipTag).statusCode());
            assertEquals(200, send("GET", path, "If-None-Match", gzipTag).statusCode(), path);
        }
    }

    /** RFC 9110 §12.5.3: the qualities decide; identity;q=0 and *;q=0 exclude the file as it is. */
    @Test
    void acceptEncodingQualitiesDecideTheCoding() throws Exception {
        Map<String, String> coding = new TreeMap<>();
        coding.put("gzip;q=0", null);
        coding.put("gzip;q=0.5, identity", null);
        coding.put("gzip;q=0.5, *", null);
        coding.put("GZIP;q=0, *", null);
        coding.put("identity;q=0, gzip", "gzip");
        coding.put("*;q=0, gzip", "gzip");
        coding.put("gzip;q=0.8, identity;q=0.5", "gzip");
        coding.put("*", "gzip");
        coding.put("br", null);
        for (String path : List.of("/", "/app/advisor.js", MERMAID)) {
            for (Map.Entry<String, String> expected : coding.entrySet()) {
                HttpResponse<byte[]> answer = send("GET", path, "Accept-Encoding", expected.getKey());
                assertEquals(200, answer.statusCode(), path + " [" + expected.getKey() + "]");
                assertEquals(expected.getValue(), header(answer, "Content-Encoding"),
                        path + " [" + expected.getKey() + "]");
            }
            for (String none : List.of("identity;q=0", "*;q=0", "br, identity;q=0")) {
                HttpResponse<byte[]> refused = send("GET", path, "Accept-Encoding", none);
                assertEquals(406, refused.statusCode(), path + " [" + none + "]");
                assertTrue(header(refused, "Content-Type").startsWith("application/problem+json"), path);
                JsonNode problem = JSON.readTree(refused.body());
                assertEquals("/problems/not-acceptable", problem.path("type").asText());
                assertTrue(problem.path("detail").asText().contains(none), problem.toString());
                assertTrue(problem.path("detail").asText().contains("gzip"), problem.toString());
            }
        }
    }

    /**
     * HTTP/2 (h2c, upgraded from HTTP/1.1): the file is compressed once, labelled with its coding, and one the client
     * did not ask to have compressed carries no coding at all.
     */
    @Test
    void overHttp2AFileIsGzippedOnceAndAPlainOneCarriesNoCoding() throws Exception {
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            HttpResponse<byte[]> gzipped = send(PlainHttp.HTTP_2, "GET", file.getKey(), "Accept-Encoding", "gzip");
            assertEquals(HttpClient.Version.HTTP_2, gzipped.version());
            assertEquals("gzip", header(gzipped, "Content-Encoding"), file.getKey());
            assertArrayEquals(bytes(file.getValue()), gunzip(gzipped.body()), file.getKey());
            HttpResponse<byte[]> head = send(PlainHttp.HTTP_2, "HEAD", file.getKey(), "Accept-Encoding", "gzip");
            assertEquals(head(gzipped), head(head), file.getKey());
            HttpResponse<byte[]> plain = send(PlainHttp.HTTP_2, "GET", file.getKey());
            assertEquals(null, header(plain, "Content-Encoding"), file.getKey());
            assertArrayEquals(bytes(file.getValue()), plain.body(), file.getKey());
        }
    }

    /** {@code "<first 16 bytes of the SHA-256 of the file, base64url>"}. */
    static String strongTag(byte[] content) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + "\"";
    }

    private static byte[] bytes(String file) throws IOException {
        try (InputStream in = resource(file).openStream()) {
            return in.readAllBytes();
        }
    }

    private static URL resource(String file) {
        URL url = Thread.currentThread().getContextClassLoader().getResource("META-INF/resources/" + file);
        assertFalse(url == null, file);
        return url;
    }

    private static String mermaidVersion() {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/mermaid/pom.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
