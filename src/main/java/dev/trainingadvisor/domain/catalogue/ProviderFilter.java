package dev.trainingadvisor.domain.catalogue;

import java.math.BigDecimal;
import java.util.Optional;

/** Which providers to list: by method, by maximum starting cost, both or neither. */
public record ProviderFilter(Optional<MethodId> method, Optional<BigDecimal> maxStartingCostUsd) {
    public static final ProviderFilter ALL = new ProviderFilter(Optional.empty(), Optional.empty());

    public boolean accepts(Provider provider) {
        return method.map(provider.methods()::contains).orElse(true)
                && maxStartingCostUsd.map(provider::startsAtOrBelow).orElse(true);
    }
}
