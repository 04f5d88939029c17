package dev.trainingadvisor.api.json;

import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A JSON value already encoded (UTF-8), to be written as it is by {@code JsonGenerator.writeRawValue}: a batch's
 * answers are encoded once, for their history records, and the batch's body is written from those same bytes instead
 * of serialising each answer again (issue 18). Only the unquoted forms are meaningful: the bytes are a whole JSON value,
 * never the content of a string, so the quoted forms refuse.
 *
 * <p>The bytes are not copied: whoever makes one must not change them afterwards.
 */
public final class EncodedJson implements SerializableString {
    private final byte[] utf8;
    private volatile String text;

    /** @param utf8 a whole JSON value in UTF-8, not changed afterwards */
    public EncodedJson(byte[] utf8) {
        this.utf8 = utf8;
    }

    @Override
    public String getValue() {
        String value = text;
        if (value == null) {
            value = new String(utf8, StandardCharsets.UTF_8);
            text = value;
        }
        return value;
    }

    @Override
    public int charLength() {
        return getValue().length();
    }

    @Override
    public byte[] asUnquotedUTF8() {
        return utf8;
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        if (utf8.length > buffer.length - offset) {
            return -1;
        }
        System.arraycopy(utf8, 0, buffer, offset, utf8.length);
        return utf8.length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        String value = getValue();
        if (value.length() > buffer.length - offset) {
            return -1;
        }
        value.getChars(0, value.length(), buffer, offset);
        return value.length();
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(utf8);
        return utf8.length;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        if (utf8.length > buffer.remaining()) {
            return -1;
        }
        buffer.put(utf8);
        return utf8.length;
    }

    @Override
    public char[] asQuotedChars() {
        throw quoted();
    }

    @Override
    public byte[] asQuotedUTF8() {
        throw quoted();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        throw quoted();
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        throw quoted();
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) {
        throw quoted();
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
        throw quoted();
    }

    private static UnsupportedOperationException quoted() {
        return new UnsupportedOperationException("an encoded JSON value is written raw, never quoted as a string");
    }

    @Override
    public String toString() {
        return getValue();
    }
}
