package dev.trainingadvisor.api.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.trainingadvisor.api.market.SourceDto;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.catalogue.MethodId;
import dev.trainingadvisor.domain.catalogue.Provider;
import dev.trainingadvisor.domain.market.Lifecycle;
import dev.trainingadvisor.domain.market.MarketMethod;
import dev.trainingadvisor.domain.market.MarketProvider;
import dev.trainingadvisor.domain.market.MarketTexts;
import dev.trainingadvisor.domain.market.Pricing;
import dev.trainingadvisor.domain.market.ProviderListing;
import dev.trainingadvisor.domain.market.ProviderStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A fine-tuning provider: the market entry (status, dates, methods, pricing, sources) and, for the guide's four, the
 * guide's own figures under {@code guide} (ADVISOR-RULES §5, §10).
 */
@Schema(name = "Provider", description = "A fine-tuning provider as the market data describes it today, with the "
        + "guide's own (undated) figures under `guide` for the four providers the guide lists.")
public record ProviderDto(
        @Schema(required = true, description = "Stable id: the guide's openai-fine-tuning, anthropic, "
                + "huggingface-autotrain, replicate, and the current providers of the market data.",
                examples = "together-ai") String id,
        @Schema(required = true) String name,
        @Schema(description = "What the guide says about this provider; absent for providers the guide does not list.")
        @JsonInclude(JsonInclude.Include.NON_NULL) Guide guide,
        @Schema(required = true, description = "The status today: a CLOSING provider past its last day for new jobs is "
                + "DISCONTINUED.") ProviderStatus status,
        @Schema(required = true, description = "The status and its dates, for people.") String statusText,
        @Schema(description = "The last day it takes new fine-tuning jobs (CLOSING providers).")
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate newJobsUntil,
        @Schema(description = "The day it stops (or stopped) offering fine-tuning, when known.")
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate discontinuedOn,
        @Schema(required = true, description = "Training methods it offers (or offered): SFT, PEFT (LoRA), DPO, RFT.")
        List<MarketMethod> methods,
        @Schema(required = true) PricingDto pricing,
        @Schema(required = true, description = "Every page this entry was read from.") List<SourceDto> sources) {

    /** The guide's row in its table "Training providers (if you must)", as the guide has it: undated. */
    @Schema(name = "GuideProvider", description = "The guide's own figures for this provider. The guide is undated, so "
            + "they carry no date; today's status and prices are the market fields beside them.")
    public record Guide(
            @Schema(required = true, description = "What the guide says it is best for.") String bestFor,
            @Schema(required = true, description = "The guide presents its providers as fine-tuning (SFT) services "
                    + "and names no other method.") List<MethodId> methods,
            @Schema(required = true, nullable = true, description = "The guide's starting cost in USD; null when it "
                    + "gives no number (contact sales).") RangeDto startingCostUsd,
            @Schema(required = true, description = "What the starting cost pays for.") Provider.PricingUnit pricingUnit,
            @Schema(required = true, description = "Usage fees come on top of the starting cost.") boolean plusUsage,
            @Schema(required = true, description = "The price in words.") String pricing,
            @Schema(required = true) Caveat caveat) {
    }

    @Schema(name = "ProviderCaveat", description = "The guide's note: even with these tools you need ML expertise.")
    public record Caveat(
            @Schema(required = true) String text,
            @Schema(required = true, description = "What the ML expertise is needed for.")
            List<String> needsMlExpertiseFor) {
    }

    @Schema(name = "ProviderPricing", description = "How the provider bills training today.")
    public record PricingDto(
            @Schema(required = true, implementation = String.class, enumeration = {"PER_TRAINING_TOKEN", "PER_GPU_SECOND",
                    "CONTACT_SALES", "NOT_OFFERED"}, description = "What training is billed by; NOT_OFFERED when the "
                    + "provider offers no fine-tuning any more.") Pricing.Model model,
            @Schema(required = true, description = "The pricing model, for people.") String text,
            @Schema(description = "The published training price; absent when none is published or checked (never 0).")
            @JsonInclude(JsonInclude.Include.NON_NULL) TrainingPriceDto trainingUsd) {
    }

    @Schema(name = "TrainingPrice", description = "A training price range in USD (min = max for a single figure): per "
            + "1M training tokens, or per GPU second.")
    public record TrainingPriceDto(
            @Schema(required = true) BigDecimal min,
            @Schema(required = true) BigDecimal max,
            @Schema(required = true, implementation = String.class, enumeration = {"PER_MILLION_TRAINING_TOKENS",
                    "PER_GPU_SECOND"}) Pricing.Unit unit) {
    }

    static ProviderDto of(ProviderListing.Entry entry, LocalDate today, Language language) {
        MarketProvider market = entry.market();
        Lifecycle lifecycle = market.lifecycle();
        Pricing pricing = market.pricing();
        SourceDto.Collector sources = new SourceDto.Collector()
                .add("status", lifecycle.sources())
                .add("methods", market.methods().sources())
                .add("pricing", pricing.sources());
        pricing.training().ifPresent(price -> sources.add("pricing.trainingUsd", price.sources()));
        return new ProviderDto(market.id(), market.name(), entry.guide().map(ProviderDto::guide).orElse(null),
                entry.status(), MarketTexts.status(market, today, language),
                lifecycle.newJobsUntil().orElse(null), lifecycle.discontinuedOn().orElse(null),
                market.methods().value(),
                new PricingDto(pricing.model(), MarketTexts.pricing(pricing, language),
                        pricing.training().map(p -> new TrainingPriceDto(p.min(), p.max(), p.unit())).orElse(null)),
                sources.build());
    }

    private static Guide guide(Provider provider) {
        return new Guide(provider.bestFor(), provider.methods(),
                provider.startingCostUsd().map(RangeDto::of).orElse(null), provider.pricingUnit(),
                provider.plusUsage(), provider.pricing(),
                new Caveat(provider.caveat().text(), provider.caveat().needsMlExpertiseFor()));
    }
}
