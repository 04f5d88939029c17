package dev.trainingadvisor.domain.history;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A recorded decision as a replay reads it (issue 19): what was decided and the profile to decide again, without the
 * answer's bytes.
 *
 * @param id         the assessment id
 * @param position   its place in the newest-first order (a replay's pages continue after it)
 * @param provenance the logic and data it was decided with
 * @param outcome    what it decided
 * @param profile    the profile as received
 */
public record Replayed(UUID id, HistoryQuery.Position position, Provenance provenance, Outcome outcome, Json profile) {
    public Replayed {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(profile, "profile");
    }

    public Instant recordedAt() {
        return position.recordedAt();
    }
}
