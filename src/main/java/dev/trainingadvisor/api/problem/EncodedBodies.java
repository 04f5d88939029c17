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
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Checksum;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

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
    /** RFC 1952 §2.3.1: the bits of a gzip member's FLG. */
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    private static final int RESERVED_FLAGS = 0xE0;

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
        String coding = value.trim().toLowerCase(Locale.ROOT);
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
     * body is one or more members one after another (RFC 1952 §2.2), decoded to their contents one after another;
     * a deflate body one stream. Undecodable: not valid data of the coding, cut short, or followed by other bytes (for
     * gzip: anything after a member that is not another member). No bytes at all are no content (RFC 9110 §8.4: a
     * coding applies to content), decoded to none, so that the operation says its body is missing.
     */
    static Decoded decoded(Coding coding, byte[] coded, long limit) {
        if (coded.length == 0) {
            return new Decoded(Decoded.Outcome.DECODED, coded); // no content: nothing to decode, nothing to refuse
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            int end = coding == Coding.GZIP ? gzipMembers(coded, out, limit)
                    : inflate(coded, 0, !zlibHeader(coded), null, out, limit);
            return end == coded.length ? new Decoded(Decoded.Outcome.DECODED, out.toByteArray())
                    : new Decoded(Decoded.Outcome.UNDECODABLE, new byte[0]);
        } catch (ZipException | DataFormatException undecodable) {
            return new Decoded(Decoded.Outcome.UNDECODABLE, new byte[0]);
        } catch (PastLimit tooLarge) {
            return new Decoded(Decoded.Outcome.TOO_LARGE, new byte[0]);
        }
    }

    /** Decoding went past the body limit. */
    private static final class PastLimit extends Exception {
        PastLimit() {
            super(null, null, false, false);
        }
    }

    /**
     * Decodes the gzip members of {@code coded} into {@code out} (RFC 1952 §2.2-2.3: a header, deflate data, the
     * CRC-32 and ISIZE of what it holds), one after another to the last byte, and returns the body's length. The JDK's
     * {@code GZIPInputStream} is not used: it ends the body quietly at bytes after a member that do not begin another.
     *
     * @throws ZipException a header, CRC-32 or size that is not right, or a member cut short or followed by bytes
     *                      that are not a member
     */
    private static int gzipMembers(byte[] coded, ByteArrayOutputStream out, long limit)
            throws ZipException, DataFormatException, PastLimit {
        int at = 0;
        while (at < coded.length) {
            int start = out.size();
            CRC32 crc = new CRC32();
            at = inflate(coded, gzipHeader(coded, at), true, crc, out, limit);
            if (coded.length - at < 8 || littleEndianInt(coded, at) != (int) crc.getValue()
                    || littleEndianInt(coded, at + 4) != out.size() - start) {
                throw new ZipException("not the member's CRC-32 and ISIZE");
            }
            at += 8;
        }
        return at;
    }

    /**
     * Where the deflate data of the gzip member at {@code at} starts, after its header (RFC 1952 §2.3): ID1 ID2 (31,
     * 139), CM 8 (deflate), FLG without reserved bits (§2.3.1.2: an error), MTIME, XFL, OS, then as FLG says the extra
     * field, the zero-terminated name and comment, and the header's CRC-16, which must match.
     */
    private static int gzipHeader(byte[] coded, int at) throws ZipException {
        if (coded.length - at < 10 || (coded[at] & 0xFF) != 31 || (coded[at + 1] & 0xFF) != 139 || coded[at + 2] != 8
                || (coded[at + 3] & RESERVED_FLAGS) != 0) {
            throw new ZipException("not a gzip member header");
        }
        int flags = coded[at + 3];
        int next = at + 10;
        if ((flags & FEXTRA) != 0) {
            within(coded, next, 2);
            next += 2 + littleEndianShort(coded, next);
        }
        if ((flags & FNAME) != 0) {
            next = afterZero(coded, next);
        }
        if ((flags & FCOMMENT) != 0) {
            next = afterZero(coded, next);
        }
        if ((flags & FHCRC) != 0) {
            within(coded, next, 2);
            CRC32 crc = new CRC32();
            crc.update(coded, at, next - at);
            if (littleEndianShort(coded, next) != (int) (crc.getValue() & 0xFFFF)) {
                throw new ZipException("not the header's CRC-16");
            }
            next += 2;
        }
        within(coded, next, 0);
        return next;
    }

    /** Refuses a header that needs {@code count} bytes from {@code at}, where the body has fewer. */
    private static void within(byte[] coded, int at, int count) throws ZipException {
        if (at > coded.length - count) {
            throw new ZipException("a gzip member header cut short");
        }
    }

    /** The index after the first zero byte from {@code from}; past the end when there is none. */
    private static int afterZero(byte[] coded, int from) {
        int at = from;
        while (at < coded.length && coded[at] != 0) {
            at++;
        }
        return at + 1;
    }

    private static int littleEndianShort(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    }

    private static int littleEndianInt(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16 | bytes[at + 3] << 24;
    }

    /**
     * Inflates the deflate stream (RFC 1951; zlib-wrapped, RFC 1950, unless {@code raw}) that starts at {@code from}
     * into {@code out}, updating {@code check} if any with what it writes, and returns the index after the stream's
     * end (the zlib trailer included).
     *
     * @throws ZipException       the stream is cut short (or needs a preset dictionary)
     * @throws DataFormatException the bytes are not a deflate stream
     * @throws PastLimit          it inflates to more than {@code limit} bytes in all
     */
    private static int inflate(byte[] coded, int from, boolean raw, Checksum check, ByteArrayOutputStream out,
                               long limit) throws ZipException, DataFormatException, PastLimit {
        Inflater inflater = new Inflater(raw);
        try {
            inflater.setInput(coded, from, coded.length - from);
            byte[] step = new byte[8192];
            while (!inflater.finished()) {
                int read = inflater.inflate(step);
                if (read == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new ZipException("a deflate stream cut short");
                }
                if (check != null) {
                    check.update(step, 0, read);
                }
                out.write(step, 0, read);
                if (out.size() > limit) {
                    throw new PastLimit();
                }
            }
            return coded.length - inflater.getRemaining();
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
