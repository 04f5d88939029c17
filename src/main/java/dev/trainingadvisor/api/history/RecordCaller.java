package dev.trainingadvisor.api.history;

import dev.trainingadvisor.domain.history.Caller;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whose record it is, and the request's trace. */
@Schema(name = "RecordCaller", description = "Whose record it is, and the trace of the request that made it.")
public record RecordCaller(
        @Schema(required = true, nullable = true, description = "The owner: the bearer token's tenant claim, else "
                + "its subject; null for a caller without a token (and always with ADVISOR_AUTH=none).")
        String owner,
        @Schema(required = true, nullable = true, description = "The request's W3C trace id (traceparent), or null.",
                pattern = "^[0-9a-f]{32}$") String traceId) {

    static RecordCaller of(Caller caller) {
        return new RecordCaller(caller.owner().orElse(null), caller.traceId().orElse(null));
    }
}
