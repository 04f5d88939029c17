package dev.trainingadvisor.api;

import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Requests with the JDK's client, answers as the bytes that came (no content coding undone, unlike RestAssured's
 * client, which also asks for gzip by itself): for what a cache or browser sees of content codings and validators.
 */
public final class PlainHttp {
    private static final HttpClient HTTP_1_1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** HTTP/2 over cleartext, upgraded from HTTP/1.1 ({@code h2c}) by the first request. */
    public static final HttpClient HTTP_2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

    private PlainHttp() {
    }

    /** {@code method path} over HTTP/1.1 with the header fields given as name, value, name, value, ... */
    public static HttpResponse<byte[]> send(String method, String path, String... headers)
            throws IOException, InterruptedException {
        return send(HTTP_1_1, method, path, headers);
    }

    public static HttpResponse<byte[]> send(HttpClient client, String method, String path, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The first value of the header field {@code name}, or null. */
    public static String header(HttpResponse<?> answer, String name) {
        return answer.headers().firstValue(name).orElse(null);
    }

    /**
     * The answer's header fields but Date (a second may pass between two answers), the HTTP/2 pseudo-status and
     * Transfer-Encoding (how GET's content is framed: RFC 9112 §6.1 lets HEAD leave it out).
     */
    public static Map<String, List<String>> head(HttpResponse<?> answer) {
        Map<String, List<String>> fields = new TreeMap<>(answer.headers().map());
        fields.remove("date");
        fields.remove(":status");
        fields.remove("transfer-encoding");
        return fields;
    }

    public static byte[] gunzip(byte[] gzipped) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }
}
