package dev.trainingadvisor.domain.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.assessment.Assessment.Change;
import dev.trainingadvisor.domain.assessment.Assessment.Counterfactual;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Counterfactuals that only find out what the request left unstated (issue 20), under both rulesets: they never touch a
 * stated field, re-assessing gives exactly the approach they claim, no smaller change of unstated fields reaches it,
 * and toFindOut links each unknown to the approaches finding it out can lead to.
 */
class UnstatedCounterfactualsPropertiesTest {
    private final Advisor one = new Advisor(Rulesets.ONE);
    private final Advisor two = new Advisor(Rulesets.TWO);

    @Provide
    Arbitrary<Profile> rulesetOne() {
        return GeneratedProfiles.profiles();
    }

    @Provide
    Arbitrary<Profile> rulesetTwo() {
        return RulesetTwoPropertiesTest.rulesetTwoProfiles();
    }

    @Property(tries = 500)
    void rulesetOne(@ForAll("rulesetOne") Profile profile) {
        holds(one, profile);
    }

    @Property(tries = 1000)
    void rulesetTwo(@ForAll("rulesetTwo") Profile profile) {
        holds(two, profile);
    }

    /** C10 of the case book: a task whose prompting was too costly, examples and budget not stated. */
    @Example
    void aTeamThatLeftExamplesAndBudgetOutIsShownTrainingByFindingThemOut() {
        Profile profile = Profile.builder().usesPrivateData(false).desiredChange(DesiredChange.TASK_SKILL)
                .choice(ProfileField.PROMPTING_OUTCOME, PromptingOutcome.TOO_COSTLY)
                .mlExpertise(MlExpertise.IN_HOUSE).build();
        Assessment assessment = two.assess(profile, Language.EN);
        assertEquals(Approach.PROMPT_ENGINEERING, assessment.approach());
        Counterfactual training = assessment.counterfactuals().stream()
                .filter(c -> c.onlyUnstated() && c.approach() == Approach.TRAINING).findFirst().orElseThrow();
        assertEquals(List.of(new Change(ProfileField.LABELED_EXAMPLES, new FieldValue.Count(1_000)),
                new Change(ProfileField.TRAINING_BUDGET_USD, new FieldValue.Amount(new java.math.BigDecimal("10000")))),
                training.changes());
        assertEquals(List.of(Approach.TRAINING), assessment.toFindOut().stream()
                .filter(f -> f.field() == ProfileField.LABELED_EXAMPLES).findFirst().orElseThrow().leadsTo());
        holds(two, profile);
    }

    /**
     * An approach whose smallest change overall touches only unstated fields is listed once, marked unstated-only:
     * ruleset 1, knowledge not in public data and RAG's speed unknown, checklists otherwise met.
     */
    @Example
    void anApproachWhoseSmallestChangeIsUnstatedOnlyIsListedOnce() {
        Profile profile = Profiles.pastTheGate().mlExpertise(MlExpertise.IN_HOUSE)
                .flag(ProfileField.KNOWLEDGE_IN_PUBLIC_DATA, false).build();
        Assessment assessment = one.assess(profile, Language.EN);
        List<Counterfactual> training = assessment.counterfactuals().stream()
                .filter(c -> c.approach() == Approach.TRAINING).toList();
        assertEquals(1, training.size(), training.toString());
        assertTrue(training.get(0).onlyUnstated());
        assertEquals(List.of(new Change(ProfileField.RAG_TOO_SLOW_OR_EXPENSIVE, new FieldValue.Flag(true))),
                training.get(0).changes());
        assertEquals(training.get(0), assessment.counterfactuals().get(0), "listed first");
        holds(one, profile);
    }

    private static void holds(Advisor advisor, Profile profile) {
        Assessment assessment = advisor.assess(profile, Language.EN);
        CounterfactualKinds.assertOnceOfEachKind(profile, assessment);
        CounterfactualKinds.assertToFindOutLinksTheUnstatedCounterfactuals(assessment);
        for (Counterfactual counterfactual : assessment.counterfactuals()) {
            if (!counterfactual.onlyUnstated()) {
                continue;
            }
            for (Change change : counterfactual.changes()) {
                assertTrue(profile.get(change.field()).isEmpty(), "touches stated " + change);
            }
            Profile changed = profile.with(counterfactual.changes());
            assertTrue(changed.consistent(), counterfactual.toString());
            Assessment again = advisor.assess(changed, Language.EN);
            assertEquals(counterfactual.approach(), again.approach(), counterfactual.toString());
            assertEquals(counterfactual.reasonCode(), again.reasonCode(), counterfactual.toString());
            assertNoSmallerUnstatedChange(advisor, profile, counterfactual);
        }
        // Where finding out alone can lead to an approach, the answer lists that way.
        for (Approach target : Approach.values()) {
            if (target == assessment.approach()) {
                continue;
            }
            Optional<List<Change>> reachable = advisor.reachableByFindingOut(profile, target);
            assertEquals(reachable, assessment.counterfactuals().stream()
                    .filter(c -> c.onlyUnstated() && c.approach() == target).findFirst().map(Counterfactual::changes));
        }
    }

    /** Exhaustively, for counterfactuals of up to three changes: no fewer changes of unstated fields reach the approach. */
    private static void assertNoSmallerUnstatedChange(Advisor advisor, Profile profile, Counterfactual counterfactual) {
        int size = counterfactual.changes().size();
        if (size > 3) {
            return;
        }
        List<Change> candidates = unstatedCandidates(advisor, profile);
        for (int smaller = 1; smaller < size; smaller++) {
            for (List<Change> subset : subsets(candidates, smaller)) {
                Profile changed = profile.with(subset);
                if (!changed.consistent()) {
                    continue;
                }
                assertNotEquals(counterfactual.approach(), advisor.tree().walk(changed).approach(),
                        "smaller unstated change " + subset + " than " + counterfactual.changes());
            }
        }
    }

    /** Every value a rule turns on, for every field the decision reads that the profile leaves out. */
    private static List<Change> unstatedCandidates(Advisor advisor, Profile profile) {
        List<Change> candidates = new ArrayList<>();
        for (ProfileField field : advisor.tree().decisionFields()) {
            if (profile.get(field).isPresent()) {
                continue;
            }
            Set<FieldValue> values = new LinkedHashSet<>();
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
            field.codes().forEach(code -> values.add(field.kind() == ProfileField.Kind.CHOICES
                    ? new FieldValue.Choices(Set.of(code)) : new FieldValue.Choice(code)));
            values.forEach(value -> candidates.add(new Change(field, value)));
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
            if (current.stream().anyMatch(c -> c.field() == next.field())) {
                continue;
            }
            current.add(next);
            collect(candidates, size, i + 1, current, out);
            current.remove(current.size() - 1);
        }
    }
}
