package dev.trainingadvisor.api.offering;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.trainingadvisor.api.market.SourceDto;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.Texts;
import dev.trainingadvisor.domain.market.Eligibility;
import dev.trainingadvisor.domain.market.FineTuningOffering;
import dev.trainingadvisor.domain.market.MarketMethod;
import dev.trainingadvisor.domain.market.OfferingListing;
import dev.trainingadvisor.domain.market.OfferingPrice;
import dev.trainingadvisor.domain.market.ProviderStatus;
import dev.trainingadvisor.domain.market.ServingMode;
import dev.trainingadvisor.domain.market.Sourced;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One fine-tuning offering on the day asked (ADVISOR-RULES §12.1). */
@Schema(name = "FineTuningOffering", description = "One way to buy a fine-tune: a provider, a base model, the methods "
        + "it trains, a training price and one serving mode with its prices (USD; per 1M tokens, or per hour). A "
        + "figure nobody publishes is absent, never 0: a cost comparison that needs it must be given it.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfferingDto(
        @Schema(required = true, examples = "together-llama-3.1-8b-lora-dedicated") String id,
        @Schema(required = true, description = "The provider's id in GET /providers.") String provider,
        @Schema(required = true, description = "The base model's id in GET /models.") String baseModel,
        @Schema(required = true, description = "Training methods it offers: SFT, PEFT (LoRA), DPO, RFT.")
        List<MarketMethod> methods,
        @Schema(required = true, description = "PER_TOKEN: per-token prices only; PER_TOKEN_PLUS_HOSTING: per-token "
                + "prices plus hostingUsdPerHour per deployment, used or not; DEDICATED: replicaUsdPerHour per replica, "
                + "no per-token charge.") ServingMode servingMode,
        @Schema(description = "Training, USD per 1M training tokens (examples × tokens × epochs).")
        BigDecimal trainingUsd,
        @Schema(description = "The tuned model's input, USD per 1M tokens (per-token modes).") BigDecimal inputUsd,
        @Schema(description = "The tuned model's output, USD per 1M tokens (per-token modes).") BigDecimal outputUsd,
        @Schema(description = "PER_TOKEN_PLUS_HOSTING: USD an hour per deployment.") BigDecimal hostingUsdPerHour,
        @Schema(description = "DEDICATED: USD an hour per replica (e.g. 1× H100).") BigDecimal replicaUsdPerHour,
        @Schema(description = "What serving costs a month before the first query, at 730 hours and one replica or "
                + "deployment: 0 for PER_TOKEN; absent when the hourly price is not known.") BigDecimal fixedMonthlyUsd,
        @Schema(required = true, description = "The provider's status today (GET /providers).") ProviderStatus status,
        @Schema(description = "The last day it takes new training jobs: the earlier of the offering's own (e.g. "
                + "training retires with the base model) and its provider's.") LocalDate newJobsUntil,
        @Schema(description = "The day the fine-tune stops serving: the offering's own, else its base model's.")
        LocalDate retiresOn,
        @Schema(required = true, description = "A new job can be started today: the provider is not DISCONTINUED, "
                + "newJobsUntil has not passed and retiresOn has not come.") boolean takesNewJobs,
        @Schema(required = true, description = "Who may train, where the provider limits it; empty when anyone may.")
        List<EligibilityDto> eligibility,
        @Schema(required = true, description = "The fields whose figure comes only from secondary copies (no source "
                + "is the provider's own page).") List<String> secondaryOnly,
        @Schema(required = true, description = "Where sources disagree: the field, and the values and the choice.")
        List<DisagreementDto> disagreements,
        @Schema(required = true, description = "Every page this entry was read from.") List<SourceDto> sources) {

    /** 730 hours: 8,760 / 12, ADVISOR-RULES §12.2's default hoursPerMonth. */
    static final BigDecimal HOURS_PER_MONTH = new BigDecimal("730");

    @Schema(name = "OfferingEligibility", description = "A limit on who may train.")
    public record EligibilityDto(
            @Schema(required = true) Eligibility code,
            @Schema(required = true, description = "The limit, for people.") String text) {
    }

    @Schema(name = "Disagreement", description = "Sources that disagree on a figure, and how it was settled.")
    public record DisagreementDto(
            @Schema(required = true, description = "The field, e.g. replicaUsdPerHour.") String about,
            @Schema(required = true, description = "The values each source gives and which was used (English, as "
                    + "the data file has it).") String detail) {
    }

    public static OfferingDto of(OfferingListing.Entry entry, Language language) {
        FineTuningOffering offering = entry.offering();
        Texts texts = Texts.in(language);
        SourceDto.Collector sources = new SourceDto.Collector();
        List<String> secondary = new ArrayList<>();
        List<DisagreementDto> disagreements = new ArrayList<>();
        sources.add("methods", offering.methods().sources());
        sources.add("servingMode", offering.servingMode().sources());
        for (Map.Entry<OfferingPrice, Sourced<BigDecimal>> price : offering.prices().entrySet()) {
            note(price.getKey().code(), price.getValue(), sources, secondary, disagreements);
        }
        entry.newJobsUntil().ifPresent(date -> note("newJobsUntil", date, sources, secondary, disagreements));
        entry.retiresOn().ifPresent(date -> note("retiresOn", date, sources, secondary, disagreements));
        offering.eligibility().ifPresent(limits -> sources.add("eligibility", limits.sources()));
        return new OfferingDto(offering.id(), offering.provider(), offering.baseModel(), offering.methods().value(),
                offering.mode(), value(offering, OfferingPrice.TRAINING_USD), value(offering, OfferingPrice.INPUT_USD),
                value(offering, OfferingPrice.OUTPUT_USD), value(offering, OfferingPrice.HOSTING_USD_PER_HOUR),
                value(offering, OfferingPrice.REPLICA_USD_PER_HOUR), fixedMonthly(offering).orElse(null),
                entry.status(), entry.newJobsUntil().map(Sourced::value).orElse(null),
                entry.retiresOn().map(Sourced::value).orElse(null), entry.takesNewJobs(),
                offering.limits().stream().map(code -> new EligibilityDto(code,
                        texts.get("market.eligibility." + code.name()))).toList(),
                secondary, disagreements, sources.build());
    }

    /** The hourly part of serving at 730 hours and one unit; 0 per token; empty when the hourly price is unknown. */
    public static Optional<BigDecimal> fixedMonthly(FineTuningOffering offering) {
        return switch (offering.mode()) {
            case PER_TOKEN -> Optional.of(BigDecimal.ZERO.setScale(2));
            case PER_TOKEN_PLUS_HOSTING -> offering.price(OfferingPrice.HOSTING_USD_PER_HOUR)
                    .map(p -> p.value().multiply(HOURS_PER_MONTH).setScale(2, java.math.RoundingMode.HALF_UP));
            case DEDICATED -> offering.price(OfferingPrice.REPLICA_USD_PER_HOUR)
                    .map(p -> p.value().multiply(HOURS_PER_MONTH).setScale(2, java.math.RoundingMode.HALF_UP));
        };
    }

    private static void note(String field, Sourced<?> figure, SourceDto.Collector sources, List<String> secondary,
                             List<DisagreementDto> disagreements) {
        sources.add(field, figure.sources());
        if (figure.secondaryOnly()) {
            secondary.add(field);
        }
        figure.disagreement().ifPresent(detail -> disagreements.add(new DisagreementDto(field, detail)));
    }

    private static BigDecimal value(FineTuningOffering offering, OfferingPrice field) {
        return offering.price(field).map(Sourced::value).orElse(null);
    }
}
