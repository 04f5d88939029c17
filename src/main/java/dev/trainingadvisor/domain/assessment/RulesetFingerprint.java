package dev.trainingadvisor.domain.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * Every rule in one canonical text — the tree's questions, branches and outcomes, the checklists, the gate, the hire
 * signals, the next steps and the warnings, each with its conditions and thresholds — and its SHA-256. A test pins the
 * fingerprint to {@link Ruleset#VERSION}, so no rule can change without the version changing too.
 */
public final class RulesetFingerprint {
    private RulesetFingerprint() {
    }

    public static String canonicalText() {
        DecisionTree tree = DecisionTree.ruleset();
        StringBuilder out = new StringBuilder(4096);
        for (DecisionTree.Node node : tree.nodes()) {
            if (node instanceof DecisionTree.Question question) {
                out.append("question ").append(question.id()).append(" reads ")
                        .append(question.reads().stream().map(ProfileField::fieldName).collect(Collectors.joining(",")))
                        .append(" source ").append(question.source()).append('\n');
                for (DecisionTree.Edge edge : question.edges()) {
                    out.append("  ").append(edge.answer()).append(" when ").append(edge.when().describe())
                            .append(" -> ").append(edge.to()).append(" source ").append(edge.source()).append('\n');
                }
            } else {
                DecisionTree.Outcome outcome = (DecisionTree.Outcome) node;
                out.append("outcome ").append(outcome.id()).append(" = ").append(outcome.approach())
                        .append(" source ").append(outcome.source()).append('\n');
            }
        }
        for (Checklist checklist : Checklist.values()) {
            out.append("checklist ").append(checklist.method()).append('\n');
            checklist.criteria().forEach(c -> out.append("  ").append(c).append(": ")
                    .append(c.condition().describe()).append('\n'));
        }
        out.append("gate\n");
        Criterion.GATE.forEach(c -> out.append("  ").append(c).append(": ").append(c.condition().describe()).append('\n'));
        for (HireSignal signal : HireSignal.values()) {
            out.append("hire signal ").append(signal).append(": ").append(signal.condition().describe()).append('\n');
        }
        for (NextStepId step : NextStepId.values()) {
            out.append("next step ").append(step).append(": ")
                    .append(step.doneWhen().map(Condition::describe).orElse("never done from a profile")).append('\n');
        }
        for (WarningId warning : WarningId.values()) {
            out.append("warning ").append(warning).append(": asked ").append(warning.asked()).append(" and ")
                    .append(warning.when().describe()).append('\n');
        }
        return out.toString();
    }

    /** The first 16 hex digits of the SHA-256 of {@link #canonicalText()}. */
    public static String compute() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(canonicalText().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
