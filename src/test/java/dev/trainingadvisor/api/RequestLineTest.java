package dev.trainingadvisor.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.IntStream;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The request line is read strictly (issue 21, the request-smuggling class of CVE-2026-50020): Netty before 4.1.135
 * skipped control bytes before the method, so {@code \x00\x01\x02GET /training-methods HTTP/1.1} answered 200 while a
 * front end that reads those bytes differently desynchronises. The fix sits in Netty itself ({@code netty-bom}
 * 4.1.137.Final pinned over the Quarkus BOM in the pom): such a request is refused with 400 or a closed connection,
 * never answered 200. Sent over a raw socket, as no client library would write such a line.
 */
@QuarkusTest
class RequestLineTest {

    /** Every C0 control byte and DEL, but CR and LF (which Netty, per RFC 9112 §2.2, may skip before a request line). */
    static IntStream controlBytes() {
        return IntStream.concat(IntStream.rangeClosed(0x00, 0x1F), IntStream.of(0x7F))
                .filter(b -> b != '\r' && b != '\n');
    }

    @ParameterizedTest(name = "control byte {0} before the method")
    @MethodSource("controlBytes")
    void aControlByteBeforeTheMethodIsRefusedNeverAnswered(int control) throws IOException {
        RawHttp.Answer answer = RawHttp.sendBytes(RestAssured.port, request(new byte[] {(byte) control},
                "GET /training-methods HTTP/1.1"));
        assertRefused(answer);
    }

    @Test
    void severalControlBytesBeforeTheMethodAreRefused() throws IOException {
        RawHttp.Answer answer = RawHttp.sendBytes(RestAssured.port, request(new byte[] {0x00, 0x01, 0x02},
                "GET /training-methods HTTP/1.1"));
        assertRefused(answer);
    }

    @ParameterizedTest(name = "control byte {0} in the version")
    @MethodSource("controlBytes")
    void aControlByteInsideTheVersionTokenIsRefused(int control) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.writeBytes("GET /training-methods HTTP/1".getBytes(StandardCharsets.US_ASCII));
        line.write(control);
        line.writeBytes(".1".getBytes(StandardCharsets.US_ASCII));
        RawHttp.Answer answer = RawHttp.sendBytes(RestAssured.port, request(new byte[0],
                line.toString(StandardCharsets.ISO_8859_1)));
        assertRefused(answer);
    }

    @Test
    void theSameRequestWithoutControlBytesIsAnswered() throws IOException {
        // The guard above is not a server that refuses everything sent this way.
        RawHttp.Answer answer = RawHttp.sendBytes(RestAssured.port, request(new byte[0],
                "GET /training-methods HTTP/1.1"));
        assertEquals(200, answer.status(), answer.body());
    }

    private static void assertRefused(RawHttp.Answer answer) {
        assertNotEquals(200, answer.status(), "answered 200: the control bytes were skipped");
        assertTrue(answer.status() == -1 || answer.status() == 400, () -> "status " + answer.status());
    }

    private static byte[] request(byte[] before, String requestLine) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before);
        out.writeBytes((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }
}
