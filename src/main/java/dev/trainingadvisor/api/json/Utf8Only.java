package dev.trainingadvisor.api.json;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;
import dev.trainingadvisor.api.problem.FieldError;
import dev.trainingadvisor.api.problem.ProblemException;
import dev.trainingadvisor.api.problem.ProblemType;
import dev.trainingadvisor.api.problem.Problems;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * JSON bodies are UTF-8 (RFC 8259 §8.1), and only UTF-8. Jackson guesses the encoding from the first bytes instead: it
 * read a UTF-16LE body as JSON (200), failed on a UTF-32 one with an I/O error (500), and took the overlong sequence
 * {@code C0 AF} for a character. Before Jackson parses bytes, this checks they are well-formed UTF-8 (the JDK decoder
 * refuses overlong forms, surrogates and code points above U+10FFFF) without a NUL byte (which UTF-16 and UTF-32 text
 * always holds, and which JSON never holds unescaped); otherwise it throws a {@link ProblemException} that answers 400
 * {@code malformed-json}. A UTF-8 byte-order mark is allowed (RFC 8259 lets a parser ignore it). Then it looks for a
 * repeated key ({@link DuplicateKeys}): a 400 {@code invalid-request} pointing at it.
 *
 * <p>It is Jackson's {@link InputDecorator} ({@link StrictJson} installs it), not a JAX-RS {@code ReaderInterceptor}:
 * with any reader interceptor, RESTEasy Reactive reads the resource method's parameter annotations by reflection on
 * every request ({@code Method.getParameterAnnotations()} parses them again each time), which was a tenth of the CPU
 * of {@code POST /assessments} under load. Bodies are at most the body limit (64 KiB) here.
 */
public final class Utf8Only extends InputDecorator {

    @Override
    public InputStream decorate(IOContext context, InputStream in) throws IOException {
        byte[] body = in.readAllBytes();
        requireUtf8Json(body, 0, body.length);
        return new ByteArrayInputStream(body);
    }

    @Override
    public InputStream decorate(IOContext context, byte[] source, int offset, int length) {
        requireUtf8Json(source, offset, length);
        return null; // Jackson parses the array itself
    }

    @Override
    public Reader decorate(IOContext context, Reader reader) {
        return reader; // already characters: nothing to check
    }

    private static void requireUtf8Json(byte[] bytes, int offset, int length) {
        if (!isUtf8Json(bytes, offset, length)) {
            throw new ProblemException(ProblemType.MALFORMED_JSON,
                    language -> Problems.detail(language, "malformed.notUtf8"), language -> List.of());
        }
        DuplicateKeys.first(bytes, offset, length).ifPresent(pointer -> {
            throw ProblemException.invalid(language -> FieldError.atPointer(pointer,
                    Problems.detail(language, "duplicateKey")));
        });
    }

    /**
     * Whether {@code body} is well-formed UTF-8 with no NUL byte, as a JSON body must be before it is parsed.
     *
     * @param body the bytes as received
     * @return false for any other encoding, a malformed sequence or a NUL byte
     */
    public static boolean isUtf8Json(byte[] body) {
        return isUtf8Json(body, 0, body.length);
    }

    private static boolean isUtf8Json(byte[] bytes, int offset, int length) {
        boolean ascii = true;
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            if (b == 0) {
                return false;
            }
            ascii &= b > 0;
        }
        if (ascii) {
            return true; // US-ASCII without NUL is well-formed UTF-8: most bodies need no decoder (issue 22)
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
