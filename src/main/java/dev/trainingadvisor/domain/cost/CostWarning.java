package dev.trainingadvisor.domain.cost;

import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A reason the comparison may not hold for the whole horizon, with its text.
 *
 * @param message the warning, for people
 */
public record CostWarning(CostWarningId code, String message) {

    /**
     * The warnings for a model over a horizon that starts {@code today} and ends {@code horizonMonths} calendar months
     * later (ADVISOR-RULES §11). A date before the end warns, also when it has already passed (a retired model, a
     * provider already closed to new jobs): the comparison's fine-tune cannot run the whole horizon. In the order of
     * {@link CostWarningId}.
     */
    public static List<CostWarning> of(ModelTerms model, LocalDate today, int horizonMonths, Language language) {
        Texts texts = Texts.in(language);
        LocalDate end = today.plusMonths(horizonMonths);
        List<CostWarning> warnings = new ArrayList<>(2);
        model.retiresOn().filter(date -> date.isBefore(end)).ifPresent(date -> warnings.add(new CostWarning(
                CostWarningId.MODEL_RETIRES_WITHIN_HORIZON,
                texts.format(key(CostWarningId.MODEL_RETIRES_WITHIN_HORIZON, date, today), "model", model.modelId(),
                        "date", date.toString(), "end", end.toString(), "horizon", Integer.toString(horizonMonths)))));
        model.newJobsUntil().filter(date -> date.isBefore(end)).ifPresent(date -> warnings.add(new CostWarning(
                CostWarningId.PROVIDER_CLOSING,
                texts.format(key(CostWarningId.PROVIDER_CLOSING, date, today), "provider", model.providerName(),
                        "model", model.modelId(), "date", date.toString(), "end", end.toString(),
                        "horizon", Integer.toString(horizonMonths)))));
        return List.copyOf(warnings);
    }

    private static String key(CostWarningId id, LocalDate date, LocalDate today) {
        return "cost.warning." + id.name() + (date.isBefore(today) ? ".past" : "");
    }
}
