package dev.trainingadvisor.domain.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * Every rule of a ruleset in one canonical text — the tree's questions, branches and outcomes, the checklists, the
 * gate, the hire signals, the next steps and the warnings, each with its conditions and thresholds — and its SHA-256.
 * A test pins each ruleset's fingerprint to its version, so no rule can change without the version changing too.
 * Texts, the spec step a branch cites, and how a ruleset reads answers that did not exist when it was pinned
 * ({@link Reading}) are not rules and are left out, so ruleset 1 keeps the fingerprint it had before ruleset 2.
 */
public final class RulesetFingerprint {
    private RulesetFingerprint() {
    }

    /** Ruleset 1's canonical text. */
    public static String canonicalText() {
        return canonicalText(Rulesets.ONE);
    }

    public static String canonicalText(RuleBook rules) {
        DecisionTree tree = rules.tree();
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
        for (ChecklistSpec checklist : rules.checklists()) {
            out.append("checklist ").append(checklist.method());
            checklist.variant().ifPresent(variant -> out.append(' ').append(variant));
            out.append(when(checklist.appliesWhen())).append('\n');
            checklist.criteria().forEach(c -> out.append("  ").append(c.code()).append(": ")
                    .append(c.condition().describe()).append('\n'));
        }
        for (GateSpec gate : rules.gates()) {
            out.append("gate").append(when(gate.appliesWhen())).append('\n');
            gate.questions().forEach(c -> out.append("  ").append(c).append(": ").append(c.condition().describe())
                    .append('\n'));
        }
        for (HireSignal signal : HireSignal.values()) {
            out.append("hire signal ").append(signal).append(": ").append(signal.condition().describe()).append('\n');
        }
        for (NextStepId step : NextStepId.values()) {
            out.append("next step ").append(step).append(": ")
                    .append(step.doneWhen().map(Condition::describe).orElse("never done from a profile")).append('\n');
        }
        for (WarningRule warning : rules.warnings()) {
            out.append("warning ").append(warning.id()).append(": asked ")
                    .append(warning.asked().stream().map(Enum::name).collect(Collectors.joining(",")))
                    .append(" and ").append(warning.when().describe()).append('\n');
        }
        rules.departsFrom().ifPresent(literal -> out.append("warning ").append(WarningId.DEPARTS_FROM_LITERAL_TREE)
                .append(": approach differs from ruleset ").append(literal.number()).append('\n'));
        return out.toString();
    }

    private static String when(Condition appliesWhen) {
        return appliesWhen instanceof Condition.Otherwise ? "" : " when " + appliesWhen.describe();
    }

    /** Ruleset 1's fingerprint. */
    public static String compute() {
        return compute(Rulesets.ONE);
    }

    /** The first 16 hex digits of the SHA-256 of {@link #canonicalText(RuleBook)}. */
    public static String compute(RuleBook rules) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(canonicalText(rules).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
