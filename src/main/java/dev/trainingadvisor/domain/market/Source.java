package dev.trainingadvisor.domain.market;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a figure or a status was read: the page's URL, the day it was read, whether it is the provider's own page,
 * and a note (e.g. that only a stored copy could be read). ADVISOR-RULES §10: nothing in the market data without a
 * source; §12.1: each source says whether it is primary.
 *
 * @param url an {@code https://} URL
 * @param readOn the day the page was read (not the day the page was written)
 * @param primary the provider's own page or repository; {@code false} for a secondary copy (a price map, a blog, a
 *                reseller)
 */
public record Source(String url, LocalDate readOn, boolean primary, Optional<String> note) {
    public Source {
        Objects.requireNonNull(url);
        Objects.requireNonNull(readOn);
        Objects.requireNonNull(note);
    }
}
