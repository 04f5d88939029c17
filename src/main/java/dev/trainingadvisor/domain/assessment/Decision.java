package dev.trainingadvisor.domain.assessment;

import dev.trainingadvisor.domain.catalogue.MethodId;
import java.util.List;
import java.util.Optional;

/**
 * What a ruleset decided for one profile, as codes and values only — no text. {@link Wording} renders it in each
 * language afterwards. The same profile always gives an equal decision.
 *
 * @param profile the profile as the ruleset read it ({@link RuleBook#read})
 * @param toFindOut each absent answer that stopped the walk or left a criterion of the path's checklists UNKNOWN
 */
public record Decision(
        RuleBook rules,
        Profile profile,
        DecisionTree.Walk walk,
        List<MethodId> recommendedMethods,
        List<MethodId> escalationOptions,
        GateCheck gate,
        List<ChecklistCheck> checklists,
        List<Check> hireSignals,
        List<NextStepCheck> nextSteps,
        List<Counterfactuals.Found> counterfactuals,
        List<Finding> warnings,
        List<Unknown> toFindOut) {

    public Decision {
        recommendedMethods = List.copyOf(recommendedMethods);
        escalationOptions = List.copyOf(escalationOptions);
        checklists = List.copyOf(checklists);
        hireSignals = List.copyOf(hireSignals);
        nextSteps = List.copyOf(nextSteps);
        counterfactuals = List.copyOf(counterfactuals);
        warnings = List.copyOf(warnings);
        toFindOut = List.copyOf(toFindOut);
    }

    public Approach approach() {
        return walk.approach();
    }

    /** True when any hire signal is MET: {@link Assessment#mlExpertAdvised()}, without wording the decision. */
    public boolean mlExpertAdvised() {
        for (Check signal : hireSignals) {
            if (signal.status() == Status.MET) {
                return true;
            }
        }
        return false;
    }

    /** A criterion, gate question or hire signal with its status. */
    public record Check(String code, Status status, String textKey) {
    }

    public record GateCheck(boolean passed, boolean reached, List<Check> questions) {
        public GateCheck {
            questions = List.copyOf(questions);
        }
    }

    public record ChecklistCheck(ChecklistSpec spec, boolean fullyMet, List<Check> criteria) {
        public ChecklistCheck {
            criteria = List.copyOf(criteria);
        }
    }

    /** A "what to do first" step: done or open, and the codes still missing. */
    public record NextStepCheck(NextStepId id, boolean done, List<Enum<?>> missing) {
        public NextStepCheck {
            missing = List.copyOf(missing);
        }
    }

    /** A warning that applies, with what it carries: ruleset 1's approach and the step where the walks part. */
    public record Finding(WarningId id, String textKey, Optional<Approach> literalApproach, Optional<String> step) {
    }

    /**
     * An answer to find out: the field, the question it stopped the walk at (if it did), the criteria of the path's
     * checklists it left UNKNOWN, and the approaches finding it out can lead to: those of the unstated-only
     * counterfactuals that set it, in the order they are listed (empty without counterfactuals, as in
     * {@link Advisor#decideCore}).
     */
    public record Unknown(ProfileField field, Optional<DecisionTree.NodeId> stoppedAt, List<String> criteria,
                          List<Approach> leadsTo) {
        public Unknown {
            criteria = List.copyOf(criteria);
            leadsTo = List.copyOf(leadsTo);
        }
    }
}
