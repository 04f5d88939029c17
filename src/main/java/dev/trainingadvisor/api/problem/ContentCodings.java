package dev.trainingadvisor.api.problem;

import java.util.Locale;
import java.util.Set;

/**
 * The content codings (RFC 9110 §8.4) a request body may arrive in: those Netty's {@code HttpContentDecompressor}
 * undoes on every platform ({@code quarkus.http.enable-decompression}), and {@code identity}. Netty passes an
 * unknown coding ({@code compress}, {@code gzip, gzip}, a typo) through untouched, so that the body would be read as
 * if it were not encoded; {@code br} it decodes only where brotli4j's native library loads. RFC 9110 §15.5.16 makes
 * a coding the server does not take a 415. On HTTP/2, Netty's decompressor rewrites {@code Content-Encoding: br} to
 * identity before any application code sees the request, so there a {@code br} body is decoded (or, if it is not
 * Brotli, refused with 400) rather than refused with 415.
 */
public final class ContentCodings {
    /** The {@code Accept-Encoding} a 415 for a content coding answers with (RFC 9110 §12.5.3). */
    public static final String ACCEPTED = "gzip, deflate, identity";
    private static final Set<String> READABLE = Set.of("gzip", "x-gzip", "deflate", "x-deflate", "identity");

    private ContentCodings() {
    }

    /**
     * Whether a body with this {@code Content-Encoding} value is read as sent: exactly one coding, one of
     * {@link #ACCEPTED} (or its {@code x-} alias), in any letter case, with optional surrounding whitespace. A list of
     * codings is not: the decompressor undoes one coding only.
     */
    public static boolean readable(String contentEncoding) {
        return READABLE.contains(contentEncoding.trim().toLowerCase(Locale.ROOT));
    }
}
