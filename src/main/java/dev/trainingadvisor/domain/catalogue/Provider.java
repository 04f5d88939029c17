package dev.trainingadvisor.domain.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A fine-tuning provider from the guide's table "Training providers (if you must)", with the guide's figures only. The
 * guide is undated, so they carry no date; today's status and prices are market data ({@code domain.market}).
 *
 * @param startingCostUsd the guide's starting cost; empty when it gives no number (contact sales)
 * @param pricingUnit what the starting cost pays for
 * @param plusUsage the guide adds "+ usage fees" to the starting cost
 * @param caveat the guide's note that even managed tools need ML expertise, and for what
 */
public record Provider(
        String id,
        String name,
        String bestFor,
        List<MethodId> methods,
        Optional<Range> startingCostUsd,
        PricingUnit pricingUnit,
        boolean plusUsage,
        String pricing,
        Caveat caveat) {

    public Provider {
        methods = List.copyOf(methods);
    }

    /** What a starting cost buys. */
    public enum PricingUnit {
        /** One training job (OpenAI, HuggingFace). */
        TRAINING,
        /** Each training run (Replicate). */
        PER_TRAINING_RUN,
        /** No published price: contact sales (Anthropic). */
        CONTACT_SALES
    }

    /** "Even with these tools you need ML expertise to: ...". */
    public record Caveat(String text, List<String> needsMlExpertiseFor) {
        public Caveat {
            needsMlExpertiseFor = List.copyOf(needsMlExpertiseFor);
        }
    }

    /** A provider without a published price never passes a maximum. */
    public boolean startsAtOrBelow(BigDecimal maxUsd) {
        return startingCostUsd.map(cost -> cost.min().compareTo(maxUsd) <= 0).orElse(false);
    }
}
