package dev.trainingadvisor.domain.market;

import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.Texts;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
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

    /** "A fine-tune dies with its base model", and who takes jobs today for the recommended methods. */
    public static String baseModelStep(MarketAdvice.ForTraining advice, List<MarketMethod> methods,
                                       Language language) {
        Texts texts = Texts.in(language);
        String wanted = methods.stream().map(Enum::name).collect(Collectors.joining(", "));
        if (advice.available().isEmpty()) {
            return texts.format("nextStep." + BASE_MODEL_STEP + ".none", "methods", wanted);
        }
        return texts.format("nextStep." + BASE_MODEL_STEP + ".open", "methods", wanted, "providers",
                advice.available().stream().map(a -> a.provider().name()).collect(Collectors.joining(", ")));
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
