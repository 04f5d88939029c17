package dev.trainingadvisor.api.history;

import dev.trainingadvisor.domain.history.Content;
import dev.trainingadvisor.domain.history.HistoryPage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code GET /assessments}: one page of recorded assessments, newest first.
 *
 * @param records the page
 * @param next    the next page's URL (as in {@code Link: rel="next"}), or null on the last page
 */
@Schema(name = "AssessmentRecordList", description = "One page of recorded assessments, newest first.")
public record AssessmentRecordListDto(
        @Schema(required = true, description = "The records of this page, newest first.") List<Item> records,
        @Schema(required = true, nullable = true, description = "The next page (the Link header's rel=\"next\"), or "
                + "null on the last page.") String next) {

    /** A record as listed: everything but the profile and the answer, and where to read those. */
    @Schema(name = "AssessmentRecordListItem", description = "A recorded assessment without its profile and answer; "
            + "`href` reads them.")
    public record Item(
            @Schema(required = true) UUID assessmentId,
            @Schema(required = true, description = "When it was answered (UTC).") Instant recordedAt,
            @Schema(required = true, description = "The answer's language.", enumeration = {"en", "zh-CN"})
            String language,
            @Schema(required = true) Content.Representation representation,
            @Schema(required = true) RecordProvenance provenance,
            @Schema(required = true) RecordOutcome outcome,
            @Schema(required = true) RecordCaller caller,
            @Schema(required = true, description = "The record: GET it.", examples = "/assessments/"
                    + "3f6c2a4e-8d1b-4c7a-9e2f-1a2b3c4d5e6f") String href) {

        static Item of(HistoryPage.Listed listed) {
            return new Item(listed.id(), listed.recordedAt(), listed.language(), listed.representation(),
                    RecordProvenance.of(listed.provenance()), RecordOutcome.of(listed.outcome()),
                    RecordCaller.of(listed.caller()), "/assessments/" + listed.id());
        }
    }
}
