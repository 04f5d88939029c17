package dev.trainingadvisor.api.change;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trainingadvisor.api.assessment.WarningCode;
import dev.trainingadvisor.domain.assessment.Approach;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /impact-analyses} (issue 19): which recorded decisions to replay, and under what.
 *
 * @param records    the history filters of {@code GET /assessments}; absent: every record
 * @param ruleset    decide every record with this ruleset; absent: each with the one it was recorded under
 * @param marketData a candidate market data file, validated as {@code ADVISOR_MARKET_DATA} is; absent: the data in use
 * @param limit      flipped ids per page
 * @param cursor     the page of flipped ids to continue after (the previous answer's {@code flipped.next})
 */
@Schema(name = "ImpactAnalysisRequest", description = "Which recorded assessments to replay and under what: the "
        + "running market data or a candidate file, each record's own ruleset or the one named.")
public record ImpactAnalysisRequest(
        @Valid
        @Schema(description = "Only the records these filters select (as GET /assessments filters them); absent: every "
                + "record the caller may read.") Records records,
        @Min(1) @Max(2)
        @Schema(description = "Decide every record with this ruleset (1 or 2); absent: each with the ruleset it was "
                + "recorded under.", minimum = "1", maximum = "2", examples = "1") Integer ruleset,
        // Object, not JsonNode: SmallRye read Jackson's JsonNode (an Iterable) as an array of its bean properties.
        @Schema(type = SchemaType.OBJECT, implementation = Object.class,
                description = "A candidate market data file (the content of an "
                + "ADVISOR_MARKET_DATA file, ADVISOR-RULES §10), validated exactly as the service validates that file; "
                + "a problem is reported at its JSON Pointer under /marketData. Nothing is installed. Absent: the "
                + "market data in use.") JsonNode marketData,
        @Min(1) @Max(ImpactAnalysisRequest.MAX_LIMIT)
        @Schema(description = "Flipped ids per page (1 to 1000; 100 unless given).", minimum = "1",
                maximum = "1000") Integer limit,
        @Size(min = 1, max = 200)
        @Schema(description = "Continue the flipped ids after this cursor: the previous answer's flipped.next, with "
                + "the same request otherwise.") String cursor) {

    public static final int MAX_LIMIT = 1000;
    public static final int DEFAULT_LIMIT = 100;

    /** The history filters of {@code GET /assessments}, each optional. */
    @Schema(name = "ImpactAnalysisRecords", description = "History filters, as the query parameters of "
            + "GET /assessments.")
    public record Records(
            @Schema(description = "Only this recorded recommendation.") Approach approach,
            @Min(1) @Max(2) @Schema(description = "Only records decided by this ruleset.", minimum = "1",
                    maximum = "2") Integer ruleset,
            @Size(min = 1, max = 200) @Schema(description = "Only this projectName, exactly.") String projectName,
            @Schema(description = "Only answers carrying this warning code.") WarningCode warning,
            @Schema(description = "Only those recorded at or after this time (RFC 3339).") OffsetDateTime from,
            @Schema(description = "Only those recorded before this time (RFC 3339).") OffsetDateTime to) {
    }
}
