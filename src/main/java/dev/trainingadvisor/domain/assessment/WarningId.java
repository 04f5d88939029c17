package dev.trainingadvisor.domain.assessment;

import dev.trainingadvisor.domain.GuideSection;
import java.util.List;

/**
 * What an assessment can warn about, with the guide sections involved. The guide's contradictions (ADVISOR-RULES §8)
 * apply when a ruleset's {@link WarningRule} says so; {@link #DEPARTS_FROM_LITERAL_TREE} (§9) when ruleset 2's answer
 * differs from ruleset 1's. Further warnings computed outside the tree can be added here and appended to an
 * assessment's list.
 */
public enum WarningId {
    /** SFT page: "hundreds to thousands" of examples; overview: 10,000+. */
    EXAMPLES_THRESHOLD_CONFLICT(List.of(GuideSection.SFT_OVERVIEW, GuideSection.GOLDEN_RULE)),
    /** SFT page: style and tone are a fine-tuning use; the tree: style goes to prompting. */
    STYLE_FINE_TUNING_CONFLICT(List.of(GuideSection.SFT_OVERVIEW, GuideSection.DECISION_TREE)),
    /** Gate: "no ML expertise → RAG"; tree: "no ML team → hire one". */
    ML_EXPERTISE_GATE_VS_TREE(List.of(GuideSection.GOLDEN_RULE, GuideSection.DECISION_TREE)),
    /** Ruleset 2 answers differently from the literal tree (ruleset 1), which the warning names with the step. */
    DEPARTS_FROM_LITERAL_TREE(List.of(GuideSection.DECISION_TREE));

    private final String textKey = "warning." + name();
    private final List<GuideSection> sources;

    WarningId(List<GuideSection> sources) {
        this.sources = sources;
    }

    public List<GuideSection> sources() {
        return sources;
    }

    public String textKey() {
        return textKey;
    }
}
