package dev.trainingadvisor.domain.assessment;

import dev.trainingadvisor.domain.GuideSection;
import dev.trainingadvisor.domain.catalogue.MethodId;
import java.util.List;

/**
 * "Only consider training when you meet ALL of these criteria": one checklist per training method, in the guide's
 * order, as ADVISOR-RULES §3 states them (ruleset 1; ruleset 2 keeps RLHF and PEFT). Every assessment reports all
 * three.
 */
public enum Checklist {
    SFT(MethodId.SFT, GuideSection.SFT_CHECKLIST, List.of(
            Criterion.KNOWLEDGE_NOT_IN_PUBLIC_DATA,
            Criterion.LABELED_EXAMPLES_10K,
            Criterion.RAG_TOO_SLOW_OR_EXPENSIVE,
            Criterion.BUDGET_5K,
            Criterion.ML_ENGINEERS)),
    RLHF(MethodId.RLHF, GuideSection.RLHF_CHECKLIST, List.of(
            Criterion.BEHAVIOR_CHANGE,
            Criterion.HUMAN_FEEDBACK_100H,
            Criterion.RLHF_RESEARCH_TEAM,
            Criterion.BUDGET_50K)),
    PEFT(MethodId.PEFT, GuideSection.PEFT_CHECKLIST, List.of(
            Criterion.ALREADY_DOING_SFT,
            Criterion.MULTIPLE_SPECIALIZED_MODELS,
            Criterion.LORA_EXPERTISE));

    private final MethodId method;
    private final GuideSection source;
    private final List<Criterion> criteria;
    private final Condition.AllOf condition;

    Checklist(MethodId method, GuideSection source, List<Criterion> criteria) {
        this.method = method;
        this.source = source;
        this.criteria = criteria;
        this.condition = new Condition.AllOf(criteria.stream().map(Criterion::condition).toList());
    }

    public MethodId method() {
        return method;
    }

    public GuideSection source() {
        return source;
    }

    public List<Criterion> criteria() {
        return criteria;
    }

    /** This checklist as a ruleset lists it: one variant, always applicable. */
    public ChecklistSpec spec() {
        return new ChecklistSpec(method, java.util.Optional.empty(), source, List.copyOf(criteria),
                new Condition.Otherwise());
    }

    /** All criteria at once: MET only when every one is MET. */
    public Condition.AllOf condition() {
        return condition;
    }
}
