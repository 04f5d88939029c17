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
 *
 * <p>A team cannot un-say a fact, but it can find out what it left unstated (issue 20). So for every other approach
 * the search is made twice: once touching only the fields the profile leaves unstated ({@link Found#onlyUnstated()}:
 * "find out"), and once touching any field. Both are listed when both exist and differ, the unstated-only ones first.
 */
public final class Counterfactuals {
    private static final java.util.Set<ProfileField> ALL_FIELDS = java.util.EnumSet.allOf(ProfileField.class);
    private static final int FIELD_COUNT = ALL_FIELDS.size();

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

    /**
     * A reachable approach: the changes and the walk of the changed profile.
     *
     * @param onlyUnstated every change sets a field the profile left unstated: finding those answers out is enough
     */
    public record Found(List<Change> changes, DecisionTree.Walk walk, boolean onlyUnstated) {
        public Found {
            changes = List.copyOf(changes);
        }

        /** The approach the changes lead to. */
        public Approach approach() {
            return walk.approach();
        }
    }

    /**
     * What a route asks of one field: its conditions, whether an absent value meets them all, and the first of their
     * fix values that meets them all (null when none does, so the route cannot be reached by changing the field).
     * None of it depends on a profile, so it is worked out once, not for every request.
     */
    private record FieldNeed(ProfileField field, FieldCondition[] conditions, boolean holdsWhenAbsent,
                             FieldValue fix) {
        /** The field's value in a profile's values by field ({@link #byField}); null when absent. */
        FieldValue in(FieldValue[] values) {
            return values[field.ordinal()];
        }

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
        int changeCount(FieldValue[] values, java.util.Set<ProfileField> mayChange) {
            int count = 0;
            for (FieldNeed need : needs) {
                if (need.metBy(need.in(values))) {
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
        List<Change> changes(FieldValue[] values) {
            List<Change> changes = new ArrayList<>(needs.length);
            for (FieldNeed need : needs) {
                if (!need.metBy(need.in(values))) {
                    changes.add(new Change(need.field(), need.fix()));
                }
            }
            return changes;
        }
    }

    /**
     * For each approach other than {@code current}, in {@link Approach} order: first the smallest changes of only the
     * unstated fields that lead to it (when there are any), then, for each approach, the smallest changes of any
     * fields when they differ from its unstated-only ones. So each approach appears at most once of each kind, and an
     * approach whose smallest change overall touches only unstated fields appears once, marked unstated-only.
     */
    List<Found> find(Profile profile, Approach current) {
        java.util.Set<ProfileField> unstated = unstated(profile);
        List<Found> findOut = new ArrayList<>(Approach.values().length - 1);
        List<Found> overall = new ArrayList<>(Approach.values().length - 1);
        Map<List<Change>, DecisionTree.Walk> tried = new java.util.HashMap<>();
        FieldValue[] values = byField(profile);
        for (Approach target : Approach.values()) {
            if (target == current) {
                continue;
            }
            Optional<Found> byFindingOut = smallest(profile, values, target, unstated, tried);
            byFindingOut.ifPresent(findOut::add);
            smallest(profile, values, target, ALL_FIELDS, tried)
                    .filter(any -> byFindingOut.map(f -> !f.changes().equals(any.changes())).orElse(true))
                    .ifPresent(overall::add);
        }
        findOut.addAll(overall);
        return findOut;
    }

    /** The fields {@code profile} leaves unanswered. */
    static java.util.Set<ProfileField> unstated(Profile profile) {
        java.util.Set<ProfileField> unstated = java.util.EnumSet.noneOf(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            if (profile.get(field).isEmpty()) {
                unstated.add(field);
            }
        }
        return unstated;
    }

    /**
     * The smallest changes, touching only {@code mayChange}, that lead to {@code target}; empty when no route of the
     * tree gets there that way. With every field allowed this is the counterfactual; with only the unanswered ones it
     * says whether finding out alone can lead there.
     */
    Optional<Found> smallest(Profile profile, Approach target, java.util.Set<ProfileField> mayChange) {
        return smallest(profile, byField(profile), target, mayChange, new java.util.HashMap<>());
    }

    /**
     * The profile's values indexed by {@link ProfileField#ordinal()} (null where absent): the search reads them a few
     * hundred times per request, and an array read costs less than a map's (issue 22).
     */
    private static FieldValue[] byField(Profile profile) {
        FieldValue[] values = new FieldValue[FIELD_COUNT];
        profile.values().forEach((field, value) -> values[field.ordinal()] = value);
        return values;
    }

    /**
     * As {@link #smallest(Profile, Approach, java.util.Set)}, walking each proposed change once: {@code tried} holds
     * the walk of every change already tried for this profile (null for a change that contradicts another answer).
     * Routes through a branch taken by failing the others propose the same changes as other routes, and the two
     * searches of {@link #find} propose many of the same.
     */
    private Optional<Found> smallest(Profile profile, FieldValue[] values, Approach target,
                                     java.util.Set<ProfileField> mayChange, Map<List<Change>, DecisionTree.Walk> tried) {
        // Count first, build only what is tried: by fewest changes, and on a tie the earlier route of the tree.
        List<Plan> routes = plans.get(target);
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
                DecisionTree.Walk walk = tried.computeIfAbsent(changes, proposed -> {
                    Profile changed = profile.with(proposed);
                    return changed.consistent() ? rules.walk(changed) : null;
                });
                if (walk != null && walk.approach() == target) {
                    return Optional.of(new Found(changes, walk, onlyUnstated(changes, values)));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean onlyUnstated(List<Change> changes, FieldValue[] values) {
        for (Change change : changes) {
            if (values[change.field().ordinal()] != null) {
                return false;
            }
        }
        return true;
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
