package dev.trainingadvisor.api.history;

import dev.trainingadvisor.domain.assessment.Approach;
import dev.trainingadvisor.domain.history.Outcome;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a recorded assessment decided: the fields a listing shows and filters on. */
@Schema(name = "RecordOutcome", description = "What the assessment decided.")
public record RecordOutcome(
        @Schema(required = true, description = "The recommendation.") Approach approach,
        @Schema(required = true, description = "The decision tree's outcome.", examples = "TRAINING")
        String reasonCode,
        @Schema(required = true, description = "The distinct warning codes of the answer, in its order.",
                uniqueItems = true) List<String> warnings,
        @Schema(required = true, nullable = true, description = "The request's projectName, or null.")
        String projectName) {

    static RecordOutcome of(Outcome outcome) {
        return new RecordOutcome(outcome.approach(), outcome.reasonCode(), outcome.warnings(),
                outcome.projectName().orElse(null));
    }
}
