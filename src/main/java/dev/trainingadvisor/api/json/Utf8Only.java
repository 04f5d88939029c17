package dev.trainingadvisor.api.json;

import dev.trainingadvisor.api.problem.ProblemException;
import dev.trainingadvisor.api.problem.ProblemType;
import dev.trainingadvisor.api.problem.Problems;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * JSON bodies are UTF-8 (RFC 8259 §8.1), and only UTF-8. Jackson guesses the encoding from the first bytes instead: it
 * read a UTF-16LE body as JSON (200), failed on a UTF-32 one with an I/O error (500), and took the overlong sequence
 * {@code C0 AF} for a character. Before Jackson reads a body, this checks it is well-formed UTF-8 (the JDK decoder
 * refuses overlong forms, surrogates and code points above U+10FFFF) without a NUL byte (which UTF-16 and UTF-32 text
 * always holds, and which JSON never holds unescaped); otherwise the answer is 400 {@code malformed-json}. A UTF-8
 * byte-order mark is allowed (RFC 8259 lets a parser ignore it). The body is at most the body limit (64 KiB) here.
 */
@Provider
public class Utf8Only implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        byte[] body = context.getInputStream().readAllBytes();
        if (!isUtf8Json(body)) {
            throw new ProblemException(ProblemType.MALFORMED_JSON,
                    language -> Problems.detail(language, "malformed.notUtf8"), language -> List.of());
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** Well-formed UTF-8 with no NUL byte. */
    static boolean isUtf8Json(byte[] body) {
        for (byte b : body) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
