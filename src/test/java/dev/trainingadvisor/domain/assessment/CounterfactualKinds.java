package dev.trainingadvisor.domain.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trainingadvisor.domain.assessment.Assessment.Change;
import dev.trainingadvisor.domain.assessment.Assessment.Counterfactual;
import java.util.LinkedHashSet;
import java.util.List;

/** The order and kinds of an assessment's counterfactuals (issue 20), checked the same way under both rulesets. */
final class CounterfactualKinds {
    private CounterfactualKinds() {
    }

    /**
     * The unstated-only counterfactuals come first; each approach other than the answer appears at most once of each
     * kind; a counterfactual is marked unstated-only exactly when every change sets a field the profile leaves out; and
     * an approach listed twice has two different changes.
     */
    static void assertOnceOfEachKind(Profile profile, Assessment assessment) {
        List<Counterfactual> all = assessment.counterfactuals();
        List<Counterfactual> findOut = all.stream().filter(Counterfactual::onlyUnstated).toList();
        List<Counterfactual> overall = all.stream().filter(c -> !c.onlyUnstated()).toList();
        assertEquals(all.subList(0, findOut.size()), findOut, "the unstated-only counterfactuals come first");
        for (List<Counterfactual> kind : List.of(findOut, overall)) {
            List<Approach> approaches = kind.stream().map(Counterfactual::approach).toList();
            assertEquals(approaches.size(), new LinkedHashSet<>(approaches).size(), approaches.toString());
            assertFalse(approaches.contains(assessment.approach()), approaches.toString());
        }
        for (Counterfactual counterfactual : all) {
            boolean unstated = counterfactual.changes().stream().allMatch(c -> profile.get(c.field()).isEmpty());
            assertEquals(unstated, counterfactual.onlyUnstated(), counterfactual.toString());
        }
        for (Counterfactual any : overall) {
            for (Counterfactual unstated : findOut) {
                if (unstated.approach() == any.approach()) {
                    assertNotEquals(unstated.changes(), any.changes(), "listed twice only when different");
                }
            }
        }
    }

    /**
     * Each toFindOut field links to exactly the approaches of the unstated-only counterfactuals that set it, and every
     * field such a counterfactual sets is in toFindOut.
     */
    static void assertToFindOutLinksTheUnstatedCounterfactuals(Assessment assessment) {
        for (Counterfactual counterfactual : assessment.counterfactuals()) {
            if (!counterfactual.onlyUnstated()) {
                continue;
            }
            for (Change change : counterfactual.changes()) {
                Assessment.FindOut item = assessment.toFindOut().stream().filter(f -> f.field() == change.field())
                        .findFirst().orElseThrow(() -> new AssertionError(change.field() + " not in toFindOut"));
                assertTrue(item.leadsTo().contains(counterfactual.approach()), item.toString());
            }
        }
        for (Assessment.FindOut item : assessment.toFindOut()) {
            List<Approach> expected = assessment.counterfactuals().stream().filter(Counterfactual::onlyUnstated)
                    .filter(c -> c.changes().stream().anyMatch(change -> change.field() == item.field()))
                    .map(Counterfactual::approach).toList();
            assertEquals(expected, item.leadsTo(), item.field().name());
        }
    }
}
