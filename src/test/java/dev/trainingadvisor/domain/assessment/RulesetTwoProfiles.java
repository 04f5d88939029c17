package dev.trainingadvisor.domain.assessment;

import java.math.BigDecimal;
import java.util.EnumSet;

/** Ruleset 2 profiles for tests: a readable start that each test changes in the one place it is about. */
final class RulesetTwoProfiles {
    private RulesetTwoProfiles() {
    }

    /** The behaviour path with every step met: a task, prompting too costly, 1,000 examples, in-house, $10,000. */
    static Profile.Builder taskReady() {
        return Profile.builder()
                .usesPrivateData(false)
                .desiredChange(DesiredChange.TASK_SKILL)
                .choice(ProfileField.PROMPTING_OUTCOME, PromptingOutcome.TOO_COSTLY)
                .labeledExamples(1_000)
                .mlExpertise(MlExpertise.IN_HOUSE)
                .trainingBudgetUsd(new BigDecimal("10000"));
    }

    /** The knowledge path up to the method checklists, with the SFT knowledge checklist met but for RAG_NOT_ENOUGH. */
    static Profile.Builder knowledgeInHouse() {
        return Profile.builder()
                .usesPrivateData(false)
                .desiredChange(DesiredChange.DEEP_KNOWLEDGE)
                .labeledExamples(10_000)
                .mlExpertise(MlExpertise.IN_HOUSE)
                .trainingBudgetUsd(new BigDecimal("10000"))
                .flag(ProfileField.KNOWLEDGE_IN_PUBLIC_DATA, false);
    }

    static Profile.Builder allOptimizations(Profile.Builder profile) {
        return profile.ragOptimizations(EnumSet.allOf(RagOptimization.class));
    }

    static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }
}
