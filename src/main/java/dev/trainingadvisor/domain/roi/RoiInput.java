package dev.trainingadvisor.domain.roi;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What an ROI estimate needs (ADVISOR-RULES §6). {@link #of} sets the three required figures and the spec's defaults
 * for the rest: $50,000 implementation (the guide's "$50k+ implementation cost"), no operating or retraining cost,
 * retraining every 12 months, a 24-month horizon.
 */
public record RoiInput(
        BigDecimal monthlyApiSpendUsd,
        BigDecimal expectedSpendReductionPercent,
        BigDecimal trainingCostUsd,
        BigDecimal implementationCostUsd,
        BigDecimal monthlyOperatingCostUsd,
        BigDecimal retrainingCostUsd,
        int retrainingIntervalMonths,
        int horizonMonths) {

    public static final BigDecimal DEFAULT_IMPLEMENTATION_COST_USD = new BigDecimal("50000");
    public static final int DEFAULT_RETRAINING_INTERVAL_MONTHS = 12;
    public static final int DEFAULT_HORIZON_MONTHS = 24;

    public RoiInput {
        nonNegative(monthlyApiSpendUsd, "monthlyApiSpendUsd");
        nonNegative(expectedSpendReductionPercent, "expectedSpendReductionPercent");
        if (expectedSpendReductionPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("expectedSpendReductionPercent above 100");
        }
        nonNegative(trainingCostUsd, "trainingCostUsd");
        nonNegative(implementationCostUsd, "implementationCostUsd");
        nonNegative(monthlyOperatingCostUsd, "monthlyOperatingCostUsd");
        nonNegative(retrainingCostUsd, "retrainingCostUsd");
        if (retrainingIntervalMonths < 1 || horizonMonths < 1) {
            throw new IllegalArgumentException("months must be at least 1");
        }
    }

    public static RoiInput of(BigDecimal monthlyApiSpendUsd, BigDecimal expectedSpendReductionPercent,
                              BigDecimal trainingCostUsd) {
        return new RoiInput(monthlyApiSpendUsd, expectedSpendReductionPercent, trainingCostUsd,
                DEFAULT_IMPLEMENTATION_COST_USD, BigDecimal.ZERO, BigDecimal.ZERO, DEFAULT_RETRAINING_INTERVAL_MONTHS,
                DEFAULT_HORIZON_MONTHS);
    }

    public RoiInput withImplementationCostUsd(BigDecimal value) {
        return new RoiInput(monthlyApiSpendUsd, expectedSpendReductionPercent, trainingCostUsd, value,
                monthlyOperatingCostUsd, retrainingCostUsd, retrainingIntervalMonths, horizonMonths);
    }

    public RoiInput withMonthlyOperatingCostUsd(BigDecimal value) {
        return new RoiInput(monthlyApiSpendUsd, expectedSpendReductionPercent, trainingCostUsd, implementationCostUsd,
                value, retrainingCostUsd, retrainingIntervalMonths, horizonMonths);
    }

    public RoiInput withRetraining(BigDecimal costUsd, int intervalMonths) {
        return new RoiInput(monthlyApiSpendUsd, expectedSpendReductionPercent, trainingCostUsd, implementationCostUsd,
                monthlyOperatingCostUsd, costUsd, intervalMonths, horizonMonths);
    }

    public RoiInput withHorizonMonths(int value) {
        return new RoiInput(monthlyApiSpendUsd, expectedSpendReductionPercent, trainingCostUsd, implementationCostUsd,
                monthlyOperatingCostUsd, retrainingCostUsd, retrainingIntervalMonths, value);
    }

    private static void nonNegative(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " is negative");
        }
    }
}
