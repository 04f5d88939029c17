package dev.trainingadvisor.domain.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.assessment.Assessment.Change;
import dev.trainingadvisor.domain.assessment.Assessment.Counterfactual;
import dev.trainingadvisor.domain.catalogue.MethodId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Ruleset 2's guarantees over arbitrary profiles, unknowns and the new fields included. */
class RulesetTwoPropertiesTest {
    private final Advisor advisor = new Advisor(Rulesets.TWO);

    @Provide
    Arbitrary<Profile> profiles() {
        return rulesetTwoProfiles();
    }

    /** Arbitrary ruleset 2 profiles: unknowns, the new fields and every desired change included. */
    static Arbitrary<Profile> rulesetTwoProfiles() {
        Arbitrary<Optional<PrivateDataRole>> roles = maybe(Arbitraries.of(PrivateDataRole.class));
        Arbitrary<Optional<PromptingOutcome>> outcomes = maybe(Arbitraries.of(PromptingOutcome.class));
        Arbitrary<Optional<Set<PromptTechnique>>> techniques = maybe(Arbitraries.subsetOf(PromptTechnique.values()));
        Arbitrary<Optional<Long>> examples = maybe(Arbitraries.of(0L, 999L, 1_000L, 9_999L, 10_000L, 50_000L));
        Arbitrary<Optional<MlExpertise>> expertise = maybe(Arbitraries.of(MlExpertise.class));
        Arbitrary<Optional<BigDecimal>> budget = maybe(Arbitraries.of("0", "4999.99", "5000", "9999.99", "10000",
                "50000").map(BigDecimal::new));
        return Combinators.combine(GeneratedProfiles.profiles(), roles, outcomes, techniques,
                        Arbitraries.of(DesiredChange.class), examples, expertise, budget)
                .as((base, role, outcome, technique, change, count, team, money) -> {
                    Profile.Builder builder = Profile.builder();
                    base.values().forEach(builder::set);
                    builder.desiredChange(change);
                    count.ifPresentOrElse(builder::labeledExamples, () -> builder.unset(ProfileField.LABELED_EXAMPLES));
                    team.ifPresentOrElse(builder::mlExpertise, () -> builder.unset(ProfileField.ML_EXPERTISE));
                    money.ifPresentOrElse(builder::trainingBudgetUsd,
                            () -> builder.unset(ProfileField.TRAINING_BUDGET_USD));
                    if (base.usesPrivateData()) {
                        role.ifPresent(r -> builder.choice(ProfileField.PRIVATE_DATA_ROLE, r));
                    }
                    outcome.ifPresent(o -> builder.choice(ProfileField.PROMPTING_OUTCOME, o));
                    technique.ifPresent(builder::promptTechniques);
                    return builder.build();
                });
    }

    @Property(tries = 1000)
    void everyCounterfactualYieldsExactlyTheApproachItClaims(@ForAll("profiles") Profile profile) {
        for (Counterfactual counterfactual : advisor.assess(profile, Language.EN).counterfactuals()) {
            Profile changed = profile.with(counterfactual.changes());
            assertTrue(changed.consistent(), "a counterfactual never proposes a contradiction: " + counterfactual);
            Assessment again = advisor.assess(changed, Language.EN);
            assertEquals(counterfactual.approach(), again.approach(), counterfactual.toString());
            assertEquals(counterfactual.reasonCode(), again.reasonCode(), counterfactual.toString());
        }
    }

    @Property(tries = 1000)
    void counterfactualsListEachOtherApproachOnceOfEachKindAndOnlyChangeWhatIsDifferent(
            @ForAll("profiles") Profile profile) {
        Assessment assessment = advisor.assess(profile, Language.EN);
        CounterfactualKinds.assertOnceOfEachKind(profile, assessment);
        for (Counterfactual counterfactual : assessment.counterfactuals()) {
            assertFalse(counterfactual.changes().isEmpty());
            for (Change change : counterfactual.changes()) {
                assertNotEquals(profile.get(change.field()).orElse(null), change.value(), change.toString());
            }
        }
    }

    /** Whatever the request, every approach stays reachable: the answer always says how to get anywhere else. */
    @Property(tries = 500)
    void everyOtherApproachIsReachable(@ForAll("profiles") Profile profile) {
        Assessment assessment = advisor.assess(profile, Language.EN);
        Set<Approach> expected = EnumSet.allOf(Approach.class);
        expected.remove(assessment.approach());
        Set<Approach> listed = EnumSet.noneOf(Approach.class);
        assessment.counterfactuals().forEach(c -> listed.add(c.approach()));
        assertEquals(expected, listed);
    }

