package dev.trainingadvisor.api.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Request bodies in a content coding (issue 21): whatever bytes arrive under {@code gzip} or {@code deflate}, decoding
 * comes to the body that was coded, a 413 (decoded beyond the limit) or a 400 (not that coding, or cut short) -
 * never an exception, and never a body that was not sent. Over any content, both codings (deflate zlib-wrapped and
 * raw), every point at which a coded body can be cut short, and arbitrary bytes.
 */
class EncodedBodiesPropertiesTest {
    private static final long LIMIT = 64 * 1024;

    @Property
    void aBodyInItsCodingDecodesToWhatWasCoded(@ForAll @Size(max = 4000) byte[] content,
                                               @ForAll("codings") String coding) throws IOException {
        EncodedBodies.Decoded decoded = EncodedBodies.decoded(codingOf(coding), encode(coding, content), LIMIT);
        assertEquals(EncodedBodies.Decoded.Outcome.DECODED, decoded.outcome());
        assertArrayEquals(content, decoded.body());
    }

    @Property
    void aCodedBodyCutShortIsUndecodable(@ForAll @Size(min = 1, max = 4000) byte[] content,
                                         @ForAll("codings") String coding,
                                         @ForAll @IntRange(min = 1, max = 100) int percentKept) throws IOException {
        byte[] coded = encode(coding, content);
        int kept = Math.max(1, Math.min(coded.length - 1, coded.length * percentKept / 100));
        EncodedBodies.Decoded decoded = EncodedBodies.decoded(codingOf(coding), Arrays.copyOf(coded, kept), LIMIT);
        assertEquals(EncodedBodies.Decoded.Outcome.UNDECODABLE, decoded.outcome(), coding + " cut at " + kept);
    }

    @Property
    void aDeflateStreamWithBytesAfterItsEndIsUndecodable(@ForAll @Size(max = 2000) byte[] content,
                                                        @ForAll @Size(min = 1, max = 20) byte[] after,
                                                        @ForAll("deflates") String coding) throws IOException {
        byte[] coded = encode(coding, content);
        byte[] longer = Arrays.copyOf(coded, coded.length + after.length);
        System.arraycopy(after, 0, longer, coded.length, after.length);
        assertEquals(EncodedBodies.Decoded.Outcome.UNDECODABLE,
                EncodedBodies.decoded(EncodedBodies.Coding.DEFLATE, longer, LIMIT).outcome());
    }

    @Property
    void anyBytesDecodeOrAreRefusedNeverFail(@ForAll @Size(min = 1, max = 300) byte[] bytes,
                                             @ForAll("codings") String coding) {
        EncodedBodies.Decoded decoded = EncodedBodies.decoded(codingOf(coding), bytes, LIMIT);
        if (decoded.outcome() != EncodedBodies.Decoded.Outcome.DECODED) {
            assertEquals(0, decoded.body().length);
        }
    }

    @Property(tries = 20)
    void aBodyThatDecodesBeyondTheLimitIsTooLargeHoweverSmallItsCoding(
            @ForAll @IntRange(min = 1, max = 64) int overBy, @ForAll("codings") String coding) throws IOException {
        byte[] content = new byte[(int) LIMIT + overBy * 1024 - 1023];
        byte[] coded = encode(coding, content);
        EncodedBodies.Decoded decoded = EncodedBodies.decoded(codingOf(coding), coded, LIMIT);
        assertEquals(EncodedBodies.Decoded.Outcome.TOO_LARGE, decoded.outcome());
        byte[] atLimit = new byte[(int) LIMIT];
        assertEquals(EncodedBodies.Decoded.Outcome.DECODED,
                EncodedBodies.decoded(codingOf(coding), encode(coding, atLimit), LIMIT).outcome());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> codings() {
        return net.jqwik.api.Arbitraries.of("gzip", "deflate", "raw-deflate");
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> deflates() {
        return net.jqwik.api.Arbitraries.of("deflate", "raw-deflate");
    }

    private static EncodedBodies.Coding codingOf(String coding) {
        return coding.equals("gzip") ? EncodedBodies.Coding.GZIP : EncodedBodies.Coding.DEFLATE;
    }

    private static byte[] encode(String coding, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, coding.equals("raw-deflate"));
        try (var stream = coding.equals("gzip") ? new GZIPOutputStream(out) : new DeflaterOutputStream(out, deflater)) {
            stream.write(content);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }
}
