package dev.trainingadvisor.domain.history;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * One answered assessment as it was recorded (issue 18): immutable, written once, read back exactly.
 *
 * @param id         the assessment's id, as the answer gave it ({@code assessmentId})
 * @param recordedAt when it was answered (the answer's {@code evaluatedAt}, to the microsecond: what every database
 *                   keeps)
 * @param provenance the logic and data it was decided with
 * @param outcome    what was decided, the fields a listing filters on
 * @param content    the profile as received and the answer as sent, byte for byte
 * @param caller     whose record it is and the request's trace
 */
public record AssessmentRecord(UUID id, Instant recordedAt, Provenance provenance, Outcome outcome,
                               Content content, Caller caller) {
    public AssessmentRecord {
        Objects.requireNonNull(id, "id");
        recordedAt = Objects.requireNonNull(recordedAt, "recordedAt").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(caller, "caller");
    }
}
