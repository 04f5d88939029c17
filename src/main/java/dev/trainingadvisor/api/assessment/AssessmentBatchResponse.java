package dev.trainingadvisor.api.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.trainingadvisor.api.problem.Problem;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a batch: one result per profile, in the request's order, and how many were assessed and refused.
 *
 * @param total the number of profiles sent (= {@code results.size()})
 * @param assessed results with status 200
 * @param refused results with a problem (status 400)
 */
@Schema(name = "AssessmentBatch", description = "One result per profile, in the order sent: its assessment "
        + "(status 200), or the problem POST /assessments would have answered for it alone (status 400).")
public record AssessmentBatchResponse(
        @Schema(required = true, description = "How many profiles were sent.", minimum = "0", maximum = "100")
        int total,
        @Schema(required = true, description = "How many were assessed (status 200).", minimum = "0",
                maximum = "100")
        int assessed,
        @Schema(required = true, description = "How many were refused (status 400, with a problem).", minimum = "0",
                maximum = "100")
        int refused,
        @Schema(required = true, description = "One per profile, in the order sent.")
        List<Result> results) {

    /**
     * One profile's result: exactly one of {@code assessment} (the full representation), {@code assessmentSummary}
     * ({@code Prefer: return=minimal}) or {@code problem}.
     *
     * @param index the profile's position in {@code profiles}, from 0
     * @param status 200 when assessed, else the problem's status (400)
     */
    @Schema(name = "AssessmentBatchResult", description = "One profile's result: `index` and `status`, and exactly "
            + "one of `assessment` (status 200, the full representation), `assessmentSummary` (status 200 with "
            + "Prefer: return=minimal) or `problem` (status 400: the RFC 9457 problem POST /assessments gives this "
            + "profile alone, its pointers rooted at the batch request, e.g. /profiles/3/labeledExamples).",
            minProperties = 3, maxProperties = 3)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(
            @Schema(required = true, description = "The profile's index in `profiles`, from 0.", minimum = "0",
                    maximum = "99")
            int index,
            @Schema(required = true, description = "200 when assessed; otherwise the problem's status (400).",
                    enumeration = {"200", "400"})
            int status,
            @Schema(description = "The assessment (status 200, without Prefer: return=minimal).")
            AssessmentResponse assessment,
            @Schema(description = "The lean assessment (status 200, with Prefer: return=minimal).")
            AssessmentSummary assessmentSummary,
            @Schema(description = "Why this profile was refused (status 400).")
            Problem problem) {

        static Result of(int index, AssessmentResponse assessment) {
            return new Result(index, 200, assessment, null, null);
        }

        static Result of(int index, AssessmentSummary summary) {
            return new Result(index, 200, null, summary, null);
        }

        static Result of(int index, Problem problem) {
            return new Result(index, problem.status(), null, null, problem);
        }
    }
}
