package dev.trainingadvisor.api.catalogue;

import dev.trainingadvisor.domain.catalogue.MethodId;
import dev.trainingadvisor.domain.catalogue.Provider;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A fine-tuning provider from the guide. */
@Schema(name = "Provider", description = "A fine-tuning provider from the guide's table \"Training providers (if you "
        + "must)\", with its prices as the guide quotes them.")
public record ProviderDto(
        @Schema(required = true, description = "Stable id.", enumeration = {"openai-fine-tuning", "anthropic",
                "huggingface-autotrain", "replicate"}) String id,
        @Schema(required = true) String name,
        @Schema(required = true, description = "What the guide says it is best for.") String bestFor,
        @Schema(required = true, description = "Training methods it offers: the guide presents all four as "
                + "fine-tuning (SFT) services and names no other method.") List<MethodId> methods,
        @Schema(required = true, nullable = true, description = "The guide's starting cost in USD; null when there is "
                + "no published price (contact sales).") RangeDto startingCostUsd,
        @Schema(required = true, description = "What the starting cost pays for.") Provider.PricingUnit pricingUnit,
        @Schema(required = true, description = "Usage fees come on top of the starting cost.") boolean plusUsage,
        @Schema(required = true, description = "The price in words.") String pricing,
        @Schema(required = true, description = "The day these prices were taken from the guide (which itself carries "
                + "no date); prices change, check with the provider.") LocalDate pricesAsOf,
        @Schema(required = true) Caveat caveat) {

    @Schema(name = "ProviderCaveat", description = "The guide's note: even with these tools you need ML expertise.")
    public record Caveat(
            @Schema(required = true) String text,
            @Schema(required = true, description = "What the ML expertise is needed for.")
            List<String> needsMlExpertiseFor) {
    }

    static ProviderDto of(Provider provider) {
        return new ProviderDto(provider.id(), provider.name(), provider.bestFor(), provider.methods(),
                provider.startingCostUsd().map(RangeDto::of).orElse(null), provider.pricingUnit(),
                provider.plusUsage(), provider.pricing(), provider.pricesAsOf(),
                new Caveat(provider.caveat().text(), provider.caveat().needsMlExpertiseFor()));
    }
}