    @Property(tries = 2000)
    void trainingNeverAppearsUnlessThePathsChecklistIsFullyMet(@ForAll("profiles") Profile profile) {
        Assessment assessment = advisor.assess(profile, Language.EN);
        if (assessment.approach() != Approach.TRAINING) {
            assertEquals(List.of(), assessment.recommendedMethods());
            return;
        }
        assertTrue(assessment.gate().passed(), "the gate passed");
        Assessment.ChecklistResult sft = assessment.checklists().get(0);
        Assessment.ChecklistResult peft = assessment.checklists().get(2);
        if (assessment.reasonCode() == DecisionTree.NodeId.BEHAVIOUR_TRAINING) {
            assertEquals(Optional.of("BEHAVIOUR"), sft.variant());
            assertTrue(sft.fullyMet(), "the behaviour SFT checklist is fully met");
        } else {
            assertEquals(Optional.of("KNOWLEDGE"), sft.variant());
            assertTrue(sft.fullyMet() || peft.fullyMet(), "the knowledge SFT or the PEFT checklist is fully met");
        }
        for (MethodId method : assessment.recommendedMethods()) {
            assertTrue(assessment.checklists().stream().anyMatch(c -> c.method() == method && c.fullyMet()));
        }
        assertFalse(assessment.recommendedMethods().contains(MethodId.RLHF), "RLHF is never the approach");
    }

    /** An unknown answer never passes a gate or threshold: without all three, neither hiring nor training. */
    @Property(tries = 1000)
    void unknownNeverPassesAGate(@ForAll("profiles") Profile profile) {
        boolean anyUnknown = profile.get(ProfileField.LABELED_EXAMPLES).isEmpty()
                || profile.get(ProfileField.ML_EXPERTISE).isEmpty()
                || profile.get(ProfileField.TRAINING_BUDGET_USD).isEmpty();
        Approach approach = advisor.assess(profile, Language.EN).approach();
        if (anyUnknown) {
            assertTrue(approach == Approach.RAG || approach == Approach.PROMPT_ENGINEERING, approach.name());
        }
    }

    /** A criterion MET with some answers absent stays MET whatever those answers turn out to be. */
    @Property(tries = 500)
    void unknownNeverCountsAsMet(@ForAll("profiles") Profile profile) {
        Assessment assessment = advisor.assess(profile, Language.EN);
        List<Requirement> requirements = new ArrayList<>();
        for (ChecklistSpec spec : Rulesets.TWO.checklistsFor(profile)) {
            requirements.addAll(spec.criteria());
        }
        requirements.addAll(Rulesets.TWO.gateFor(profile).questions());
        List<Assessment.CriterionResult> results = new ArrayList<>();
        assessment.checklists().forEach(c -> results.addAll(c.criteria()));
        results.addAll(assessment.gate().questions());
        for (int i = 0; i < requirements.size(); i++) {
            Requirement requirement = requirements.get(i);
            assertEquals(requirement.code(), results.get(i).code());
            if (results.get(i).status() != Status.MET) {
                continue;
            }
            for (Condition.FieldCondition part : requirement.condition().parts()) {
                if (profile.get(part.field()).isPresent()) {
                    continue;
                }
                for (FieldValue value : candidates(part.field())) {
                    Profile filled = profile.with(List.of(new Change(part.field(), value)));
                    assertEquals(Status.MET, requirement.condition().evaluate(filled),
                            requirement.code() + " with " + part.field() + " = " + value.code());
                }
            }
        }
    }

    @Property(tries = 300)
    void toFindOutListsOnlyAbsentFields(@ForAll("profiles") Profile profile) {
        for (Assessment.FindOut unknown : advisor.assess(profile, Language.ZH).toFindOut()) {
            assertTrue(profile.get(unknown.field()).isEmpty(), unknown.field().name());
            assertTrue(unknown.stoppedAt().isPresent() || !unknown.criteria().isEmpty() || !unknown.leadsTo().isEmpty());
        }
    }

    private static List<FieldValue> candidates(ProfileField field) {
        List<FieldValue> values = new ArrayList<>();
        switch (field.kind()) {
            case FLAG -> {
                values.add(new FieldValue.Flag(true));
                values.add(new FieldValue.Flag(false));
            }
            case CHOICE -> field.codes().forEach(code -> values.add(new FieldValue.Choice(code)));
            case COUNT -> List.of(0L, 999L, 1_000L, 9_999L, 10_000L).forEach(n -> values.add(new FieldValue.Count(n)));
            case AMOUNT -> List.of("0", "89.99", "90", "9999.99", "10000").forEach(
                    n -> values.add(new FieldValue.Amount(new BigDecimal(n))));
            case CHOICES -> {
                values.add(new FieldValue.Choices(Set.of()));
                values.add(new FieldValue.Choices(Set.copyOf(field.codes())));
                values.add(new FieldValue.Choices(Set.of(field.codes().get(0))));
            }
            case TEXT -> values.add(new FieldValue.Text("x"));
        }
        return values;
    }

    private static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> values) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Optional.<T>empty())),
                net.jqwik.api.Tuple.of(3, values.map(Optional::of)));
    }
}
