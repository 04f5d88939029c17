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
    private static final java.util.Set<ProfileField> ALL_FIELDS = java.util.EnumSet.allOf(ProfileField.class);

    private final RuleBook rules;
    /** For each approach, its routes as the search reads them, in tree order; made once per rule book. */
    private final Map<Approach, List<Plan>> plans = new java.util.EnumMap<>(Approach.class);

    Counterfactuals(RuleBook rules) {
        this.rules = rules;
        for (Approach approach : Approach.values()) {
            List<Plan> each = new ArrayList<>();
            for (Route route : rules.tree().routesTo(approach)) {
                each.add(Plan.of(route));
            }
            plans.put(approach, List.copyOf(each));
        }
    }

    /** A reachable approach: the changes and the walk of the changed profile. */
    public record Found(List<Change> changes, DecisionTree.Walk walk) {
        public Found {
            changes = List.copyOf(changes);
        }
    }

    /**
     * What a route asks of one field: its conditions, whether an absent value meets them all, and the first of their
     * fix values that meets them all (null when none does, so the route cannot be reached by changing the field).
     * None of it depends on a profile, so it is worked out once, not for every request.
     */
    private record FieldNeed(ProfileField field, FieldCondition[] conditions, boolean holdsWhenAbsent,
                             FieldValue fix) {
        static FieldNeed of(ProfileField field, List<FieldCondition> conditions) {
            FieldCondition[] array = conditions.toArray(FieldCondition[]::new);
            FieldValue fix = null;
            for (FieldCondition condition : array) {
                if (satisfiesAll(condition.fix(), array)) {
                    fix = condition.fix();
                    break;
                }
            }
            return new FieldNeed(field, array, allHoldWhenAbsent(array), fix);
        }

        /** Whether {@code current} (null: absent) already meets every condition. */
        boolean metBy(FieldValue current) {
            return current != null ? satisfiesAll(current, conditions) : holdsWhenAbsent;
        }
    }

    /** A route of the tree with its field needs. */
    private record Plan(FieldNeed[] needs) {
        static Plan of(Route route) {
            List<FieldNeed> needs = new ArrayList<>(route.constraints().size());
            route.constraints().forEach((field, conditions) -> needs.add(FieldNeed.of(field, conditions)));
            return new Plan(needs.toArray(FieldNeed[]::new));
        }

        /** How many fields must change to take this route, touching only {@code mayChange}; -1 when it cannot. */
        int changeCount(Map<ProfileField, FieldValue> values, java.util.Set<ProfileField> mayChange) {
            int count = 0;
            for (FieldNeed need : needs) {
                if (need.metBy(values.get(need.field()))) {
                    continue;
                }
                if (need.fix() == null || !mayChange.contains(need.field())) {
                    return -1;
                }
                count++;
            }
            return count;
        }

        /** The changes that take this route: each unmet field set to its fix. Call only when it can be taken. */
        List<Change> changes(Map<ProfileField, FieldValue> values) {
            List<Change> changes = new ArrayList<>(needs.length);
            for (FieldNeed need : needs) {
                if (!need.metBy(values.get(need.field()))) {
                    changes.add(new Change(need.field(), need.fix()));
                }
            }
            return changes;
        }
    }

    /** One {@link Found} for each approach other than {@code current}, in {@link Approach} order. */
    List<Found> find(Profile profile, Approach current) {
        List<Found> found = new ArrayList<>(Approach.values().length - 1);
        for (Approach target : Approach.values()) {
            if (target != current) {
                smallest(profile, target, ALL_FIELDS).ifPresent(found::add);
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
        List<Plan> routes = plans.get(target);
        Map<ProfileField, FieldValue> values = profile.values();
        int[] sizes = new int[routes.size()];
        int min = Integer.MAX_VALUE;
        int max = -1;
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = routes.get(i).changeCount(values, mayChange);
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
                List<Change> changes = routes.get(i).changes(values);
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

    private static boolean allHoldWhenAbsent(FieldCondition[] conditions) {
        for (FieldCondition condition : conditions) {
            if (!condition.holdsWhenAbsent()) {
                return false;
            }
        }
        return true;
    }

    private static boolean satisfiesAll(FieldValue value, FieldCondition[] conditions) {
        for (FieldCondition condition : conditions) {
            if (!condition.holdsFor(value)) {
                return false;
            }
        }
        return true;
    }
}
