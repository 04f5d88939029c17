package dev.trainingadvisor.domain.assessment;

import dev.trainingadvisor.domain.catalogue.MethodId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One ruleset, whole: everything an assessment decides comes from here and nothing else — the tree (decision, path,
 * published diagram, counterfactual routes, and how it reads answers it has no rule for), which fields it requires, its
 * checklists and gate, the contradictions it warns about, and the ruleset it departs from. The engine
 * ({@link Advisor}) is the same for every ruleset. {@link RulesetOne} and {@link RulesetTwo} define the two.
 *
 * @param trainableMethods the methods a TRAINING outcome can recommend, in order (SFT first): their checklists are the
 *     ones whose unknown criteria an answer asks to find out
 * @param departsFrom the ruleset whose answer this one reports when they differ ({@code DEPARTS_FROM_LITERAL_TREE})
 */
public record RuleBook(RulesetId id, String version, DecisionTree tree, Set<ProfileField> requires, List<ChecklistSpec> checklists, List<GateSpec> gates,
                       List<WarningRule> warnings, List<MethodId> trainableMethods, Optional<RulesetId> departsFrom,
                       List<RulesetChange> changes) {
    public RuleBook {
        requires = Set.copyOf(requires);
        checklists = List.copyOf(checklists);
        gates = List.copyOf(gates);
        warnings = List.copyOf(warnings);
        trainableMethods = List.copyOf(trainableMethods);
        changes = List.copyOf(changes);
    }

    /** Whether every field this ruleset requires is answered. */
    public boolean canEvaluate(Profile profile) {
        for (ProfileField field : requires) {
            if (profile.get(field).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The fields this ruleset requires that {@code profile} leaves unanswered, in field order. */
    public List<ProfileField> missing(Profile profile) {
        return java.util.Arrays.stream(ProfileField.values())
                .filter(field -> requires.contains(field) && profile.get(field).isEmpty()).toList();
    }

    /** The profile as this ruleset reads it ({@link Reading}); unchanged when no reading applies. */
    public Profile read(Profile profile) {
        return tree.read(profile);
    }

    /** The decision for {@code profile}: read it, then walk the tree. */
    public DecisionTree.Walk walk(Profile profile) {
        return tree.walk(profile);
    }

    /** Per method, in the order the ruleset lists them, the first variant that applies to {@code profile}. */
    public List<ChecklistSpec> checklistsFor(Profile profile) {
        Map<MethodId, ChecklistSpec> chosen = new LinkedHashMap<>();
        for (ChecklistSpec spec : checklists) {
            if (!chosen.containsKey(spec.method()) && spec.appliesWhen().evaluate(profile) == Status.MET) {
                chosen.put(spec.method(), spec);
            }
        }
        return List.copyOf(chosen.values());
    }

    /** The gate variant that applies to {@code profile}. */
    public GateSpec gateFor(Profile profile) {
        for (GateSpec gate : gates) {
            if (gate.appliesWhen().evaluate(profile) == Status.MET) {
                return gate;
            }
        }
        throw new IllegalStateException("no gate of ruleset " + id.number() + " applies");
    }
}
