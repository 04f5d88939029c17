package dev.trainingadvisor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A compressed body cut short (a gzip header and nothing after it): it used to never end once Netty's decompressor
 * held it; now the service decodes bodies itself (EncodedBodies) and refuses it with a 400 problem as the request
 * ends. A request whose body never ends is closed by the idle timeout ({@code quarkus.http.idle-timeout}, 30 s in
 * production, 2 s here) instead of being left open for ever; and the service keeps answering everyone else meanwhile.
 */
class UnfinishedBodyIT {
    private static final byte[] GZIP_HEADER_ONLY = {0x1f, (byte) 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03};
    private static PackagedService service;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        service = PackagedService.start("unfinished-body", List.of("-Dquarkus.http.idle-timeout=2s"));
        port = URI.create(service.base).getPort();
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
    }

    @Test
    void aGzipBodyCutShortIsClosedCleanlyNotLeftOpenForEver() throws Exception {
        String head = "POST /roi-estimates HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Encoding: gzip\r\n";
        byte[] withLength = concat((head + "Content-Length: 10\r\n\r\n").getBytes(StandardCharsets.US_ASCII),
                GZIP_HEADER_ONLY);
        byte[] chunked = concat((head + "Transfer-Encoding: chunked\r\n\r\na\r\n").getBytes(StandardCharsets.US_ASCII),
                GZIP_HEADER_ONLY, "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        for (byte[] request : List.of(withLength, chunked)) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(60_000); // far beyond the 2 s idle timeout: a hang fails here
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
                assertEquals(200, service.status("/q/health/ready"), "others are still served meanwhile");
                byte[] answer;
                try {
                    answer = readToEnd(socket.getInputStream());
                } catch (SocketTimeoutException hang) {
                    throw new AssertionError("the connection was left open: no answer and no close in 60 s", hang);
                }
                String text = new String(answer, StandardCharsets.UTF_8);
                // A problem document (the body ended, and is not gzip), or a clean close: never a 5xx, never a hang.
                assertTrue(answer.length == 0 || text.startsWith("HTTP/1.1 4") && text.contains("problem+json"), text);
            }
        }
    }

    private static byte[] readToEnd(InputStream in) throws java.io.IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
