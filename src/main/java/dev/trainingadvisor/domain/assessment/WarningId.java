package dev.trainingadvisor.domain.assessment;

import static dev.trainingadvisor.domain.assessment.Conditions.atLeast;
import static dev.trainingadvisor.domain.assessment.Conditions.below;
import static dev.trainingadvisor.domain.assessment.Conditions.is;
import static dev.trainingadvisor.domain.assessment.Conditions.oneOf;

import dev.trainingadvisor.domain.GuideSection;
import dev.trainingadvisor.domain.assessment.DecisionTree.NodeId;
import java.math.BigDecimal;
import java.util.List;

/**
 * The guide's contradictions (ADVISOR-RULES §8). A warning applies when the decision asked the question it is about
 * and the profile is where the two readings of the guide part ways.
 */
public enum WarningId {
    /** SFT page: "hundreds to thousands" of examples; overview: 10,000+. */
    EXAMPLES_THRESHOLD_CONFLICT(NodeId.Q3_LABELED_EXAMPLES,
            new Condition.AllOf(List.of(
                    atLeast(ProfileField.LABELED_EXAMPLES, BigDecimal.valueOf(Ruleset.SFT_PAGE_MIN_EXAMPLES)),
                    below(ProfileField.LABELED_EXAMPLES, BigDecimal.valueOf(Ruleset.TRAINING_EXAMPLES)))),
            List.of(GuideSection.SFT_OVERVIEW, GuideSection.GOLDEN_RULE)),
    /** SFT page: style and tone are a fine-tuning use; the tree: style goes to prompting. */
    STYLE_FINE_TUNING_CONFLICT(NodeId.Q2_DESIRED_CHANGE,
            is(ProfileField.DESIRED_CHANGE, DesiredChange.STYLE_TONE_FORMAT),
            List.of(GuideSection.SFT_OVERVIEW, GuideSection.DECISION_TREE)),
    /** Gate: "no ML expertise → RAG"; tree: "no ML team → hire one". */
    ML_EXPERTISE_GATE_VS_TREE(NodeId.GATE_ML_EXPERTISE,
            oneOf(ProfileField.ML_EXPERTISE, MlExpertise.NONE, MlExpertise.CAN_HIRE),
            List.of(GuideSection.GOLDEN_RULE, GuideSection.DECISION_TREE));

    private final String textKey = "warning." + name();
    private final NodeId asked;
    private final Condition when;
    private final List<GuideSection> sources;

    WarningId(NodeId asked, Condition when, List<GuideSection> sources) {
        this.asked = asked;
        this.when = when;
        this.sources = sources;
    }

    public boolean appliesTo(Profile profile, DecisionTree.Walk walk) {
        return walk.passedThrough(asked) && when.evaluate(profile) == Status.MET;
    }

    /** The question that must have been asked. */
    public NodeId asked() {
        return asked;
    }

    public Condition when() {
        return when;
    }

    public List<GuideSection> sources() {
        return sources;
    }

    public String textKey() {
        return textKey;
    }
}
