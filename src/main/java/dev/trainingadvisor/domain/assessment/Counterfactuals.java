package dev.trainingadvisor.domain.assessment;

import dev.trainingadvisor.domain.assessment.Assessment.Change;
import dev.trainingadvisor.domain.assessment.Condition.FieldCondition;
import dev.trainingadvisor.domain.assessment.DecisionTree.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "What would change this answer": for every other approach, the smallest set of field changes that leads to it.
 * Each route of the tree to that approach proposes the changes its branches need (a threshold value, a flipped
 * answer); the route with the fewest changes wins, earlier routes on a tie. A proposal is only kept after the
 * changed profile has been decided again and really gives that approach.
 */
public final class Counterfactuals {
    private final RuleBook rules;

    Counterfactuals(RuleBook rules) {
        this.rules = rules;
    }

    /** A reachable approach: the changes and the walk of the changed profile. */
    public record Found(List<Change> changes, DecisionTree.Walk walk) {
        public Found {
            changes = List.copyOf(changes);
        }
    }

    /** One {@link Found} for each approach other than {@code current}, in {@link Approach} order. */
    List<Found> find(Profile profile, Approach current) {
        List<Found> found = new ArrayList<>(Approach.values().length - 1);
        for (Approach target : Approach.values()) {
            if (target != current) {
                smallest(profile, target).ifPresent(found::add);
            }
        }
        return found;
    }

    /**
     * The smallest changes, touching only {@code mayChange}, that lead to {@code target}; empty when no route of the
     * tree gets there that way. With every field allowed this is the counterfactual; with only the unanswered ones it
     * says whether finding out alone can lead there.
     */
    Optional<Found> smallest(Profile profile, Approach target, java.util.Set<ProfileField> mayChange) {
        List<List<Change>> proposals = new ArrayList<>();
        for (Route route : rules.tree().routesTo(target)) {
            changesFor(route, profile).filter(changes -> changes.stream().allMatch(c -> mayChange.contains(c.field())))
                    .ifPresent(proposals::add);
        }
        // Stable sort: on a tie the earlier route of the tree stays first.
        proposals.sort((a, b) -> Integer.compare(a.size(), b.size()));
        for (List<Change> changes : proposals) {
            Profile changed = profile.with(changes);
            if (!changed.consistent()) {
                continue;
            }
            DecisionTree.Walk walk = rules.walk(changed);
            if (walk.approach() == target) {
                return Optional.of(new Found(changes, walk));
            }
        }
        return Optional.empty();
    }

    private Optional<Found> smallest(Profile profile, Approach target) {
        return smallest(profile, target, ALL_FIELDS);
    }

    private static final java.util.Set<ProfileField> ALL_FIELDS =
            java.util.EnumSet.allOf(ProfileField.class);

    /** For each field the route constrains: keep the value if it fits, else the first fix that fits them all. */
    static Optional<List<Change>> changesFor(Route route, Profile profile) {
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<ProfileField, List<FieldCondition>> entry : route.constraints().entrySet()) {
            List<FieldCondition> constraints = entry.getValue();
            Optional<FieldValue> current = profile.get(entry.getKey());
            if (current.isPresent() ? satisfiesAll(current.get(), constraints)
                    : constraints.stream().allMatch(FieldCondition::holdsWhenAbsent)) {
                continue;
            }
            FieldValue chosen = null;
            for (FieldCondition constraint : constraints) {
                if (satisfiesAll(constraint.fix(), constraints)) {
                    chosen = constraint.fix();
                    break;
                }
            }
            if (chosen == null) {
                return Optional.empty();
            }
            changes.add(new Change(entry.getKey(), chosen));
        }
        return Optional.of(changes);
    }

    private static boolean satisfiesAll(FieldValue value, List<FieldCondition> constraints) {
        for (FieldCondition constraint : constraints) {
            if (!constraint.holdsFor(value)) {
                return false;
            }
        }
        return true;
    }
}
