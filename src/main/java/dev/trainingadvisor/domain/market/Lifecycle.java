package dev.trainingadvisor.domain.market;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider's status as the data file states it, with its dates and sources. The file's schema and
 * {@code MarketDataLoader} ensure: CLOSING has {@code newJobsUntil}; DISCONTINUED has {@code discontinuedOn};
 * AVAILABLE has neither; {@code newJobsUntil} is not after {@code discontinuedOn}.
 */
public record Lifecycle(ProviderStatus status, Optional<LocalDate> newJobsUntil, Optional<LocalDate> discontinuedOn,
                        List<Source> sources) {
    public Lifecycle {
        Objects.requireNonNull(status);
        Objects.requireNonNull(newJobsUntil);
        Objects.requireNonNull(discontinuedOn);
        sources = List.copyOf(sources);
    }

    /**
     * The status on a given day: a CLOSING provider whose last day for new jobs has passed, or whose shutdown day has
     * come, is DISCONTINUED by then, whatever the file was written to say.
     */
    public ProviderStatus on(LocalDate today) {
        boolean shut = discontinuedOn.map(day -> !today.isBefore(day)).orElse(false);
        boolean noNewJobs = newJobsUntil.map(today::isAfter).orElse(false);
        return shut || noNewJobs ? ProviderStatus.DISCONTINUED : status;
    }
}
