package dev.trainingadvisor.domain.assessment;

import dev.trainingadvisor.domain.Formats;
import dev.trainingadvisor.domain.GuideSection;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.Texts;
import dev.trainingadvisor.domain.assessment.Assessment.ChecklistResult;
import dev.trainingadvisor.domain.assessment.Assessment.Counterfactual;
import dev.trainingadvisor.domain.assessment.Assessment.CriterionResult;
import dev.trainingadvisor.domain.assessment.Assessment.GateResult;
import dev.trainingadvisor.domain.assessment.Assessment.NextStep;
import dev.trainingadvisor.domain.assessment.Assessment.PathStep;
import dev.trainingadvisor.domain.assessment.Assessment.SectionRef;
import dev.trainingadvisor.domain.assessment.Assessment.Warning;
import dev.trainingadvisor.domain.assessment.DecisionTree.NodeId;
import dev.trainingadvisor.domain.catalogue.MethodId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assesses a project profile against ruleset {@value Ruleset#VERSION}: the decision, and everything that explains
 * it. Stateless and thread-safe.
 */
public final class Advisor {
    private final DecisionTree tree;
    private final Counterfactuals counterfactuals;

    public Advisor() {
        this.tree = DecisionTree.ruleset();
        this.counterfactuals = new Counterfactuals(tree);
    }

    public DecisionTree tree() {
        return tree;
    }

    public Assessment assess(Profile profile, Language language) {
        Texts texts = Texts.in(language);
        DecisionTree.Walk walk = tree.walk(profile);
        Approach approach = walk.approach();
        Map<String, String> args = arguments(profile, texts);

        List<ChecklistResult> checklists = new ArrayList<>(3);
        List<MethodId> fullyMet = new ArrayList<>(3);
        for (Checklist checklist : Checklist.values()) {
            ChecklistResult result = checklist(checklist, profile, texts);
            checklists.add(result);
            if (result.fullyMet()) {
                fullyMet.add(checklist.method());
            }
        }
        List<MethodId> recommended = approach == Approach.TRAINING ? recommendedMethods(fullyMet) : List.of();
        List<MethodId> escalation = approach == Approach.TRAINING ? List.of() : fullyMet;
        args.put("methods", join(recommended.stream().map(Enum::name).toList(), texts));
        args.put("sftOpen", Integer.toString(openCriteria(checklists.get(0).criteria())));
        args.put("peftOpen", Integer.toString(openCriteria(checklists.get(2).criteria())));

        List<CriterionResult> hireSignals = new ArrayList<>(HireSignal.values().length);
        boolean mlExpertAdvised = false;
        for (HireSignal signal : HireSignal.values()) {
            Status status = signal.condition().evaluate(profile);
            mlExpertAdvised |= status == Status.MET;
            hireSignals.add(new CriterionResult(signal.name(), status, texts.get(signal.textKey())));
        }

        return new Assessment(
                Ruleset.VERSION,
                language,
                profile.projectName(),
                approach,
                walk.outcome().id(),
                recommended,
                escalation,
                texts.format(walk.outcome().id().summaryKey(), args),
                path(walk, texts, args),
                gate(profile, walk, texts),
                checklists,
                hireSignals,
                mlExpertAdvised,
                nextSteps(profile, texts),
                counterfactuals(profile, approach, texts),
                warnings(profile, walk, texts, args));
    }

    /** SFT first, then PEFT: the methods whose checklist decided for training. */
    private static List<MethodId> recommendedMethods(List<MethodId> fullyMet) {
        List<MethodId> methods = new ArrayList<>(2);
        for (MethodId method : fullyMet) {
            if (method == MethodId.SFT || method == MethodId.PEFT) {
                methods.add(method);
            }
        }
        return methods;
    }

    /** How many of the criteria are not MET (NOT_MET or UNKNOWN). */
    private static int openCriteria(List<CriterionResult> criteria) {
        int open = 0;
        for (CriterionResult criterion : criteria) {
            if (criterion.status() != Status.MET) {
                open++;
            }
        }
        return open;
    }

    private static Map<String, String> arguments(Profile profile, Texts texts) {
        Map<String, String> args = new HashMap<>(16);
        args.put("labeledExamples", Formats.count(profile.labeledExamples()));
        args.put("trainingBudgetUsd", Formats.usd(profile.trainingBudgetUsd()));
        args.put("examplesThreshold", Formats.count(Ruleset.TRAINING_EXAMPLES));
        args.put("budgetThreshold", Formats.usd(Ruleset.GATE_BUDGET_USD));
        args.put("mlExpertise", texts.get(ValueTexts.codeKey(profile.mlExpertise())));
        return args;
    }

    private static List<PathStep> path(DecisionTree.Walk walk, Texts texts, Map<String, String> args) {
        List<PathStep> steps = new ArrayList<>(walk.steps().size());
        for (DecisionTree.Step step : walk.steps()) {
            DecisionTree.Question question = step.question();
            DecisionTree.Edge edge = step.edge();
            steps.add(new PathStep(question.id(), texts.get(question.id().textKey()), question.reads(), edge.answer(),
                    texts.format(edge.textKey(), args), edge.to(), section(edge.source(), texts)));
        }
        return steps;
    }

    private static GateResult gate(Profile profile, DecisionTree.Walk walk, Texts texts) {
        List<CriterionResult> questions = criteria(Criterion.GATE, profile, texts);
        return new GateResult(openCriteria(questions) == 0, walk.passedThrough(NodeId.GATE_ML_EXPERTISE), questions,
                section(GuideSection.GOLDEN_RULE, texts));
    }

    private static ChecklistResult checklist(Checklist checklist, Profile profile, Texts texts) {
        List<CriterionResult> criteria = criteria(checklist.criteria(), profile, texts);
        return new ChecklistResult(checklist.method(), openCriteria(criteria) == 0, criteria,
                section(checklist.source(), texts));
    }

    private static List<CriterionResult> criteria(List<Criterion> criteria, Profile profile, Texts texts) {
        List<CriterionResult> results = new ArrayList<>(criteria.size());
        for (Criterion criterion : criteria) {
            results.add(new CriterionResult(criterion.name(), criterion.condition().evaluate(profile),
                    texts.get(criterion.textKey())));
        }
        return results;
    }

    private static List<NextStep> nextSteps(Profile profile, Texts texts) {
        List<NextStep> steps = new ArrayList<>(NextStepId.values().length);
        steps.add(allListed(NextStepId.EXHAUST_RAG_OPTIMIZATIONS, profile, ProfileField.RAG_OPTIMIZATIONS,
                EnumSet.allOf(RagOptimization.class), texts));
        steps.add(allListed(NextStepId.ADVANCED_PROMPTING, profile, ProfileField.PROMPT_TECHNIQUES,
                EnumSet.allOf(PromptTechnique.class), texts));

        NextStepId providers = NextStepId.TEST_MULTIPLE_PROVIDERS;
        boolean tested = providers.doneWhen().orElseThrow().evaluate(profile) == Status.MET;
        String providersText = tested
                ? texts.get(providers.doneKey())
                : profile.providersTested()
                        .map(n -> texts.format(providers.openKey() + "Count", "tested", Formats.count(n),
                                "required", Formats.count(Ruleset.PROVIDERS_TO_TEST)))
                        .orElseGet(() -> texts.format(providers.openKey(),
                                "required", Formats.count(Ruleset.PROVIDERS_TO_TEST)));
        steps.add(new NextStep(providers, tested, List.of(), providersText));

        NextStepId roi = NextStepId.COMPUTE_ROI;
        String roiText = profile.amount(ProfileField.MONTHLY_API_SPEND_USD)
                .map(spend -> texts.format(roi.openKey() + "Spend", "spend", Formats.usd(spend)))
                .orElseGet(() -> texts.get(roi.openKey()));
        steps.add(new NextStep(roi, false, List.of(), roiText));
        return steps;
    }

    private static <E extends Enum<E>> NextStep allListed(NextStepId id, Profile profile, ProfileField field,
                                                          Set<E> all, Texts texts) {
        Set<? extends Enum<?>> listed = profile.choices(field);
        List<String> missing = new ArrayList<>(all.size());
        List<String> missingLabels = new ArrayList<>(all.size());
        for (E code : all) {
            if (!listed.contains(code)) {
                missing.add(code.name());
                missingLabels.add(texts.get(ValueTexts.codeKey(code)));
            }
        }
        boolean done = id.doneWhen().orElseThrow().evaluate(profile) == Status.MET;
        String text = done
                ? texts.get(id.doneKey())
                : texts.format(id.openKey(), "missing", join(missingLabels, texts));
        return new NextStep(id, done, missing, text);
    }

    private List<Counterfactual> counterfactuals(Profile profile, Approach current, Texts texts) {
        List<Counterfactuals.Found> found = counterfactuals.find(profile, current);
        List<Counterfactual> result = new ArrayList<>(found.size());
        for (Counterfactuals.Found each : found) {
            List<String> clauses = new ArrayList<>(each.changes().size());
            for (Assessment.Change change : each.changes()) {
                clauses.add(ValueTexts.change(change, texts));
            }
            Approach approach = each.walk().approach();
            String description = texts.format("counterfactual.description",
                    "approach", texts.get(approach.textKey()), "changes", join(clauses, texts, "clauses"));
            result.add(new Counterfactual(each.changes(), approach, each.walk().outcome().id(), description));
        }
        return result;
    }

    private static List<Warning> warnings(Profile profile, DecisionTree.Walk walk, Texts texts,
                                          Map<String, String> args) {
        List<Warning> warnings = new ArrayList<>(0);
        for (WarningId warning : WarningId.values()) {
            if (warning.appliesTo(profile, walk)) {
                List<SectionRef> sources = warning.sources().stream().map(s -> section(s, texts)).toList();
                warnings.add(new Warning(warning, texts.format(warning.textKey(), args), sources));
            }
        }
        return warnings;
    }

    static SectionRef section(GuideSection section, Texts texts) {
        return new SectionRef(section, texts.get(section.textKey()));
    }

    /** "a", "a and b", "a, b and c" in the text's language. */
    static String join(List<String> items, Texts texts) {
        return join(items, texts, "list");
    }

    /** Joins with the separators {@code <kind>.separator} and {@code <kind>.lastSeparator}. */
    private static String join(List<String> items, Texts texts, String kind) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        String head = String.join(texts.get(kind + ".separator"), items.subList(0, items.size() - 1));
        return head + texts.get(kind + ".lastSeparator") + items.get(items.size() - 1);
    }
}
