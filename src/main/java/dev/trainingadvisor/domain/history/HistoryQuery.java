package dev.trainingadvisor.domain.history;

import dev.trainingadvisor.domain.assessment.Approach;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which records a listing asks for, newest first. Every filter is optional; those given must all hold.
 *
 * @param owner   only this owner's records ({@link Caller#owner()}); empty: everyone's
 * @param filter  what the records must match
 * @param after   continue after this position (the previous page's last record)
 * @param limit   at most this many records (1 to {@link #MAX_LIMIT})
 */
public record HistoryQuery(Optional<String> owner, Filter filter, Optional<Position> after, int limit) {
    /** The most records one page holds. */
    public static final int MAX_LIMIT = 100;

    public HistoryQuery {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ": " + limit);
        }
    }

    /**
     * @param approach    the recommended approach
     * @param ruleset     the ruleset's number
     * @param projectName the request's project name, exactly
     * @param warning     a warning code the answer carries
     * @param from        recorded at or after (inclusive)
     * @param to          recorded before (exclusive)
     */
    public record Filter(Optional<Approach> approach, OptionalInt ruleset, Optional<String> projectName,
                         Optional<String> warning, Optional<Instant> from, Optional<Instant> to) {
        /** No filter. */
        public static final Filter NONE = new Filter(Optional.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());

        public Filter {
            Objects.requireNonNull(approach, "approach");
            Objects.requireNonNull(ruleset, "ruleset");
            Objects.requireNonNull(projectName, "projectName");
            Objects.requireNonNull(warning, "warning");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /**
     * A record's place in the newest-first order: its time, then the order it was written in.
     *
     * @param recordedAt the record's {@link AssessmentRecord#recordedAt()}
     * @param sequence   the store's write sequence number (unique, growing)
     */
    public record Position(Instant recordedAt, long sequence) {
        public Position {
            Objects.requireNonNull(recordedAt, "recordedAt");
        }
    }
}
