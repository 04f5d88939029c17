package dev.trainingadvisor.domain.assessment;

import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.assessment.Decision.Check;
import dev.trainingadvisor.domain.assessment.Decision.ChecklistCheck;
import dev.trainingadvisor.domain.assessment.Decision.Finding;
import dev.trainingadvisor.domain.assessment.Decision.GateCheck;
import dev.trainingadvisor.domain.assessment.Decision.NextStepCheck;
import dev.trainingadvisor.domain.assessment.Decision.Unknown;
import dev.trainingadvisor.domain.catalogue.MethodId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assesses a project profile against one ruleset ({@link RuleBook}): first the decision, as codes and values
 * ({@link #decide}), then its wording in a language ({@link Wording}). The engine is the same for every ruleset;
 * everything it decides comes from the rule book. Stateless and thread-safe.
 */
public final class Advisor {
    private final RuleBook rules;
    private final Counterfactuals counterfactuals;

    /** Ruleset 1 (ADVISOR-RULES §3), the guide's tree read literally, as it always was. */
    public Advisor() {
        this(Rulesets.ONE);
    }

    public Advisor(RuleBook rules) {
        this.rules = rules;
        this.counterfactuals = new Counterfactuals(rules);
    }

    public RuleBook rules() {
        return rules;
    }

    public DecisionTree tree() {
        return rules.tree();
    }

    /** The decision and everything that explains it, with every text in {@code language}. */
    public Assessment assess(Profile profile, Language language) {
        return Wording.render(decide(profile), language);
    }

    /**
     * The decision for {@code profile}, in codes and values.
     *
     * @throws IllegalArgumentException when the profile leaves a field this ruleset requires unanswered (the API
     *     answers 400 before it gets here)
     */
    public Decision decide(Profile given) {
        return decide(given, true);
    }

    /**
     * The decision for {@code profile} without its counterfactuals: equal to {@link #decide} in everything else, with
     * {@link Decision#counterfactuals()} empty. The search for counterfactuals walks the tree again for each route
     * and is most of what deciding costs; a caller that answers only the decision's codes
     * ({@code Prefer: return=minimal}) has no use for it.
     *
     * @throws IllegalArgumentException as {@link #decide}
     */
    public Decision decideCore(Profile given) {
        return decide(given, false);
    }

    private Decision decide(Profile given, boolean withCounterfactuals) {
        List<ProfileField> missing = rules.missing(given);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("ruleset " + rules.id().number() + " requires " + missing);
        }
        Profile profile = rules.read(given);
        DecisionTree.Walk walk = rules.tree().walk(profile);
        RuleTrace.taken(rules.id(), walk);
        Approach approach = walk.approach();

        List<ChecklistCheck> checklists = new ArrayList<>(3);
        List<MethodId> fullyMet = new ArrayList<>(3);
        for (ChecklistSpec spec : rules.checklistsFor(profile)) {
            List<Check> criteria = checks(spec.criteria(), profile);
            boolean met = allMet(criteria);
            checklists.add(new ChecklistCheck(spec, met, criteria));
            if (met) {
                fullyMet.add(spec.method());
            }
        }
        List<MethodId> recommended = new ArrayList<>(2);
        if (approach == Approach.TRAINING) {
            for (MethodId method : fullyMet) {
                if (rules.trainableMethods().contains(method)) {
                    recommended.add(method);
                }
            }
        }
        List<MethodId> escalation = approach == Approach.TRAINING ? List.of() : fullyMet;

        GateSpec gateSpec = rules.gateFor(profile);
        List<Check> gateQuestions = checks(gateSpec.questions(), profile);
        boolean reached = gateSpec.nodes().stream().anyMatch(walk::passedThrough);
        GateCheck gate = new GateCheck(allMet(gateQuestions), reached, gateQuestions);

        List<Check> hireSignals = new ArrayList<>(HireSignal.values().length);
        for (HireSignal signal : HireSignal.values()) {
            hireSignals.add(new Check(signal.name(), signal.condition().evaluate(profile), signal.textKey()));
        }

        List<Counterfactuals.Found> found = withCounterfactuals ? counterfactuals.find(profile, approach) : List.of();
        return new Decision(rules, profile, walk, recommended, escalation, gate, checklists, hireSignals,
                nextSteps(profile), found, warnings(given, profile, walk),
                toFindOut(profile, walk, checklists, gateSpec, gateQuestions, found));
    }

    private static void unknownCriteria(Profile profile, List<? extends Requirement> requirements, List<Check> checks,
                                        Map<ProfileField, List<String>> into) {
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i).status() != Status.UNKNOWN) {
                continue;
            }
            Requirement requirement = requirements.get(i);
            for (Condition.FieldCondition part : requirement.condition().parts()) {
                if (profile.get(part.field()).isEmpty()) {
                    List<String> codes = into.computeIfAbsent(part.field(), f -> new ArrayList<>(2));
                    if (!codes.contains(requirement.code())) {
                        codes.add(requirement.code());
                    }
                }
            }
        }
    }

    /**
     * The smallest changes of only the unanswered fields that lead to {@code target}: whether finding out what the
     * request leaves open can, by itself, lead there. Empty when it cannot.
     */
    public Optional<List<Assessment.Change>> reachableByFindingOut(Profile given, Approach target) {
        Profile profile = rules.read(given);
        return counterfactuals.smallest(profile, target, Counterfactuals.unstated(profile))
                .map(Counterfactuals.Found::changes);
    }

    private static List<Check> checks(List<? extends Requirement> requirements, Profile profile) {
        List<Check> checks = new ArrayList<>(requirements.size());
        for (Requirement requirement : requirements) {
            checks.add(new Check(requirement.code(), requirement.condition().evaluate(profile),
                    requirement.textKey()));
        }
        return checks;
    }

    private static boolean allMet(List<Check> checks) {
        for (Check check : checks) {
            if (check.status() != Status.MET) {
                return false;
            }
        }
        return true;
    }

    private static List<NextStepCheck> nextSteps(Profile profile) {
        List<NextStepCheck> steps = new ArrayList<>(NextStepId.values().length);
        steps.add(allListed(NextStepId.EXHAUST_RAG_OPTIMIZATIONS, profile, ProfileField.RAG_OPTIMIZATIONS,
                EnumSet.allOf(RagOptimization.class)));
        steps.add(allListed(NextStepId.ADVANCED_PROMPTING, profile, ProfileField.PROMPT_TECHNIQUES,
                EnumSet.allOf(PromptTechnique.class)));
        NextStepId providers = NextStepId.TEST_MULTIPLE_PROVIDERS;
        steps.add(new NextStepCheck(providers,
                providers.doneWhen().orElseThrow().evaluate(profile) == Status.MET, List.of()));
        steps.add(new NextStepCheck(NextStepId.COMPUTE_ROI, false, List.of()));
        return steps;
    }

    private static <E extends Enum<E>> NextStepCheck allListed(NextStepId id, Profile profile, ProfileField field,
                                                               Set<E> all) {
        Set<? extends Enum<?>> listed = profile.choices(field);
        List<Enum<?>> missing = new ArrayList<>(all.size());
        for (E code : all) {
            if (!listed.contains(code)) {
                missing.add(code);
            }
        }
        return new NextStepCheck(id, id.doneWhen().orElseThrow().evaluate(profile) == Status.MET, missing);
    }

    private List<Finding> warnings(Profile given, Profile profile, DecisionTree.Walk walk) {
        Map<WarningId, Finding> found = new LinkedHashMap<>();
        for (WarningRule rule : rules.warnings()) {
            if (!found.containsKey(rule.id()) && rule.appliesTo(profile, walk)) {
                found.put(rule.id(), new Finding(rule.id(), rule.textKey(), Optional.empty(), Optional.empty()));
            }
        }
        rules.departsFrom().map(Rulesets::of).filter(literal -> literal.canEvaluate(given)).ifPresent(literal -> {
            DecisionTree.Walk literalWalk = literal.walk(given);
            if (literalWalk.approach() != walk.approach()) {
                found.put(WarningId.DEPARTS_FROM_LITERAL_TREE, new Finding(WarningId.DEPARTS_FROM_LITERAL_TREE,
                        WarningId.DEPARTS_FROM_LITERAL_TREE.textKey(), Optional.of(literalWalk.approach()),
                        Optional.of(partingStep(walk, literalWalk))));
            }
        });
        return List.copyOf(found.values());
    }

    /** The step of this ruleset's first branch that the literal walk did not take in the same place. */
    private static String partingStep(DecisionTree.Walk walk, DecisionTree.Walk literal) {
        List<DecisionTree.Step> steps = walk.steps();
        for (int i = 0; i < steps.size(); i++) {
            DecisionTree.Edge edge = steps.get(i).edge();
            if (i >= literal.steps().size()) {
                return edge.step();
            }
            DecisionTree.Edge other = literal.steps().get(i).edge();
            if (edge.from() != other.from() || !edge.answer().equals(other.answer()) || edge.to() != other.to()) {
                return edge.step();
            }
        }
        return walk.step();
    }

    /**
     * Each absent field that stopped the walk (a branch taken because it was unknown), left a criterion UNKNOWN in
     * the path's checklists — those of the methods this ruleset can recommend, unless a criterion already fails them,
     * and the golden-rule gate — or is set by an unstated-only counterfactual, in field order; each with the approaches
     * of the unstated-only counterfactuals that set it (what finding it out can lead to).
     */
    private List<Unknown> toFindOut(Profile profile, DecisionTree.Walk walk, List<ChecklistCheck> checklists,
                                    GateSpec gate, List<Check> gateQuestions, List<Counterfactuals.Found> found) {
        Map<ProfileField, List<Approach>> leadsTo = new EnumMap<>(ProfileField.class);
        for (Counterfactuals.Found each : found) {
            if (each.onlyUnstated()) {
                for (Assessment.Change change : each.changes()) {
                    leadsTo.computeIfAbsent(change.field(), f -> new ArrayList<>(2)).add(each.approach());
                }
            }
        }
        Map<ProfileField, DecisionTree.NodeId> stopped = new EnumMap<>(ProfileField.class);
        for (DecisionTree.Step step : walk.steps()) {
            if (DecisionTree.UNKNOWN.equals(step.edge().answer())) {
                for (ProfileField field : step.question().reads()) {
                    if (profile.get(field).isEmpty()) {
                        stopped.putIfAbsent(field, step.question().id());
                    }
                }
            }
        }
        Map<ProfileField, List<String>> criteria = new EnumMap<>(ProfileField.class);
        for (ChecklistCheck checklist : checklists) {
            boolean failed = checklist.criteria().stream().anyMatch(c -> c.status() == Status.NOT_MET);
            if (rules.trainableMethods().contains(checklist.spec().method()) && !failed) {
                unknownCriteria(profile, checklist.spec().criteria(), checklist.criteria(), criteria);
            }
        }
        unknownCriteria(profile, gate.questions(), gateQuestions, criteria);
        List<Unknown> unknowns = new ArrayList<>();
        for (ProfileField field : ProfileField.values()) {
            if (stopped.containsKey(field) || criteria.containsKey(field) || leadsTo.containsKey(field)) {
                unknowns.add(new Unknown(field, Optional.ofNullable(stopped.get(field)),
                        criteria.getOrDefault(field, List.of()), leadsTo.getOrDefault(field, List.of())));
            }
        }
        return unknowns;
    }
}
