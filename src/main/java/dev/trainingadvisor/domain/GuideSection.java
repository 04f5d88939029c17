package dev.trainingadvisor.domain;

/**
 * The sections of the guide ("面向前段工程师的 AI 模型训练") that the service cites. {@link #heading()} is the
 * guide's own heading, verbatim, so a reader of either language can find the passage; the localized title is
 * the text {@code section.<ID>}. {@link #RULESET} marks what the ruleset decides where the guide is silent.
 */
public enum GuideSection {
    GOLDEN_RULE("黄金法则"),
    DECISION_TREE("何时使用什么：决策树"),
    METHOD_COMPARISON("训练方法比较"),
    WHY_RAG("为什么 RAG 是你的朋友"),
    WHEN_TRAINING_MAKES_SENSE("训练真正有意义的时候"),
    SFT_CHECKLIST("对于监督微调 (SFT)"),
    RLHF_CHECKLIST("对于 RLHF (基于人类反馈的强化学习)"),
    PEFT_CHECKLIST("对于 PEFT (参数高效微调)"),
    HIRE_ML_ENGINEER_CHECKLIST("\"何时雇佣 ML 工程师\" 清单"),
    WHAT_TO_DO_FIRST("你应该先做什么"),
    SFT_OVERVIEW("监督微调 (SFT)"),
    RLHF_OVERVIEW("RLHF (基于人类反馈的强化学习)"),
    PEFT_OVERVIEW("PEFT (参数高效微调)"),
    PROVIDERS("训练提供商 (如果你必须的话)"),
    BUILDING_AI_PRODUCTS("如果你正在构建 AI 产品"),
    SUMMARY("总结"),
    RULESET("");

    private final String textKey = "section." + name();
    private final String heading;

    GuideSection(String heading) {
        this.heading = heading;
    }

    /** The guide's heading, verbatim (Chinese); empty for {@link #RULESET}, which is not a guide section. */
    public String heading() {
        return heading;
    }

    public String textKey() {
        return textKey;
    }
}
