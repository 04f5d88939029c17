package dev.trainingadvisor.domain.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.assessment.Assessment.Change;
import dev.trainingadvisor.domain.assessment.Assessment.ChecklistResult;
import dev.trainingadvisor.domain.assessment.Assessment.Counterfactual;
import dev.trainingadvisor.domain.assessment.Assessment.CriterionResult;
import dev.trainingadvisor.domain.catalogue.MethodId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AssessmentPropertiesTest {
    private final Advisor advisor = new Advisor();

    @Provide
    Arbitrary<Profile> profiles() {
        return GeneratedProfiles.profiles();
    }

    @Property(tries = 1000)
    void sameProfileAlwaysGivesTheSameAssessment(@ForAll("profiles") Profile profile) {
        for (Language language : Language.values()) {
            assertEquals(advisor.assess(profile, language), advisor.assess(profile, language));
        }
    }

    @Property(tries = 500)
    void languageChangesTheWordsButNeverTheCodes(@ForAll("profiles") Profile profile) {
        Assessment en = advisor.assess(profile, Language.EN);
        Assessment zh = advisor.assess(profile, Language.ZH);
        assertEquals(en.approach(), zh.approach());
        assertEquals(en.reasonCode(), zh.reasonCode());
        assertEquals(en.recommendedMethods(), zh.recommendedMethods());
        assertEquals(codes(en), codes(zh));
        assertEquals(en.counterfactuals().stream().map(Counterfactual::changes).toList(),
                zh.counterfactuals().stream().map(Counterfactual::changes).toList());
        assertNotEquals(en.summary(), zh.summary());
    }

    @Property(tries = 1000)
    void everyCounterfactualYieldsExactlyTheApproachItClaims(@ForAll("profiles") Profile profile) {
        for (Counterfactual counterfactual : advisor.assess(profile, Language.EN).counterfactuals()) {
            Assessment changed = advisor.assess(profile.with(counterfactual.changes()), Language.EN);
            assertEquals(counterfactual.approach(), changed.approach(), counterfactual.toString());
            assertEquals(counterfactual.reasonCode(), changed.reasonCode(), counterfactual.toString());
        }
    }

    /**
     * Every other approach is listed, once of each kind: the unstated-only counterfactuals first, then the smallest
     * change overall where it differs (issue 20).
     */
    @Property(tries = 1000)
    void counterfactualsListEveryOtherApproachOnceOfEachKind(@ForAll("profiles") Profile profile) {
        Assessment assessment = advisor.assess(profile, Language.EN);
        Set<Approach> expected = EnumSet.allOf(Approach.class);
        expected.remove(assessment.approach());
        List<Approach> listed = assessment.counterfactuals().stream().map(Counterfactual::approach).toList();
        assertEquals(expected, listed.isEmpty() ? EnumSet.noneOf(Approach.class) : EnumSet.copyOf(listed));
        CounterfactualKinds.assertOnceOfEachKind(profile, assessment);
    }

    @Property(tries = 1000)
    void counterfactualsOnlyChangeWhatIsDifferent(@ForAll("profiles") Profile profile) {
        for (Counterfactual counterfactual : advisor.assess(profile, Language.EN).counterfactuals()) {
            assertFalse(counterfactual.changes().isEmpty());
            for (Change change : counterfactual.changes()) {
                assertNotEquals(profile.get(change.field()).orElse(null), change.value(), change.toString());
            }
            assertEquals(counterfactual.changes().size(),
                    counterfactual.changes().stream().map(Change::field).distinct().count(), "one change per field");
        }
    }

    /**
     * No set of fewer changes, drawn from the threshold values and answers the rules know, reaches the same approach.
     * Checked exhaustively for counterfactuals of up to three changes.
     */
    @Property(tries = 300)
    void counterfactualsAreTheSmallestChanges(@ForAll("profiles") Profile profile) {
        for (Counterfactual counterfactual : advisor.assess(profile, Language.EN).counterfactuals()) {
            int size = counterfactual.changes().size();
            if (size > 3) {
                continue;
            }
            List<Change> candidates = candidateChanges(profile);
            for (int smaller = 1; smaller < size; smaller++) {
                for (List<Change> subset : subsets(candidates, smaller)) {
                    Approach reached = advisor.tree().walk(profile.with(subset)).approach();
                    assertNotEquals(counterfactual.approach(), reached,
                            "smaller change " + subset + " than " + counterfactual.changes());
                }
            }
        }
    }

    @Property(tries = 2000)
    void trainingNeverAppearsUnlessTheGatePassedAndAChecklistIsFullyMet(@ForAll("profiles") Profile profile) {
        Assessment assessment = advisor.assess(profile, Language.EN);
        boolean sftOrPeft = assessment.checklists().stream()
                .anyMatch(c -> c.fullyMet() && (c.method() == MethodId.SFT || c.method() == MethodId.PEFT));
        if (assessment.approach() == Approach.TRAINING) {
            assertTrue(assessment.gate().passed());
            assertTrue(sftOrPeft);
            assertFalse(assessment.recommendedMethods().isEmpty());
        } else {
            assertTrue(assessment.recommendedMethods().isEmpty());
        }
    }

    @Property(tries = 1000)
    void absentAnswersAreUnknownAndNeverMet(@ForAll("profiles") Profile profile) {
        Assessment assessment = advisor.assess(profile, Language.EN);
        for (Checklist checklist : Checklist.values()) {
            ChecklistResult result = assessment.checklists().get(checklist.ordinal());
            for (int i = 0; i < checklist.criteria().size(); i++) {
                Criterion criterion = checklist.criteria().get(i);
                boolean absent = profile.get(criterion.condition().field()).isEmpty();
                assertEquals(absent, result.criteria().get(i).status() == Status.UNKNOWN, criterion.name());
            }
            boolean allMet = result.criteria().stream().allMatch(c -> c.status() == Status.MET);
            assertEquals(allMet, result.fullyMet());
        }
        for (CriterionResult signal : assessment.hireSignals()) {
            boolean absent = profile.get(HireSignal.valueOf(signal.code()).condition().field()).isEmpty();
            assertEquals(absent, signal.status() == Status.UNKNOWN, signal.code());
        }
        assertEquals(assessment.hireSignals().stream().anyMatch(s -> s.status() == Status.MET),
                assessment.mlExpertAdvised());
    }

    private static List<Object> codes(Assessment assessment) {
        List<Object> codes = new ArrayList<>();
        assessment.checklists().forEach(c -> c.criteria().forEach(r -> codes.add(r.code() + r.status())));
        assessment.hireSignals().forEach(r -> codes.add(r.code() + r.status()));
        assessment.gate().questions().forEach(r -> codes.add(r.code() + r.status()));
        assessment.nextSteps().forEach(s -> codes.add(s.id() + ":" + s.done() + s.missing()));
        assessment.warnings().forEach(w -> codes.add(w.code()));
        assessment.decisionPath().forEach(s -> codes.add(s.node() + s.answer()));
        return codes;
    }

    /** Every value a rule can turn on, for every field the decision reads, that differs from the profile's. */
    private List<Change> candidateChanges(Profile profile) {
        List<Change> candidates = new ArrayList<>();
        for (ProfileField field : advisor.tree().decisionFields()) {
            Set<FieldValue> values = new java.util.LinkedHashSet<>();
            for (DecisionTree.Edge edge : advisor.tree().edges()) {
                for (Condition.FieldCondition part : edge.when().parts()) {
                    if (part.field() == field) {
                        values.add(part.fix());
                    }
                }
            }
            if (field.kind() == ProfileField.Kind.FLAG) {
                values.add(new FieldValue.Flag(true));
                values.add(new FieldValue.Flag(false));
            }
            field.codes().forEach(code -> values.add(new FieldValue.Choice(code)));
            for (FieldValue value : values) {
                if (!profile.get(field).map(value::equals).orElse(false)) {
                    candidates.add(new Change(field, value));
                }
            }
        }
        return candidates;
    }

    private static List<List<Change>> subsets(List<Change> candidates, int size) {
        List<List<Change>> out = new ArrayList<>();
        collect(candidates, size, 0, new ArrayList<>(), out);
        return out;
    }

    private static void collect(List<Change> candidates, int size, int from, List<Change> current,
                                List<List<Change>> out) {
        if (current.size() == size) {
            out.add(List.copyOf(current));
            return;
        }
        for (int i = from; i < candidates.size(); i++) {
            Change next = candidates.get(i);
            Function<Change, Boolean> sameField = c -> c.field() == next.field();
            if (current.stream().anyMatch(sameField::apply)) {
                continue;
            }
            current.add(next);
            collect(candidates, size, i + 1, current, out);
            current.remove(current.size() - 1);
        }
    }
}
