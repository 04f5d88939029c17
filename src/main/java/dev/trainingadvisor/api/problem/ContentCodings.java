package dev.trainingadvisor.api.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
     * Whether a body with this {@code Content-Encoding} value is read as sent: at most one coding
     * ({@link #single}), one of {@link #ACCEPTED} (or its {@code x-} alias), in any letter case. A list of codings is
     * not: the decompressor undoes one coding only.
     */
    public static boolean readable(String contentEncoding) {
        return single(contentEncoding).map(READABLE::contains).orElse(false);
    }

    /**
     * The one coding a {@code Content-Encoding} value lists, lower-cased: {@code identity} when it lists none (an
     * empty value, or only empty elements), empty when it lists more than one. RFC 9110 §8.4 makes the field a list,
     * {@code #content-coding}, which may be empty (§5.6.1: {@code #} is zero or more), and §5.6.1.2 has a recipient
     * ignore empty elements ({@code ", gzip ,"} is {@code gzip}): a body whose field lists no coding has none applied.
     */
    public static Optional<String> single(String contentEncoding) {
        List<String> codings = Arrays.stream(contentEncoding.split(",", -1))
                .map(coding -> coding.trim().toLowerCase(Locale.ROOT)).filter(coding -> !coding.isEmpty()).toList();
        return codings.isEmpty() ? Optional.of("identity")
                : codings.size() == 1 ? Optional.of(codings.get(0)) : Optional.empty();
    }
}
