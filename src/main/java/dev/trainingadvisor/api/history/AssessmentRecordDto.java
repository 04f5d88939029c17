package dev.trainingadvisor.api.history;

import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.trainingadvisor.api.assessment.AssessmentRequest;
import dev.trainingadvisor.api.assessment.AssessmentResponse;
import dev.trainingadvisor.api.assessment.AssessmentSummary;
import dev.trainingadvisor.domain.history.AssessmentRecord;
import dev.trainingadvisor.domain.history.Content;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code GET /assessments/{id}}: a recorded assessment, its answer byte for byte as it was sent.
 *
 * @param assessmentId   the assessment's id
 * @param recordedAt     when it was answered (UTC, to the microsecond)
 * @param language       the answer's language, as its Content-Language said
 * @param representation FULL (Assessment) or LEAN (AssessmentSummary, Prefer: return=minimal)
 * @param provenance     the logic and the data it was decided with
 * @param outcome        what it decided
 * @param caller         whose it is, and the request's trace
 * @param profile        the profile as received (JSON)
 * @param answer         the answer as sent (JSON, the same bytes)
 */
@Schema(name = "AssessmentRecord", description = "A recorded assessment: the answer exactly as it was sent (whatever "
        + "Accept-Language says now), the profile it answered, and the versions of the rules and market data it was "
        + "decided with.")
public record AssessmentRecordDto(
        @Schema(required = true, description = "The assessment's id, as the answer gave it.") UUID assessmentId,
        @Schema(required = true, description = "When it was answered (UTC), to the microsecond.") Instant recordedAt,
        @Schema(required = true, description = "The answer's language (its Content-Language then).",
                enumeration = {"en", "zh-CN"}) String language,
        @Schema(required = true, description = "FULL: the answer is an Assessment; LEAN: an AssessmentSummary "
                + "(Prefer: return=minimal).") Content.Representation representation,
        @Schema(required = true) RecordProvenance provenance,
        @Schema(required = true) RecordOutcome outcome,
        @Schema(required = true) RecordCaller caller,
        @Schema(required = true, description = "The profile as received (for a batch item: that item).",
                type = SchemaType.OBJECT, implementation = AssessmentRequest.class)
        @JsonRawValue String profile,
        @Schema(required = true, description = "The answer as sent, byte for byte: an Assessment (FULL) or an "
                + "AssessmentSummary (LEAN).", type = SchemaType.OBJECT,
                oneOf = {AssessmentResponse.class, AssessmentSummary.class})
        @JsonRawValue String answer) {

    public static AssessmentRecordDto of(AssessmentRecord record) {
        return new AssessmentRecordDto(record.id(), record.recordedAt(), record.content().language(),
                record.content().representation(), RecordProvenance.of(record.provenance()),
                RecordOutcome.of(record.outcome()), RecordCaller.of(record.caller()),
                record.content().profile().text(), record.content().answer().text());
    }
}
