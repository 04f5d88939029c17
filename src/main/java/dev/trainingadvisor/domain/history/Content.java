package dev.trainingadvisor.domain.history;

import java.util.Objects;

/**
 * What was received and what was sent.
 *
 * @param profile        the profile as received (UTF-8 JSON)
 * @param answer         the answer as sent (UTF-8 JSON, the exact bytes of the response body, or of the batch item)
 * @param language       the answer's language tag ({@code en}, {@code zh-Hans})
 * @param representation the full assessment or the lean one ({@code Prefer: return=minimal})
 */
public record Content(Json profile, Json answer, String language, Representation representation) {
    public Content {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(representation, "representation");
    }

    /** Which answer was sent. */
    public enum Representation {
        /** The full assessment ({@code Assessment}). */
        FULL,
        /** The lean assessment ({@code AssessmentSummary}, RFC 7240 {@code return=minimal}). */
        LEAN
    }
}
