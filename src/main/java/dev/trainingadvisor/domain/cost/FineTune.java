package dev.trainingadvisor.domain.cost;

import dev.trainingadvisor.domain.market.ServingMode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How the fine-tune is bought and served (ADVISOR-RULES §12.1, §12.2 {@code fineTune}), resolved: an offering's
 * figures with the request's overrides, or the request's own. USD.
 *
 * @param inputUsd the tuned model's input per 1M tokens; 0 for DEDICATED (no per-token charge)
 * @param outputUsd the tuned model's output per 1M tokens; 0 for DEDICATED
 * @param hourlyUsd {@code hostingUsdPerHour} (PER_TOKEN_PLUS_HOSTING) or {@code replicaUsdPerHour} (DEDICATED);
 *                  0 for PER_TOKEN
 * @param capacity how many deployments or replicas, how many hours a month, shared by how many fine-tunes
 * @param trainingUsd per 1M training tokens
 * @param retiresOn the day the fine-tune stops serving, when known: a day inside the horizon forces a retraining
 */
public record FineTune(ServingMode mode, BigDecimal inputUsd, BigDecimal outputUsd, BigDecimal hourlyUsd,
                       Capacity capacity, BigDecimal trainingUsd, Optional<LocalDate> retiresOn) {
    /** The only inexact step of a comparison: one share of a deployment shared by several fine-tunes, 34 digits. */
    static final MathContext SHARE = MathContext.DECIMAL128;

    public FineTune {
        Objects.requireNonNull(mode, "mode");
        Prices.nonNegative(inputUsd, "inputUsd");
        Prices.nonNegative(outputUsd, "outputUsd");
        Prices.nonNegative(hourlyUsd, "hourlyUsd");
        Objects.requireNonNull(capacity, "capacity");
        Prices.nonNegative(trainingUsd, "trainingUsd");
        Objects.requireNonNull(retiresOn, "retiresOn");
        if (mode == ServingMode.DEDICATED && (inputUsd.signum() != 0 || outputUsd.signum() != 0)) {
            throw new IllegalArgumentException("DEDICATED serving has no per-token price");
        }
        if (mode == ServingMode.PER_TOKEN && hourlyUsd.signum() != 0) {
            throw new IllegalArgumentException("PER_TOKEN serving has no hourly price");
        }
    }

    /**
     * Replicas (DEDICATED) or deployments (PER_TOKEN_PLUS_HOSTING), hours up each month, and the fine-tunes sharing
     * one deployment (multi-LoRA).
     *
     * @param units 1..1,000
     * @param hoursPerMonth 0..744
     * @param sharedBy 1..1,000: each fine-tune carries 1/sharedBy of the fixed cost
     */
    public record Capacity(int units, BigDecimal hoursPerMonth, int sharedBy) {
        /** 8,760 / 12: a month of hours (ADVISOR-RULES §12.2 default). */
        public static final BigDecimal DEFAULT_HOURS = new BigDecimal("730");
        public static final int MAX_UNITS = 1_000;
        public static final BigDecimal MAX_HOURS = new BigDecimal("744");
        public static final Capacity DEFAULT = new Capacity(1, DEFAULT_HOURS, 1);

        public Capacity {
            if (units < 1 || units > MAX_UNITS) {
                throw new IllegalArgumentException("units outside 1..1000: " + units);
            }
            Objects.requireNonNull(hoursPerMonth, "hoursPerMonth");
            if (hoursPerMonth.signum() < 0 || hoursPerMonth.compareTo(MAX_HOURS) > 0) {
                throw new IllegalArgumentException("hoursPerMonth outside 0..744: " + hoursPerMonth);
            }
            if (sharedBy < 1 || sharedBy > MAX_UNITS) {
                throw new IllegalArgumentException("sharedBy outside 1..1000: " + sharedBy);
            }
        }
    }

    /** A fine-tune served per token, with no hourly part. */
    public static FineTune perToken(BigDecimal inputUsd, BigDecimal outputUsd, BigDecimal trainingUsd,
                                    Optional<LocalDate> retiresOn) {
        return new FineTune(ServingMode.PER_TOKEN, inputUsd, outputUsd, BigDecimal.ZERO, Capacity.DEFAULT,
                trainingUsd, retiresOn);
    }

    /**
     * What serving costs a month before the first query (ADVISOR-RULES §12.2 {@code fixedMonthly}): 0 per token,
     * else hourly price × hours × units / sharedBy - exact unless sharedBy leaves a repeating decimal.
     */
    public BigDecimal fixedMonthly() {
        if (mode == ServingMode.PER_TOKEN) {
            return BigDecimal.ZERO;
        }
        BigDecimal whole = hourlyUsd.multiply(capacity.hoursPerMonth()).multiply(BigDecimal.valueOf(capacity.units()));
        if (capacity.sharedBy() == 1) {
            return whole;
        }
        BigDecimal share = BigDecimal.valueOf(capacity.sharedBy());
        try {
            return whole.divide(share);
        } catch (ArithmeticException repeating) {
            return whole.divide(share, SHARE);
        }
    }
}
