package dev.trainingadvisor.domain.assessment;

import dev.trainingadvisor.domain.GuideSection;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.assessment.DecisionTree.NodeId;
import dev.trainingadvisor.domain.catalogue.MethodId;
import java.util.List;
import java.util.Optional;

/**
 * The answer for one profile (ADVISOR-RULES §4), every human text in {@link #language()}. It is a pure function of
 * the profile and the language: the same inputs give an equal assessment. Identity and time are the caller's.
 *
 * @param reasonCode the outcome of the decision tree, which says why (e.g. {@code RAG_FEW_EXAMPLES})
 * @param escalationOptions methods whose checklist is fully met although the approach is not TRAINING: what to
 *     escalate to if the recommended approach falls short (RLHF on the style path, for example)
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
        List<Warning> warnings) {

    public Assessment {
        recommendedMethods = List.copyOf(recommendedMethods);
        escalationOptions = List.copyOf(escalationOptions);
        decisionPath = List.copyOf(decisionPath);
        checklists = List.copyOf(checklists);
        hireSignals = List.copyOf(hireSignals);
        nextSteps = List.copyOf(nextSteps);
        counterfactuals = List.copyOf(counterfactuals);
        warnings = List.copyOf(warnings);
    }

    /** A guide section with its title in the assessment's language; {@code section.heading()} is the original. */
    public record SectionRef(GuideSection section, String title) {
    }

    /**
     * One question asked: what it asked, which request fields it read, the branch taken ({@code answer}, a stable
     * code such as {@code YES} or {@code DEEP_KNOWLEDGE}), and where it goes next.
     */
    public record PathStep(NodeId node, String question, List<ProfileField> fields, String answer, String answerText,
                           NodeId next, SectionRef source) {
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
    public record ChecklistResult(MethodId method, boolean fullyMet, List<CriterionResult> criteria, SectionRef source) {
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

    /** The request changed by {@code changes} gives {@code approach}, for the reason {@code reasonCode}. */
    public record Counterfactual(List<Change> changes, Approach approach, NodeId reasonCode, String description) {
        public Counterfactual {
            changes = List.copyOf(changes);
        }
    }

    /** Where the guide contradicts itself in a way that touches this assessment, with the sections in conflict. */
    public record Warning(WarningId code, String text, List<SectionRef> sources) {
        public Warning {
            sources = List.copyOf(sources);
        }
    }
}
