package dev.trainingadvisor.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trainingadvisor.domain.assessment.DecisionTree;
import dev.trainingadvisor.domain.assessment.RuleTrace;
import dev.trainingadvisor.domain.assessment.Rulesets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule coverage report and its check, on hits made up for the purpose: the check fails naming what nothing reached. */
class RuleCoverageTest {

    @Test
    void aBranchReachedByNothingFailsTheCheckByName() {
        Map<String, Long> tests = new LinkedHashMap<>();
        for (DecisionTree.Edge edge : Rulesets.ONE.tree().edges()) {
            tests.put(RuleTrace.edgeId(Rulesets.ONE.id(), edge), 1L);
        }
        tests.remove("1 METHOD_CHECKLISTS PEFT_MET");
        RuleCoverage coverage = new RuleCoverage(List.of(Rulesets.ONE), tests, Map.of("1 Q1_PRIVATE_DATA YES", 2L));
        AssertionError failure = assertThrows(AssertionError.class, () -> RuleCoverageIT.assertEveryBranchReached(coverage));
        assertEquals("1 branch reached neither by the tests nor by the case book: [1 METHOD_CHECKLISTS PEFT_MET]; "
                + "see target/rule-coverage/rule-coverage.md", failure.getMessage());
        assertTrue(coverage.markdown().contains("| METHOD_CHECKLISTS | PEFT_MET | §3.7 | TRAINING | 0 | 0 **not reached** |"),
                coverage.markdown());
        assertTrue(coverage.summary().startsWith("ruleset 1: 16 branches; reached by the tests 15, by the case book 1, "
                + "by either 15"), coverage.summary());
    }

    @Test
    void theCaseBookIsWalkedUnderEachRuleset() throws Exception {
        Map<String, Long> hits = RuleCoverage.caseBook(RuleCoverageIT.cases());
        assertTrue(hits.getOrDefault("1 Q1_PRIVATE_DATA YES", 0L) > 0, hits.toString());
        assertTrue(hits.getOrDefault("2 Q1_PRIVATE_DATA YES", 0L) > 0, hits.toString());
    }
}
