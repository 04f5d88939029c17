package dev.trainingadvisor.domain.history;

import java.util.Objects;
import java.util.Optional;

/**
 * Who asked, and the request's trace.
 *
 * @param owner   whose record it is: the token's {@code tenant} claim, else its subject; empty for a caller without a
 *                token (and always with {@code ADVISOR_AUTH=none}, one shared space)
 * @param traceId the W3C trace id of the request ({@code traceparent}), 32 hex digits, when there was a trace
 */
public record Caller(Optional<String> owner, Optional<String> traceId) {
    /** Nobody in particular, no trace. */
    public static final Caller ANONYMOUS = new Caller(Optional.empty(), Optional.empty());

    public Caller {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(traceId, "traceId");
    }
}
