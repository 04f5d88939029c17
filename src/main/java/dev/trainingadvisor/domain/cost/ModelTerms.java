package dev.trainingadvisor.domain.cost;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a comparison needs to know about the model its prices came from, besides the prices: when it stops serving and
 * until when its provider trains (ADVISOR-RULES §10 {@code retiresOn}, {@code newJobsUntil}).
 *
 * @param modelId the model's id as its provider writes it
 * @param providerName the provider's name, for people
 * @param retiresOn the day the model (and every fine-tune on it) stops serving, if announced
 * @param newJobsUntil the last day the provider accepts new training jobs, if announced
 */
public record ModelTerms(String modelId, String providerName, Optional<LocalDate> retiresOn,
                         Optional<LocalDate> newJobsUntil) {
    public ModelTerms {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(providerName, "providerName");
        Objects.requireNonNull(retiresOn, "retiresOn");
        Objects.requireNonNull(newJobsUntil, "newJobsUntil");
    }
}
