package dev.trainingadvisor.domain.market;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The machine-readable price map the base and fine-tuned prices were copied from (LiteLLM's
 * {@code model_prices_and_context_window.json}), pinned to a commit, with its licence.
 */
public record PriceMap(String name, String repository, String path, String commit, String licence, LocalDate readOn,
                       Optional<String> note) {
    public PriceMap {
        Objects.requireNonNull(name);
        Objects.requireNonNull(repository);
        Objects.requireNonNull(path);
        Objects.requireNonNull(commit);
        Objects.requireNonNull(licence);
        Objects.requireNonNull(readOn);
        Objects.requireNonNull(note);
    }
}
