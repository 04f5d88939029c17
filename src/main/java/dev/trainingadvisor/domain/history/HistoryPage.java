package dev.trainingadvisor.domain.history;

import java.util.List;
import java.util.Optional;

/**
 * One page of a listing, newest first.
 *
 * @param records the records, without their profile and answer bytes' use in mind (they are carried, a listing shows
 *                the outcome)
 * @param next    where the next page starts, when there may be one
 */
public record HistoryPage(List<Listed> records, Optional<HistoryQuery.Position> next) {
    public HistoryPage {
        records = List.copyOf(records);
    }

    /**
     * A record as listed: its data without the profile and answer.
     *
     * @param id         the assessment id
     * @param recordedAt when it was answered
     * @param provenance the logic and data it was decided with
     * @param outcome    what it decided
     * @param language   the answer's language tag
     * @param representation the full answer or the lean one
     * @param caller     whose it is, and its trace
     */
    public record Listed(java.util.UUID id, java.time.Instant recordedAt, Provenance provenance, Outcome outcome,
                         String language, Content.Representation representation, Caller caller) {
    }
}
