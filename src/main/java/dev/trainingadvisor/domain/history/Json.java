package dev.trainingadvisor.domain.history;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A JSON document as bytes (UTF-8), immutable: copied in and out, equal by content. The store keeps these bytes and
 * gives them back unchanged.
 */
public final class Json {
    private final byte[] bytes;

    private Json(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A copy of {@code bytes}. */
    public static Json of(byte[] bytes) {
        return new Json(bytes.clone());
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The document as text. */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public int length() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Json json && Arrays.equals(bytes, json.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return text();
    }
}
