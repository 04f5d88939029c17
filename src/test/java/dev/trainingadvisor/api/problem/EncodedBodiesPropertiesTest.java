package dev.trainingadvisor.api.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
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

    /**
     * RFC 1952 §2.2: a gzip body is members one after another; anything else after a member makes the body corrupt.
     * The JDK's GZIPInputStream ignored such bytes, and the body was read as if they had not been sent.
     */
    @Property
    void aGzipMemberWithBytesAfterItThatAreNotAMemberIsUndecodable(@ForAll @Size(max = 2000) byte[] content,
                                                                  @ForAll @Size(min = 1, max = 40) byte[] after)
            throws IOException {
        byte[] coded = concat(encode("gzip", content), after);
        assertEquals(EncodedBodies.Decoded.Outcome.UNDECODABLE,
                EncodedBodies.decoded(EncodedBodies.Coding.GZIP, coded, LIMIT).outcome());
    }

    /** RFC 1952 §2.2: several gzip members one after another decode to their contents one after another. */
    @Property
    void gzipMembersOneAfterAnotherDecodeToTheirConcatenation(@ForAll @Size(min = 1, max = 4) List<byte[]> contents)
            throws IOException {
        byte[] coded = new byte[0];
        byte[] expected = new byte[0];
        for (byte[] content : contents) {
            coded = concat(coded, encode("gzip", content));
            expected = concat(expected, content);
        }
        EncodedBodies.Decoded decoded = EncodedBodies.decoded(EncodedBodies.Coding.GZIP, coded, LIMIT);
        assertEquals(EncodedBodies.Decoded.Outcome.DECODED, decoded.outcome());
        assertArrayEquals(expected, decoded.body());
    }

    /**
     * A member's header may carry the optional fields of RFC 1952 §2.3.1 (FEXTRA, FNAME, FCOMMENT, and FHCRC, the
     * header's CRC-16, skipped: §2.3.1.2 lets a decompressor leave it unexamined); a reserved flag bit set is an error.
     */
    @Property
    void aGzipHeaderWithOptionalFieldsDecodesAndOneWithAReservedFlagDoesNot(
            @ForAll @Size(max = 1000) byte[] content, @ForAll @IntRange(min = 0, max = 15) int fields,
            @ForAll @IntRange(min = 5, max = 7) int reservedBit) throws IOException {
        byte[] plain = encode("gzip", content);
        java.io.ByteArrayOutputStream header = new java.io.ByteArrayOutputStream();
        header.write(plain, 0, 10);
        int flags = 0;
        if ((fields & 1) != 0) {
            flags |= 4; // FEXTRA: XLEN, then that many bytes of subfields (SI1, SI2, LEN, data: RFC 1952 §2.3.1.1)
            header.write(new byte[] {7, 0, 'A', 'p', 3, 0, 'a', 'b', 'c'});
        }
        if ((fields & 2) != 0) {
            flags |= 8; // FNAME, zero-terminated
            header.write(new byte[] {'n', '.', 'j', 's', 'o', 'n', 0});
        }
        if ((fields & 4) != 0) {
            flags |= 16; // FCOMMENT, zero-terminated
            header.write(new byte[] {'h', 'i', 0});
        }
        if ((fields & 8) != 0) {
            flags |= 2; // FHCRC: the low 16 bits of the CRC-32 of the header up to here
        }
        byte[] head = header.toByteArray();
        head[3] = (byte) flags;
        if ((fields & 8) != 0) {
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(head);
            head = concat(head, new byte[] {(byte) crc.getValue(), (byte) (crc.getValue() >> 8)});
        }
        byte[] rest = Arrays.copyOfRange(plain, 10, plain.length);
        EncodedBodies.Decoded decoded = EncodedBodies.decoded(EncodedBodies.Coding.GZIP, concat(head, rest), LIMIT);
        assertEquals(EncodedBodies.Decoded.Outcome.DECODED, decoded.outcome());
        assertArrayEquals(content, decoded.body());

        byte[] reserved = concat(head, rest);
        reserved[3] |= (byte) (1 << reservedBit);
        assertEquals(EncodedBodies.Decoded.Outcome.UNDECODABLE,
                EncodedBodies.decoded(EncodedBodies.Coding.GZIP, reserved, LIMIT).outcome());
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

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
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
