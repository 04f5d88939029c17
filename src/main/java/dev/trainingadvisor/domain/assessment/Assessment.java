package dev.trainingadvisor.domain.assessment;

import dev.trainingadvisor.domain.GuideSection;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.assessment.DecisionTree.NodeId;
import dev.trainingadvisor.domain.catalogue.MethodId;
import java.util.List;
import java.util.Optional;

/**
 * The answer for one profile (ADVISOR-RULES §4, §9), every human text in {@link #language()}: a {@link Decision}
 * worded by {@link Wording}. It is a pure function of the ruleset, the profile and the language: the same inputs give
 * an equal assessment. Identity and time are the caller's.
 *
 * @param reasonCode the outcome of the decision tree, which says why (e.g. {@code RAG_FEW_EXAMPLES})
 * @param escalationOptions methods whose checklist is fully met although the approach is not TRAINING: what to
 *     escalate to if the recommended approach falls short (RLHF on the style path, for example)
 * @param ruleset the ruleset that decided
 * @param step the rule of the spec that decided: the step of the last branch taken ({@code §3.4}, {@code §9.3b})
 * @param toFindOut each absent answer that stopped the walk or left a criterion of the path's checklists UNKNOWN, with
 *     the question it answers
 */
public record Assessment(
        String rulesetVersion,
        Language language,
        Optional<String> projectName,
        Approach approach,
        NodeId reasonCode,
        List<MethodId> recommendedMethods,
        List<MethodId> escalationOptions,
        String summary,
        List<PathStep> decisionPath,
        GateResult gate,
        List<ChecklistResult> checklists,
        List<CriterionResult> hireSignals,
        boolean mlExpertAdvised,
        List<NextStep> nextSteps,
        List<Counterfactual> counterfactuals,
        List<Warning> warnings,
        RulesetId ruleset,
        String step,
        List<FindOut> toFindOut) {

    public Assessment {
        recommendedMethods = List.copyOf(recommendedMethods);
        escalationOptions = List.copyOf(escalationOptions);
        decisionPath = List.copyOf(decisionPath);
        checklists = List.copyOf(checklists);
        hireSignals = List.copyOf(hireSignals);
        nextSteps = List.copyOf(nextSteps);
        counterfactuals = List.copyOf(counterfactuals);
        warnings = List.copyOf(warnings);
        toFindOut = List.copyOf(toFindOut);
    }

    /** A guide section with its title in the assessment's language; {@code section.heading()} is the original. */
    public record SectionRef(GuideSection section, String title) {
    }

    /**
     * One question asked: what it asked, which request fields it read, the branch taken ({@code answer}, a stable
     * code such as {@code YES} or {@code DEEP_KNOWLEDGE}), and where it goes next.
     */
    public record PathStep(NodeId node, String question, List<ProfileField> fields, String answer, String answerText,
                           NodeId next, SectionRef source, String step) {
        public PathStep {
            fields = List.copyOf(fields);
        }
    }

    /** One criterion, gate question or hire signal: its stable code, its state and what it means. */
    public record CriterionResult(String code, Status status, String text) {
    }

    /** The golden-rule gate: passed when all three questions are MET; reached when the decision asked it. */
    public record GateResult(boolean passed, boolean reached, List<CriterionResult> questions, SectionRef source) {
        public GateResult {
            questions = List.copyOf(questions);
        }
    }

    /** A method's checklist: fully met only when every criterion is MET (UNKNOWN never counts). */
    public record ChecklistResult(MethodId method, boolean fullyMet, List<CriterionResult> criteria, SectionRef source,
                                  Optional<String> variant) {
        public ChecklistResult {
            criteria = List.copyOf(criteria);
        }
    }

    /** A "what to do first" step; {@code missing} lists the codes still to do (e.g. {@code RERANKING}). */
    public record NextStep(NextStepId id, boolean done, List<String> missing, String text) {
        public NextStep {
            missing = List.copyOf(missing);
        }
    }

    /** Set {@code field} to {@code value}. */
    public record Change(ProfileField field, FieldValue value) {
    }

    /**
     * The request changed by {@code changes} gives {@code approach}, for the reason {@code reasonCode};
     * {@code onlyUnstated} when every change sets a field the request left out (finding those out is enough).
     */
    public record Counterfactual(List<Change> changes, Approach approach, NodeId reasonCode, String description,
                                 boolean onlyUnstated) {
        public Counterfactual {
            changes = List.copyOf(changes);
        }
    }

    /**
     * Where the guide contradicts itself in a way that touches this assessment, with the sections in conflict; or, for
     * {@code DEPARTS_FROM_LITERAL_TREE}, ruleset 1's approach and the step of ruleset 2 where the two walks part.
     */
    public record Warning(WarningId code, String text, List<SectionRef> sources, Optional<Approach> literalApproach,
                          Optional<String> step) {
        public Warning {
            sources = List.copyOf(sources);
        }
    }

    /**
     * An answer the request left open that matters here: the field, the question to ask, why it matters, and the
     * approaches finding it out can lead to ({@code leadsTo}: those of the unstated-only counterfactuals that set it).
     */
    public record FindOut(ProfileField field, String question, Optional<NodeId> stoppedAt, List<String> criteria,
                          List<Approach> leadsTo) {
        public FindOut {
            criteria = List.copyOf(criteria);
            leadsTo = List.copyOf(leadsTo);
        }
    }
}
