package dev.trainingadvisor.domain.history;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A market data file the service has run with (ADVISOR-RULES §10), kept by version so a later comparison can say what
 * changed between two assessments.
 *
 * @param version the file's {@code version}
 * @param asOf    the file's {@code asOf}
 * @param content the file as read (UTF-8 JSON)
 */
public record MarketDataVersion(String version, LocalDate asOf, Json content) {
    public MarketDataVersion {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(content, "content");
    }
}
