package dev.trainingadvisor.domain.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trainingadvisor.domain.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CostWarningTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-29");
    /** OpenAI: no new jobs after 2027-01-06; the gpt-4o-mini snapshot retires 2027-01-14 (ADVISOR-RULES §10). */
    private static final ModelTerms GPT_4O_MINI = new ModelTerms("gpt-4o-mini-2024-07-18", "OpenAI",
            Optional.of(LocalDate.parse("2027-01-14")), Optional.of(LocalDate.parse("2027-01-06")));

    private static List<CostWarningId> codes(List<CostWarning> warnings) {
        return warnings.stream().map(CostWarning::code).toList();
    }

    @Test
    void aModelThatRetiresAndAProviderThatClosesWithinTheHorizonBothWarn() {
        List<CostWarning> warnings = CostWarning.of(GPT_4O_MINI, TODAY, 24, Language.EN);
        assertEquals(List.of(CostWarningId.MODEL_RETIRES_WITHIN_HORIZON, CostWarningId.PROVIDER_CLOSING),
                codes(warnings));
        assertTrue(warnings.get(0).message().contains("2027-01-14") && warnings.get(0).message().contains("2028-11-29"),
                warnings.get(0).message());
        assertTrue(warnings.get(1).message().startsWith("OpenAI takes no new training jobs after 2027-01-06"),
                warnings.get(1).message());
    }

    @Test
    void datesOnOrAfterTheHorizonsEndDoNotWarn() {
        // one month: the horizon ends 2026-12-29, before both dates
        assertEquals(List.of(), CostWarning.of(GPT_4O_MINI, TODAY, 1, Language.EN));
        // the horizon ends exactly on the day the provider stops: not before it
        ModelTerms closesOnTheEnd = new ModelTerms("m", "P", Optional.empty(), Optional.of(TODAY.plusMonths(2)));
        assertEquals(List.of(), CostWarning.of(closesOnTheEnd, TODAY, 2, Language.EN));
        assertEquals(List.of(CostWarningId.PROVIDER_CLOSING),
                codes(CostWarning.of(closesOnTheEnd, TODAY.plusDays(1), 2, Language.EN)));
    }

    @Test
    void unannouncedDatesNeverWarn() {
        ModelTerms open = new ModelTerms("m", "P", Optional.empty(), Optional.empty());
        assertEquals(List.of(), CostWarning.of(open, TODAY, 120, Language.EN));
    }

    @Test
    void datesAlreadyPastStillWarnAndSaySo() {
        List<CostWarning> warnings = CostWarning.of(GPT_4O_MINI, LocalDate.parse("2027-02-01"), 12, Language.ZH);
        assertEquals(List.of(CostWarningId.MODEL_RETIRES_WITHIN_HORIZON, CostWarningId.PROVIDER_CLOSING),
                codes(warnings));
        assertTrue(warnings.get(0).message().contains("已于 2027-01-14 下线"), warnings.get(0).message());
        assertTrue(warnings.get(1).message().contains("自 2027-01-06 起"), warnings.get(1).message());
    }
}
