package dev.trainingadvisor.domain.roi;

import dev.trainingadvisor.domain.Language;
import java.math.BigDecimal;
import java.util.List;

/**
 * Does training pay for itself: the figures for the input as given, the cumulative net position month by month
 * (month 0 is minus the upfront cost), and three scenarios with their assumptions.
 *
 * @param apiSpendAboveTenThousand the guide's signal "spending over $10k a month on API calls"
 */
public record RoiEstimate(
        RoiInput input,
        RoiFigures figures,
        boolean apiSpendAboveTenThousand,
        List<MonthPosition> cumulativeNetPosition,
        List<Scenario> scenarios,
        String summary,
        Language language) {

    public RoiEstimate {
        cumulativeNetPosition = List.copyOf(cumulativeNetPosition);
        scenarios = List.copyOf(scenarios);
    }

    /** Where the investment stands after {@code month} months: savings so far minus the upfront cost. */
    public record MonthPosition(int month, BigDecimal cumulativeNetUsd) {
    }
}
