package dev.trainingadvisor.domain.assessment;

import dev.trainingadvisor.domain.Formats;
import dev.trainingadvisor.domain.GuideSection;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.Texts;
import dev.trainingadvisor.domain.assessment.Assessment.ChecklistResult;
import dev.trainingadvisor.domain.assessment.Assessment.Counterfactual;
import dev.trainingadvisor.domain.assessment.Assessment.CriterionResult;
import dev.trainingadvisor.domain.assessment.Assessment.FindOut;
import dev.trainingadvisor.domain.assessment.Assessment.GateResult;
import dev.trainingadvisor.domain.assessment.Assessment.NextStep;
import dev.trainingadvisor.domain.assessment.Assessment.PathStep;
import dev.trainingadvisor.domain.assessment.Assessment.SectionRef;
import dev.trainingadvisor.domain.assessment.Assessment.Warning;
import dev.trainingadvisor.domain.catalogue.MethodId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words a {@link Decision} in one language: every text an {@link Assessment} carries comes from here, after the
 * decision is made, from the decision's codes and values alone.
 */
public final class Wording {
    private Wording() {
    }

    public static Assessment render(Decision decision, Language language) {
        Texts texts = Texts.in(language);
        Profile profile = decision.profile();
        DecisionTree.Walk walk = decision.walk();
        Map<String, String> args = arguments(decision, texts);

        List<ChecklistResult> checklists = new ArrayList<>(decision.checklists().size());
        for (Decision.ChecklistCheck checklist : decision.checklists()) {
            checklists.add(new ChecklistResult(checklist.spec().method(), checklist.fullyMet(),
                    criteria(checklist.criteria(), texts), section(checklist.spec().source(), texts),
                    checklist.spec().variant()));
        }
        Decision.GateCheck gate = decision.gate();
        String summaryKey = walk.outcome().id().summaryKey() + (walk.endedUnknown() ? ".unknown" : "");
        return new Assessment(
                decision.rules().version(),
                language,
                profile.projectName(),
                walk.approach(),
                walk.outcome().id(),
                decision.recommendedMethods(),
                decision.escalationOptions(),
                texts.format(summaryKey, args),
                path(walk, texts, args),
                new GateResult(gate.passed(), gate.reached(), criteria(gate.questions(), texts),
                        section(GuideSection.GOLDEN_RULE, texts)),
                checklists,
                criteria(decision.hireSignals(), texts),
                decision.hireSignals().stream().anyMatch(check -> check.status() == Status.MET),
                nextSteps(decision, texts),
                counterfactuals(decision, texts),
                warnings(decision, texts, args),
                decision.rules().id(),
                walk.step(),
                decision.toFindOut().stream().map(unknown -> new FindOut(unknown.field(),
                        texts.get("findOut." + unknown.field().fieldName()), unknown.stoppedAt(), unknown.criteria(),
                        unknown.leadsTo()))
                        .toList());
    }

    private static Map<String, String> arguments(Decision decision, Texts texts) {
        Profile profile = decision.profile();
        String unknown = texts.get("value.unknown");
        Map<String, String> args = new HashMap<>(24);
        args.put("labeledExamples", profile.labeledExamples().map(Formats::count).orElse(unknown));
        args.put("trainingBudgetUsd", profile.trainingBudgetUsd().map(Formats::usd).orElse(unknown));
        args.put("examplesThreshold", Formats.count(Ruleset.TRAINING_EXAMPLES));
        args.put("behaviourExamplesThreshold", Formats.count(Ruleset.BEHAVIOUR_EXAMPLES));
        args.put("budgetThreshold", Formats.usd(Ruleset.GATE_BUDGET_USD));
        args.put("mlExpertise", profile.mlExpertise().map(e -> texts.get(ValueTexts.codeKey(e))).orElse(unknown));
        args.put("methods", join(decision.recommendedMethods().stream().map(Enum::name).toList(), texts));
        for (Decision.ChecklistCheck checklist : decision.checklists()) {
            if (checklist.spec().method() == MethodId.SFT) {
                args.put("sftOpen", Integer.toString(open(checklist.criteria())));
            } else if (checklist.spec().method() == MethodId.PEFT) {
                args.put("peftOpen", Integer.toString(open(checklist.criteria())));
            }
        }
        return args;
    }

