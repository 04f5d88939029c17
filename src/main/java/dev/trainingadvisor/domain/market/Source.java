package dev.trainingadvisor.domain.market;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a figure or a status was read: the page's URL, the day it was read, and a note (e.g. that only a stored copy
 * could be read). ADVISOR-RULES §10: nothing in the market data without a source.
 *
 * @param url an {@code https://} URL
 * @param readOn the day the page was read (not the day the page was written)
 */
public record Source(String url, LocalDate readOn, Optional<String> note) {
    public Source {
        Objects.requireNonNull(url);
        Objects.requireNonNull(readOn);
        Objects.requireNonNull(note);
    }
}
