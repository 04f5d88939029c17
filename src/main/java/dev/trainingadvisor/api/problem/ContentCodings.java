package dev.trainingadvisor.api.problem;

import java.util.Locale;
import java.util.Set;

/**
 * The content codings (RFC 9110 §8.4) a request body may arrive in: {@code gzip} and {@code deflate}, which
 * {@link EncodedBodies} undoes (with their {@code x-} aliases), and {@code identity}. Any other coding
 * ({@code br}, {@code compress}, {@code zstd}, {@code gzip, gzip}, a typo) would otherwise be read as if the body
 * were not encoded; RFC 9110 §15.5.16 makes a coding the server does not take a 415, on HTTP/1.1 and HTTP/2 alike
 * (Netty's decompressor, which rewrote {@code br} to identity on HTTP/2, is off).
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
