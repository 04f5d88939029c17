package dev.trainingadvisor.domain.market;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date in the market data that a TRAINING answer depends on (issue 19): on the day after {@link #lastDay} the same
 * profile gets a different answer, because what the data says about a provider, an offering or the data itself changes
 * that day.
 *
 * @param lastDay  the last day the answer holds as given (UTC); the fact takes effect the day after
 * @param kind     which dated fact it is
 * @param subject  the id of what it is about: a provider ({@code GET /providers}), an offering
 *                 ({@code GET /fine-tuning-offerings}), or the market data's version for {@link Kind#MARKET_DATA_STALE}
 * @param name     that subject's name for people (a provider's name; an offering's or a version's id)
 * @param factDate the date as the data states it ({@code newJobsUntil}, {@code discontinuedOn}, {@code retiresOn}, or
 *                 the last day before the data counts as stale)
 */
public record DatedFact(LocalDate lastDay, Kind kind, String subject, String name, LocalDate factDate) {
    public DatedFact {
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(factDate, "factDate");
    }

    /** Stable codes, never translated. */
    public enum Kind {
        /** A provider takes no new fine-tuning jobs after {@code factDate} (its {@code newJobsUntil}). */
        PROVIDER_NEW_JOBS_END,
        /** A provider shuts fine-tuning down on {@code factDate} (its {@code discontinuedOn}). */
        PROVIDER_SHUTDOWN,
        /** An offering takes no new jobs after {@code factDate} (its own or its provider's {@code newJobsUntil}). */
        OFFERING_NEW_JOBS_END,
        /** An offering's fine-tunes stop serving on {@code factDate} (its own or its base model's {@code retiresOn}). */
        OFFERING_RETIREMENT,
        /** The market data is older than {@code ADVISOR_MARKET_DATA_MAX_AGE} after {@code factDate}. */
        MARKET_DATA_STALE
    }
}