    /** How many of the criteria are not MET (NOT_MET or UNKNOWN). */
    private static int open(List<Decision.Check> checks) {
        int open = 0;
        for (Decision.Check check : checks) {
            if (check.status() != Status.MET) {
                open++;
            }
        }
        return open;
    }

    private static List<PathStep> path(DecisionTree.Walk walk, Texts texts, Map<String, String> args) {
        List<PathStep> steps = new ArrayList<>(walk.steps().size());
        for (DecisionTree.Step step : walk.steps()) {
            DecisionTree.Question question = step.question();
            DecisionTree.Edge edge = step.edge();
            steps.add(new PathStep(question.id(), texts.get(question.id().textKey()), question.reads(), edge.answer(),
                    texts.format(edge.textKey(), args), edge.to(), section(edge.source(), texts), edge.step()));
        }
        return steps;
    }

    private static List<CriterionResult> criteria(List<Decision.Check> checks, Texts texts) {
        List<CriterionResult> results = new ArrayList<>(checks.size());
        for (Decision.Check check : checks) {
            results.add(new CriterionResult(check.code(), check.status(), texts.get(check.textKey())));
        }
        return results;
    }

    private static List<NextStep> nextSteps(Decision decision, Texts texts) {
        Profile profile = decision.profile();
        List<NextStep> steps = new ArrayList<>(decision.nextSteps().size());
        for (Decision.NextStepCheck step : decision.nextSteps()) {
            NextStepId id = step.id();
            String text = switch (id) {
                case EXHAUST_RAG_OPTIMIZATIONS, ADVANCED_PROMPTING -> step.done() ? texts.get(id.doneKey())
                        : texts.format(id.openKey(), "missing",
                                join(step.missing().stream().map(c -> texts.get(ValueTexts.codeKey(c))).toList(), texts));
                case TEST_MULTIPLE_PROVIDERS -> step.done() ? texts.get(id.doneKey())
                        : profile.providersTested()
                                .map(n -> texts.format(id.openKey() + "Count", "tested", Formats.count(n),
                                        "required", Formats.count(Ruleset.PROVIDERS_TO_TEST)))
                                .orElseGet(() -> texts.format(id.openKey(),
                                        "required", Formats.count(Ruleset.PROVIDERS_TO_TEST)));
                case COMPUTE_ROI -> profile.amount(ProfileField.MONTHLY_API_SPEND_USD)
                        .map(spend -> texts.format(id.openKey() + "Spend", "spend", Formats.usd(spend)))
                        .orElseGet(() -> texts.get(id.openKey()));
            };
            steps.add(new NextStep(id, step.done(), step.missing().stream().map(Enum::name).toList(), text));
        }
        return steps;
    }

    private static List<Counterfactual> counterfactuals(Decision decision, Texts texts) {
        List<Counterfactual> result = new ArrayList<>(decision.counterfactuals().size());
        for (Counterfactuals.Found each : decision.counterfactuals()) {
            List<String> clauses = new ArrayList<>(each.changes().size());
            for (Assessment.Change change : each.changes()) {
                clauses.add(ValueTexts.change(change, texts));
            }
            Approach approach = each.walk().approach();
            String description = texts.format("counterfactual.description",
                    "approach", texts.get(approach.textKey()), "changes", join(clauses, texts, "clauses"));
            result.add(new Counterfactual(each.changes(), approach, each.walk().outcome().id(), description,
                    each.onlyUnstated()));
        }
        return result;
    }

    private static List<Warning> warnings(Decision decision, Texts texts, Map<String, String> args) {
        List<Warning> warnings = new ArrayList<>(decision.warnings().size());
        for (Decision.Finding finding : decision.warnings()) {
            Map<String, String> values = args;
            if (finding.literalApproach().isPresent() || finding.step().isPresent()) {
                values = new HashMap<>(args);
                Map<String, String> extended = values;
                finding.literalApproach().ifPresent(a -> extended.put("literalApproach", texts.get(a.textKey())));
                finding.step().ifPresent(step -> extended.put("step", step));
            }
            List<SectionRef> sources = finding.id().sources().stream().map(s -> section(s, texts)).toList();
            warnings.add(new Warning(finding.id(), texts.format(finding.textKey(), values), sources,
                    finding.literalApproach(), finding.step()));
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
