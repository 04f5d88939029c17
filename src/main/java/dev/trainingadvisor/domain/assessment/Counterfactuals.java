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
        // Count first, build only what is tried: by fewest changes, and on a tie the earlier route of the tree.
        List<Route> routes = rules.tree().routesTo(target);
        int[] sizes = new int[routes.size()];
        int min = Integer.MAX_VALUE;
        int max = -1;
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = changeCount(routes.get(i), profile, mayChange);
            if (sizes[i] >= 0) {
                min = Math.min(min, sizes[i]);
                max = Math.max(max, sizes[i]);
            }
        }
        for (int size = min; size <= max; size++) {
            for (int i = 0; i < sizes.length; i++) {
                if (sizes[i] != size) {
                    continue;
                }
                List<Change> changes = changesFor(routes.get(i), profile).orElseThrow();
                Profile changed = profile.with(changes);
                if (!changed.consistent()) {
                    continue;
                }
                DecisionTree.Walk walk = rules.walk(changed);
                if (walk.approach() == target) {
                    return Optional.of(new Found(changes, walk));
                }
            }
        }
        return Optional.empty();
    }

    /** How many changes {@link #changesFor} would propose, touching only {@code mayChange}; -1 when it cannot. */
    private static int changeCount(Route route, Profile profile, java.util.Set<ProfileField> mayChange) {
        int count = 0;
        for (Map.Entry<ProfileField, List<FieldCondition>> entry : route.constraints().entrySet()) {
            List<FieldCondition> constraints = entry.getValue();
            FieldValue current = profile.values().get(entry.getKey());
            if (current != null ? satisfiesAll(current, constraints) : allHoldWhenAbsent(constraints)) {
                continue;
            }
            boolean fixable = false;
            for (FieldCondition constraint : constraints) {
                if (satisfiesAll(constraint.fix(), constraints)) {
                    fixable = true;
                    break;
                }
            }
            if (!fixable || !mayChange.contains(entry.getKey())) {
                return -1;
            }
            count++;
        }
        return count;
    }

    private static boolean allHoldWhenAbsent(List<FieldCondition> constraints) {
        for (FieldCondition constraint : constraints) {
            if (!constraint.holdsWhenAbsent()) {
                return false;
            }
        }
        return true;
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
