package dev.trainingadvisor.api.problem;

import dev.trainingadvisor.api.language.Languages;
import dev.trainingadvisor.domain.Language;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Undoes a request body's {@code gzip} or {@code deflate} content coding (RFC 9110 §8.4.1) here, with
 * {@code java.util.zip}, instead of in Netty's {@code HttpContentDecompressor}
 * ({@code quarkus.http.enable-decompression=false}): Netty's decompressor fails a body that is not the coding it
 * names as the request ends, inside the connection's pipeline, and Vert.x then closed the connection without an
 * answer ({@code printf xyz | curl -X POST /assessments -H 'Content-Encoding: deflate' ...}: empty reply) - no route,
 * filter or exception handler of the application was ever called.
 *
 * <p>The coded body is read whole (at most the operation's body limit, {@link BodyLimit#limitOf}: 64 KiB, 1 MiB
 * for {@value BodyLimit#LARGE_BODY_PATH}; else 413), then decoded into at most the same limit: a body that decodes
 * to more (a zip bomb) is a 413 problem, a body that is not valid data of its coding (a bad header, a bad block,
 * cut short, bytes after its end that are not another gzip member) a 400 problem ({@code undecodableEncoding}). The
 * decoded body replaces the coded one for every later reader (Quarkus REST and the MCP extension read
 * {@code RoutingContext.body()} when a body handler has run), without {@code Content-Encoding}. {@code deflate} is the zlib format (RFC 1950) as RFC 9110 says, or the raw deflate
 * format that some clients send instead, told apart by the zlib header (as Netty's {@code ZLIB_OR_NONE} does). Other
 * codings never get here: {@link EdgeProblems} refuses them with 415 before (see {@link ContentCodings}).
 */
@Singleton
public class EncodedBodies {
    /** Before {@link BodyLimit}'s own reader, which skips a body this has read already. */
    static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2;
    private static final Set<HttpMethod> BODY_METHODS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);
    private static final Set<String> GZIP = Set.of("gzip", "x-gzip");
    private static final Set<String> DEFLATE = Set.of("deflate", "x-deflate");

    private final BodyLimit limits;
    private final Languages languages;
    private final ProblemWriter writer;

    public EncodedBodies(BodyLimit limits, Languages languages, ProblemWriter writer) {
        this.limits = limits;
        this.languages = languages;
        this.writer = writer;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            if (coding(context.request()) == Coding.NONE) {
                context.next();
            } else {
                read(context);
            }
        });
    }

    /**
     * Reads the coded body whole (at most the operation's limit, else 413), then decodes it. On HTTP/2 the reading stops
     * as soon as the bytes its Content-Length declares have arrived, before the stream's end is delivered: Quarkus
     * REST pauses every request it takes, and Vert.x refuses to pause an HTTP/2 request whose end it has delivered
     * ({@code IllegalStateException: Request has already been read}, quarkusio/quarkus#34393), which answered a valid
     * gzip body over HTTP/2 with a 500. (A body without Content-Length on HTTP/2 is refused before: {@link BodyLimit}.)
     */
    private void read(RoutingContext context) {
        HttpServerRequest request = context.request();
        Language language = languages.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        long limit = limits.limitOf(request);
        long declared = declaredLength(request);
        if (declared > limit) {
            tooLarge(context, language, ProblemWriter.RestOfBody.UNREAD);
            return;
        }
        boolean stopBeforeEnd = request.version() == HttpVersion.HTTP_2 && declared >= 0;
        Buffer coded = Buffer.buffer();
        boolean[] done = {false};
        ((RoutingContextInternal) context).visitHandler(RoutingContextInternal.BODY_HANDLER);
        request.handler(chunk -> {
            if (done[0]) {
                return;
            }
            coded.appendBuffer(chunk);
            if (coded.length() > limit) {
                done[0] = true;
                tooLarge(context, language, ProblemWriter.RestOfBody.UNREADABLE);
            } else if (stopBeforeEnd && coded.length() >= declared) {
                done[0] = true;
                request.pause();
                decode(context, coded.getBytes());
            }
        });
        request.endHandler(ended -> {
            if (!done[0]) {
                done[0] = true;
                decode(context, coded.getBytes());
            }
        });
        request.resume();
    }

    private void tooLarge(RoutingContext context, Language language, ProblemWriter.RestOfBody rest) {
        writer.write(context, Problems.problem(ProblemType.PAYLOAD_TOO_LARGE, language,
                Problems.detail(language, "payloadTooLarge"), context.request().path(), List.of()), language, null,
                rest);
    }

    /** The request's Content-Length, or -1 when it has none (or one that is not a number: Netty refuses that). */
    static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException unreadable) {
            return -1;
        }
    }

    /** The coding a body is to be decoded from. */
    enum Coding { NONE, GZIP, DEFLATE }

    static Coding coding(HttpServerRequest request) {
        String value = request.getHeader(HttpHeaders.CONTENT_ENCODING);
        if (value == null || !BODY_METHODS.contains(request.method())) {
            return Coding.NONE;
        }
        String coding = ContentCodings.single(value).orElse("identity"); // a list of two: refused before, 415
        return GZIP.contains(coding) ? Coding.GZIP : DEFLATE.contains(coding) ? Coding.DEFLATE : Coding.NONE;
    }

    private void decode(RoutingContext context, byte[] bytes) {
        HttpServerRequest request = context.request();
        Coding coding = coding(request);
        Language language = languages.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Decoded decoded = decoded(coding, bytes, limits.limitOf(request));
        switch (decoded.outcome()) {
            case DECODED -> {
                request.headers().remove(HttpHeaders.CONTENT_ENCODING);
                request.headers().set(HttpHeaders.CONTENT_LENGTH, Integer.toString(decoded.body().length));
                context.setBody(Buffer.buffer(decoded.body()));
                context.next();
            }
            case TOO_LARGE -> tooLarge(context, language, ProblemWriter.RestOfBody.READ);
            case UNDECODABLE -> writer.write(context, Problems.problem(ProblemType.INVALID_REQUEST, language,
                    Problems.detail(language, "undecodableEncoding"), request.path(), List.of()), language, null,
                    ProblemWriter.RestOfBody.READ);
        }
    }

    /** What decoding a body came to: its bytes, or why there are none. */
    record Decoded(Outcome outcome, byte[] body) {
        enum Outcome { DECODED, TOO_LARGE, UNDECODABLE }
    }

    /**
     * {@code coded} decoded from {@code coding}, inflated in 8 KiB steps and stopped as soon as it passes {@code limit}
     * bytes, so that a small body that expands without end costs no more than {@code limit} bytes of memory. A gzip
     * body is one or more members one after another (RFC 1952 §2.2), decoded to their contents one after another by
     * Apache Commons Compress, which checks each member's header (reserved flag bits are an error, §2.3.1.2), CRC-32
     * and size, and refuses bytes after a member that do not begin another (the JDK's {@code GZIPInputStream} ended
     * the body quietly there); a deflate body is one zlib (RFC 1950) or raw deflate stream that must end with the body.
     * Undecodable: not valid data of the coding, cut short, or followed by other bytes. No bytes at all are no content
     * (RFC 9110 §8.4: a coding applies to content), decoded to none, so that the operation says its body is missing.
     */
    static Decoded decoded(Coding coding, byte[] coded, long limit) {
        if (coded.length == 0) {
            return new Decoded(Decoded.Outcome.DECODED, coded); // no content: nothing to decode, nothing to refuse
        }
        Inflater inflater = new Inflater(coding == Coding.DEFLATE && !zlibHeader(coded));
        try (InputStream in = coding == Coding.GZIP
                ? GzipCompressorInputStream.builder().setByteArray(coded).setDecompressConcatenated(true).get()
                : new InflaterInputStream(new ByteArrayInputStream(coded), inflater, 8192)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] step = new byte[8192];
            int read;
            while ((read = in.read(step)) >= 0) {
                out.write(step, 0, read);
                if (out.size() > limit) {
                    return new Decoded(Decoded.Outcome.TOO_LARGE, new byte[0]);
                }
            }
            if (coding == Coding.DEFLATE && (!inflater.finished() || inflater.getBytesRead() != coded.length)) {
                return new Decoded(Decoded.Outcome.UNDECODABLE, new byte[0]);
            }
            return new Decoded(Decoded.Outcome.DECODED, out.toByteArray());
        } catch (IOException undecodable) {
            // The bytes are in memory: the only input that fails is the coded data itself (not the coding, cut
            // short, a checksum or size that does not match, bytes after the end).
            return new Decoded(Decoded.Outcome.UNDECODABLE, new byte[0]);
        } finally {
            inflater.end();
        }
    }

    /** RFC 1950 §2.2: CM 8 (deflate), CINFO at most 7, and the first two bytes a multiple of 31. */
    private static boolean zlibHeader(byte[] coded) {
        if (coded.length < 2) {
            return false;
        }
        int cmf = coded[0] & 0xFF;
        int flg = coded[1] & 0xFF;
        return (cmf & 0x0F) == 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 == 0;
    }
}
