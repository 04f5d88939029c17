package dev.trainingadvisor.domain.assessment;

import java.math.BigDecimal;

/** Profiles for tests: a readable starting point that each test changes in the one place it is about. */
final class Profiles {
    private Profiles() {
    }

    /** Passes Q1–Q3 and the gate with exact thresholds; CAN_HIRE, so it stops at Q4 (hire). */
    static Profile.Builder pastTheGate() {
        return Profile.builder()
                .usesPrivateData(false)
                .desiredChange(DesiredChange.DEEP_KNOWLEDGE)
                .labeledExamples(10_000)
                .mlExpertise(MlExpertise.CAN_HIRE)
                .trainingBudgetUsd(new BigDecimal("10000"));
    }

    /** In-house team with every SFT criterion met: TRAINING with SFT. */
    static Profile.Builder sftReady() {
        return pastTheGate()
                .mlExpertise(MlExpertise.IN_HOUSE)
                .flag(ProfileField.KNOWLEDGE_IN_PUBLIC_DATA, false)
                .flag(ProfileField.RAG_TOO_SLOW_OR_EXPENSIVE, true);
    }

    static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }
}
