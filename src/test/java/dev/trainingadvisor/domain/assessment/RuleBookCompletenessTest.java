package dev.trainingadvisor.domain.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every rule book is complete, checked in the build (issue 20): every question's branches cover every value of the
 * fields it reads, unknown included, on every way there; no branch is hidden by an earlier one; a gate variant applies
 * to every profile. The check's own failure is held against a deliberately broken rule book ({@link BrokenRuleBook}).
 */
class RuleBookCompletenessTest {

    @Test
    void rulesetOneIsComplete() {
        assertComplete(Rulesets.ONE);
    }

    @Test
    void rulesetTwoIsComplete() {
        assertComplete(Rulesets.TWO);
    }

    @Test
    void aBrokenRuleBookFailsNamingEachQuestionAndTheValuesItMisses() {
        RuleBook broken = BrokenRuleBook.define();
        AssertionError failure = assertThrows(AssertionError.class, () -> assertComplete(broken));
        assertEquals("""
                ruleset 2: no gate variant applies for desiredChange=NONE; desiredChange=STYLE_TONE_FORMAT; \
                desiredChange=TASK_SKILL
                ruleset 2, question Q2_DESIRED_CHANGE: no branch holds for desiredChange=TASK_SKILL
                ruleset 2, question Q3_LABELED_EXAMPLES: no branch holds for labeledExamples=unknown
                ruleset 2, question Q3_LABELED_EXAMPLES: branches NO and FEWER_THAN_1000 both hold (first match hides \
                FEWER_THAN_1000) for labeledExamples=0; labeledExamples=999
                ruleset 2, question Q3_LABELED_EXAMPLES: branch FEWER_THAN_1000 is never taken (an earlier branch \
                always holds first)
                ruleset 2, question GATE_BUDGET: no branch holds for trainingBudgetUsd=10000; \
                trainingBudgetUsd=10000.01; trainingBudgetUsd=unknown
                ruleset 2, question GATE_BUDGET: branches NO and VERY_LOW both hold (first match hides VERY_LOW) for \
                trainingBudgetUsd=0; trainingBudgetUsd=4999.99
                ruleset 2, question GATE_BUDGET: branch VERY_LOW is never taken (an earlier branch always holds first)
                the rule book has gaps: a walk would throw "no branch holds" or never take a branch""",
                failure.getMessage());
    }

    @Test
    void theBrokenRuleBookReallyThrowsAtRunTimeWhereTheCheckSaysItWould() {
        Profile task = Profile.builder().usesPrivateData(false).desiredChange(DesiredChange.TASK_SKILL).build();
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> BrokenRuleBook.define().walk(task));
        assertEquals(true, thrown.getMessage().startsWith("no branch of Q2_DESIRED_CHANGE holds"));
    }

    @Test
    void overlappingBranchesToDifferentPlacesAndUndeclaredReadsAreFound() {
        DecisionTree tree = new DecisionTree("overlap", DecisionTree.NodeId.Q1_PRIVATE_DATA, List.of(
                RulesetDsl.question(DecisionTree.NodeId.Q1_PRIVATE_DATA, dev.trainingadvisor.domain.GuideSection.DECISION_TREE,
                        RulesetDsl.reads(ProfileField.USES_PRIVATE_DATA),
                        RulesetDsl.edge(DecisionTree.NodeId.Q1_PRIVATE_DATA, "YES",
                                Conditions.is(ProfileField.USES_PRIVATE_DATA, true), DecisionTree.NodeId.RAG_PRIVATE_DATA,
                                dev.trainingadvisor.domain.GuideSection.DECISION_TREE, "§9.1"),
                        RulesetDsl.edge(DecisionTree.NodeId.Q1_PRIVATE_DATA, "STYLE",
                                Conditions.is(ProfileField.DESIRED_CHANGE, DesiredChange.STYLE_TONE_FORMAT),
                                DecisionTree.NodeId.PROMPT_STYLE, dev.trainingadvisor.domain.GuideSection.DECISION_TREE,
                                "§9.1"),
                        RulesetDsl.edge(DecisionTree.NodeId.Q1_PRIVATE_DATA, "NO", Conditions.otherwise(),
                                DecisionTree.NodeId.PROMPT_NO_CHANGE, dev.trainingadvisor.domain.GuideSection.DECISION_TREE,
                                "§9.1")),
                RulesetDsl.outcome(DecisionTree.NodeId.RAG_PRIVATE_DATA, Approach.RAG,
                        dev.trainingadvisor.domain.GuideSection.DECISION_TREE),
                RulesetDsl.outcome(DecisionTree.NodeId.PROMPT_STYLE, Approach.PROMPT_ENGINEERING,
                        dev.trainingadvisor.domain.GuideSection.DECISION_TREE),
                RulesetDsl.outcome(DecisionTree.NodeId.PROMPT_NO_CHANGE, Approach.PROMPT_ENGINEERING,
                        dev.trainingadvisor.domain.GuideSection.DECISION_TREE)));
        RuleBook book = new RuleBook(RulesetId.ONE, "overlap", tree, java.util.Set.of(), List.of(),
                List.of(new GateSpec(Criterion.GATE, List.of(), Conditions.otherwise())), List.of(), List.of(),
                java.util.Optional.empty(), List.of());
        assertEquals(List.of(
                        "ruleset 1, question Q1_PRIVATE_DATA: branch STYLE reads desiredChange, which the question does "
                                + "not declare",
                        "ruleset 1, question Q1_PRIVATE_DATA: branches YES and STYLE both hold (first match hides STYLE) "
                                + "for usesPrivateData=true"),
                RuleBookCheck.check(book).stream().map(RuleBookCheck.Finding::describe).toList());
    }

    private static void assertComplete(RuleBook book) {
        List<RuleBookCheck.Finding> findings = RuleBookCheck.check(book);
        if (!findings.isEmpty()) {
            throw new AssertionError(RuleBookCheck.report(book, findings)
                    + "\nthe rule book has gaps: a walk would throw \"no branch holds\" or never take a branch");
        }
    }
}
