package dev.trainingadvisor.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what an HTTP client library would refuse or tidy up before sending: an invalid
 * URL, a malformed header value, a body in another encoding, a chunked body. Each request sends
 * {@code Connection: close} and reads the answer until the server closes the connection.
 */
public final class RawHttp {
    private RawHttp() {
    }

    /** An answer: status (-1 when the server closed without one), lower-case header names, body text. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Sends {@code method target} with the given header lines (without Host, Connection) and body (or null). */
    public static Answer send(int port, String method, String target, Map<String, String> headers, byte[] body,
                              boolean chunked) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                if (body != null) {
                    if (chunked) {
                        out.write((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(body);
                        out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    } else {
                        out.write(body);
                    }
                }
                out.flush();
            } catch (java.net.SocketException closedEarly) {
                // The server may answer before reading the whole body and close: its answer is still to be read.
            }
            return parse(readAll(socket.getInputStream()));
        }
    }

    /**
     * Sends {@code request} byte for byte, as it is (request line, headers and all), and reads the answer until the
     * server closes the connection: for request lines no client library would write.
     */
    public static Answer sendBytes(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
            } catch (java.net.SocketException closedEarly) {
                // refused before the whole request was written: the answer, if any, is still to be read
            }
            return parse(readAll(socket.getInputStream()));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, read);
            }
        } catch (java.net.SocketException reset) {
            // a reset after the answer: what was read is the answer
        }
        return all.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        // The head is ASCII; the body is bytes until it is de-chunked (chunk sizes count bytes, not characters).
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.") || end < 0) {
            return new Answer(-1, Map.of(), new String(raw, StandardCharsets.UTF_8));
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        int at = end + 4;
        byte[] body = java.util.Arrays.copyOfRange(raw, at, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream unchunked = new ByteArrayOutputStream();
            while (true) {
                int lineEnd = text.indexOf("\r\n", at);
                int size = Integer.parseInt(text.substring(at, lineEnd).split(";")[0].trim(), 16);
                if (size == 0) {
                    break;
                }
                unchunked.write(raw, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
            body = unchunked.toByteArray();
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }
}
