package dev.trainingadvisor.domain.market;

import dev.trainingadvisor.domain.Formats;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The market's human texts, in each language (keys {@code market.*}, {@code warning.*}, {@code nextStep.*}). */
public final class MarketTexts {
    /** The next step a TRAINING answer gains from the market data. */
    public static final String BASE_MODEL_STEP = "PLAN_FOR_BASE_MODEL_RETIREMENT";

    private MarketTexts() {
    }

    /** What a provider's status means on {@code today}, with its dates. */
    public static String status(MarketProvider provider, LocalDate today, Language language) {
        Texts texts = Texts.in(language);
        Lifecycle lifecycle = provider.lifecycle();
        return switch (lifecycle.on(today)) {
            case AVAILABLE -> texts.get("market.status.AVAILABLE");
            case CLOSING -> lifecycle.discontinuedOn()
                    .map(shut -> texts.format("market.status.CLOSING.shutdown", "newJobsUntil",
                            lifecycle.newJobsUntil().orElseThrow().toString(), "discontinuedOn", shut.toString()))
                    .orElseGet(() -> texts.format("market.status.CLOSING", "newJobsUntil",
                            lifecycle.newJobsUntil().orElseThrow().toString()));
            case DISCONTINUED -> texts.format("market.status.DISCONTINUED", "since", endedOn(lifecycle, today));
        };
    }

    public static String pricing(Pricing pricing, Language language) {
        return Texts.in(language).get("market.pricing." + pricing.model().name());
    }

    /** The warning for a guide provider that is closing or gone. */
    public static String notice(MarketAdvice.ProviderNotice notice, LocalDate today, Language language) {
        Texts texts = Texts.in(language);
        Lifecycle lifecycle = notice.provider().lifecycle();
        String name = notice.provider().name();
        if (notice.code() == MarketWarning.PROVIDER_CLOSING) {
            return texts.format("warning.PROVIDER_CLOSING", "provider", name,
                    "newJobsUntil", lifecycle.newJobsUntil().orElseThrow().toString(),
                    "discontinuedOn", lifecycle.discontinuedOn().map(LocalDate::toString).orElse("-"));
        }
        return texts.format("warning.PROVIDER_DISCONTINUED", "provider", name, "since", endedOn(lifecycle, today));
    }

    public static String stale(MarketData market, Period maxAge, Language language) {
        return Texts.in(language).format("warning.MARKET_DATA_STALE", "asOf", market.asOf().toString(),
                "maxAge", maxAge.toString(), "version", market.version());
    }

    /** Hours in an average month (8,760 / 12), the fixed monthly part of hourly serving (ADVISOR-RULES §12.2). */
    private static final BigDecimal HOURS_PER_MONTH = new BigDecimal("730");

    /**
     * "A fine-tune dies with its base model", and the offerings that take new jobs today for the recommended methods
     * (ADVISOR-RULES §12: {@code open} in the order {@link OfferingListing#openFor} gives, per-token serving first, then
     * by fixed monthly cost), each with its serving mode, its fixed monthly part at 730 hours, the day it stops serving
     * and the limits on who may train.
     */
    public static String baseModelStep(List<OfferingListing.Entry> open, List<MarketMethod> methods,
                                       Language language) {
        Texts texts = Texts.in(language);
        String wanted = methods.stream().map(Enum::name).collect(Collectors.joining(", "));
        if (open.isEmpty()) {
            return texts.format("nextStep." + BASE_MODEL_STEP + ".none", "methods", wanted);
        }
        String separator = texts.get("market.offering.separator");
        return texts.format("nextStep." + BASE_MODEL_STEP + ".open", "methods", wanted, "offerings",
                open.stream().map(entry -> offering(entry, texts)).collect(Collectors.joining(separator)));
    }

    /** One offering in a sentence: "together-llama-3.1-8b-lora-dedicated (dedicated GPUs, $2,912.70 a month fixed)". */
    private static String offering(OfferingListing.Entry entry, Texts texts) {
        FineTuningOffering offering = entry.offering();
        List<String> parts = new ArrayList<>();
        Optional<OfferingPrice> hourly = switch (offering.mode()) {
            case PER_TOKEN -> Optional.empty();
            case PER_TOKEN_PLUS_HOSTING -> Optional.of(OfferingPrice.HOSTING_USD_PER_HOUR);
            case DEDICATED -> Optional.of(OfferingPrice.REPLICA_USD_PER_HOUR);
        };
        parts.add(texts.get("market.offering.mode." + offering.mode().name()));
        hourly.ifPresent(price -> parts.add(offering.price(price)
                .map(figure -> texts.format("market.offering.fixed", "usd",
                        Formats.usd(figure.value().multiply(HOURS_PER_MONTH))))
                .orElseGet(() -> texts.get("market.offering.fixedUnknown"))));
        entry.newJobsUntil().ifPresent(last -> parts.add(texts.format("market.offering.newJobsUntil", "date",
                last.value().toString())));
        entry.retiresOn().ifPresent(retires -> parts.add(texts.format("market.offering.retires", "date",
                retires.value().toString())));
        for (Eligibility limit : offering.limits()) {
            parts.add(texts.get("market.offering.limit." + limit.name()));
        }
        return texts.format("market.offering", "id", offering.id(), "details",
                String.join(texts.get("market.offering.detailSeparator"), parts));
    }

    /** A dated fact an answer depends on, for people: what happens, to whom, on the data's date (issue 19). */
    public static String fact(DatedFact fact, Language language) {
        return Texts.in(language).format("validUntil." + fact.kind().name(), "name", fact.name(),
                "date", fact.factDate().toString());
    }

    /** The day a provider stopped taking jobs: its shutdown when that has come, else the day after its last day. */
    private static String endedOn(Lifecycle lifecycle, LocalDate today) {
        return lifecycle.discontinuedOn().filter(day -> !today.isBefore(day))
                .or(() -> lifecycle.newJobsUntil().map(day -> day.plusDays(1)))
                .or(lifecycle::discontinuedOn)
                .map(LocalDate::toString).orElse("-");
    }
}
