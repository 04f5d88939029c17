package dev.trainingadvisor.api.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /assessments/batch}: up to {@link #MAX_PROFILES} profiles. Each is kept as the JSON it was sent as and
 * read on its own ({@link AssessmentBatch}), so that a profile of the wrong shape fails only itself.
 *
 * @param profiles each an {@link AssessmentRequest}'s JSON; none may be absent but any may be invalid
 */
@Schema(name = "AssessmentBatchRequest", description = "Up to 100 project profiles, each assessed on its own as "
        + "POST /assessments would assess it.")
public record AssessmentBatchRequest(
        @NotNull
        @Size(max = AssessmentBatchRequest.MAX_PROFILES)
        @Schema(required = true, type = SchemaType.ARRAY, implementation = AssessmentRequest.class, maxItems = 100,
                description = "The profiles, at most 100; an empty list gives an empty answer. Each is checked on its "
                        + "own: one that breaks the contract gets its own problem in the answer, at its index.")
        List<JsonNode> profiles) {

    /** The most profiles one batch takes. */
    public static final int MAX_PROFILES = 100;
}
