package dev.trainingadvisor.api.common;

import dev.trainingadvisor.api.problem.Problem;
import dev.trainingadvisor.api.problem.ProblemType;
import dev.trainingadvisor.api.problem.Problems;
import dev.trainingadvisor.domain.Language;
import io.netty.handler.codec.compression.StandardCompressionOptions;
import io.netty.handler.codec.http.HttpContentCompressor;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;

/**
 * The content coding of an answer the service sends as stored bytes (the page's files, the OpenAPI document), for
 * clients that take one (RFC 9110 §12.5.3). The bytes are compressed by Vert.x's own compressor
 * ({@code quarkus.http.enable-compression}), which sits in every connection's pipeline and compresses an answer that
 * carries no {@code Content-Encoding} in the coding it picks from {@code Accept-Encoding}; Quarkus marks every answer
 * {@code Content-Encoding: identity} to keep it out, and takes the mark off for the types in
 * {@code quarkus.http.compress-media-types}. This decides per answer instead, so that the answer's head can say what
 * its content will be: its {@code ETag} (a tag per coding) and, for HEAD, its {@code Content-Encoding}.
 *
 * <p>The coding is the one the compressor itself would pick ({@link HttpContentCompressor#determineEncoding}, with
 * Vert.x's default codings gzip and deflate: {@code quarkus.http.compressors} must stay unset), taken only when the
 * qualities of RFC 9110 §12.5.3 agree ({@link AcceptQuality#codingQuality}): its quality is above 0 and not below
 * that of {@code identity} ({@code gzip;q=0.5, identity} is sent as it is; the compressor, which does not read
 * {@code identity}, and reads {@code GZIP;q=0} as no mention of gzip, would compress both). Otherwise the answer goes
 * as it is, unless {@code identity;q=0} or {@code *;q=0} excludes that too: then nothing is acceptable (406).
 *
 * <p>Pre-compressed bytes cannot be sent instead while the compressor is in the pipeline: on HTTP/2 Netty's encoder
 * compresses whatever names gzip in its {@code Content-Encoding} (again); and the JSON API answers rely on it.
 */
public final class ResponseCoding {
    /** No coding: the bytes as they are. */
    public static final String IDENTITY = "identity";
    /** What an answer that may be compressed can be sent in, for a 406's detail. */
    public static final String CODINGS = "gzip, deflate, identity";
    private static final Compressor COMPRESSOR = new Compressor();

    private ResponseCoding() {
    }

    /**
     * The coding to send {@code request}'s answer in: {@code gzip} or {@code deflate} when {@code compressible} (a type
     * worth compressing, with content) and the request takes one, else {@link #IDENTITY}; empty when the request
     * accepts neither (406).
     */
    public static Optional<String> choose(HttpServerRequest request, boolean compressible) {
        String acceptEncoding = String.join(",", request.headers().getAll(HttpHeaders.ACCEPT_ENCODING));
        String coding = compressible ? compressorsChoice(request) : null;
        double identity = AcceptQuality.codingQuality(acceptEncoding, IDENTITY);
        if (coding != null) {
            double quality = AcceptQuality.codingQuality(acceptEncoding, coding);
            if (quality > 0 && identity <= quality) {
                return Optional.of(coding);
            }
        }
        return identity == 0 ? Optional.empty() : Optional.of(IDENTITY);
    }

    /**
     * The 406 problem for a request {@link #choose} found nothing acceptable for: its {@code Accept-Encoding} as sent,
     * and the codings the answer can be sent in.
     */
    public static Problem notAcceptable(Language language, HttpServerRequest request, boolean compressible) {
        String acceptEncoding = String.join(", ", request.headers().getAll(HttpHeaders.ACCEPT_ENCODING));
        return Problems.problem(ProblemType.NOT_ACCEPTABLE, language, Problems.detail(language,
                "notAcceptableCoding", "acceptEncoding", acceptEncoding, "codings",
                compressible ? CODINGS : IDENTITY), request.path(), List.of());
    }

    /**
     * The entity tag of the bytes with {@code strongTag} sent in {@code coding}: the tag itself for {@link #IDENTITY},
     * else a weak tag with the coding's name ({@code W/"tag-gzip"}): the compressor's output is not promised to be
     * the same bytes on every request (it depends on how the content is cut into writes), so only weakly the same.
     */
    public static String entityTag(String strongTag, String coding) {
        return IDENTITY.equals(coding) ? strongTag
                : "W/" + strongTag.substring(0, strongTag.length() - 1) + '-' + coding + '"';
    }

    /**
     * Makes the 200 answer to {@code context} go in {@code coding} (from {@link #choose}), its head written as GET's
     * would be for HEAD too (RFC 9110 §9.3.2): compressed, it has no {@code Content-Length} (its length is known only
     * once compressed: GET's is sent chunked) nor {@code Accept-Ranges} (the compressed bytes are not ranged), and
     * HEAD names the coding, which the compressor only adds to content; as it is, its {@code Content-Length} is
     * {@code length}, also on HEAD, and it carries no {@code Content-Encoding}. Call it before the handler that
     * sends the answer: headers-end handlers run last-registered first, so this runs after Quarkus's marking.
     */
    public static void apply(RoutingContext context, String coding, long length) {
        HttpServerRequest request = context.request();
        boolean compressorWouldApply = compressorsChoice(request) != null;
        context.addHeadersEndHandler(ended -> {
            if (context.response().getStatusCode() != 200) {
                return;
            }
            MultiMap headers = context.response().headers();
            boolean head = request.method() == HttpMethod.HEAD;
            if (IDENTITY.equals(coding)) {
                if (compressorWouldApply) {
                    headers.set(HttpHeaders.CONTENT_ENCODING, IDENTITY); // the mark that keeps the compressor off
                } else {
                    headers.remove(HttpHeaders.CONTENT_ENCODING); // nothing to keep off: HTTP/2 would send the mark
                }
                if (head && !headers.contains(HttpHeaders.CONTENT_LENGTH)) {
                    headers.set(HttpHeaders.CONTENT_LENGTH, Long.toString(length));
                }
            } else {
                if (head) {
                    headers.set(HttpHeaders.CONTENT_ENCODING, coding);
                } else {
                    headers.remove(HttpHeaders.CONTENT_ENCODING); // the compressor adds it as it compresses
                }
                headers.remove(HttpHeaders.CONTENT_LENGTH);
                headers.remove(HttpHeaders.ACCEPT_RANGES);
            }
        });
    }

    /**
     * The coding the compressor would apply to {@code request}'s answer if it were not marked: none on HTTP/1.0
     * (Netty passes those answers through), else from the first {@code Accept-Encoding} line as Netty reads it.
     */
    private static String compressorsChoice(HttpServerRequest request) {
        String acceptEncoding = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return acceptEncoding == null || request.version() == HttpVersion.HTTP_1_0 ? null
                : COMPRESSOR.choice(acceptEncoding);
    }

    /** Vert.x's compressor with its default codings, only to ask which coding it picks (as Vert.x does for HTTP/2). */
    private static final class Compressor extends HttpContentCompressor {
        Compressor() {
            super(0, StandardCompressionOptions.gzip(), StandardCompressionOptions.deflate());
        }

        String choice(String acceptEncoding) {
            return determineEncoding(acceptEncoding);
        }
    }
}
