package dev.trainingadvisor.api;

import static dev.trainingadvisor.api.Bodies.profile;
import static dev.trainingadvisor.api.Bodies.with;
import static dev.trainingadvisor.api.Bodies.without;
import static dev.trainingadvisor.api.Contract.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Choosing the ruleset (ADVISOR-RULES §9): the parameter, the default, the fields ruleset 2 lets a request leave out,
 * the new fields' contradictions, the literal-tree warning, the published trees and GET /rulesets.
 */
@QuarkusTest
class RulesetTwoResourceTest {

    /** Behaviour path, everything met: TRAINING under ruleset 2, PROMPT_ENGINEERING (style branch) under ruleset 1. */
    static Map<String, Object> taskReady() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("usesPrivateData", false);
        body.put("desiredChange", "TASK_SKILL");
        body.put("labeledExamples", 1_000);
        body.put("mlExpertise", "IN_HOUSE");
        body.put("trainingBudgetUsd", 10_000);
        body.put("promptingOutcome", "TOO_COSTLY");
        return body;
    }

    @Test
    void withoutTheParameterTheDefaultRulesetTwoDecidesAndEveryAnswerNamesItsRuleset() {
        api().contentType("application/json").body(taskReady()).post("/assessments").then().statusCode(200)
                .body("ruleset", equalTo(2)).body("rulesetVersion", equalTo("2"))
                .body("approach", equalTo("TRAINING")).body("reasonCode", equalTo("BEHAVIOUR_TRAINING"))
                .body("step", equalTo("§9.3e")).body("recommendedMethods", equalTo(List.of("SFT")))
                .body("checklists[0].variant", equalTo("BEHAVIOUR"));
        api().queryParam("ruleset", "1").contentType("application/json").body(taskReady()).post("/assessments")
                .then().statusCode(200).body("ruleset", equalTo(1)).body("rulesetVersion", equalTo("1"))
                .body("approach", equalTo("PROMPT_ENGINEERING")).body("reasonCode", equalTo("PROMPT_STYLE"))
                .body("step", equalTo("§3.2")).body("decisionPath[1].answer", equalTo("STYLE_TONE_FORMAT"));
    }

    /**
     * Prompting fell short on quality, the techniques tried left out: finding them out is the way to training, a
     * change that sets a list of codes, which the contract (validated on every answer here) allows. ApiFuzzIT found a
     * contract without lists once the find-out counterfactuals proposed them. Listed after it, as large: changing the
     * stated outcome to "too costly".
     */
    @Test
    void aFindOutCounterfactualCanSetAListOfCodesAndLinksItsFieldInToFindOut() {
        Map<String, Object> body = with(taskReady(), "promptingOutcome", "INSUFFICIENT_QUALITY");
        api().contentType("application/json").body(body).post("/assessments").then().statusCode(200)
                .body("approach", equalTo("PROMPT_ENGINEERING")).body("reasonCode", equalTo("PROMPT_TRY_PROMPTING"))
                .body("counterfactuals[0].onlyUnstated", equalTo(true))
                .body("counterfactuals[0].approach", equalTo("TRAINING"))
                .body("counterfactuals[0].changes", equalTo(List.of(Map.of("field", "promptTechniques",
                        "value", List.of("CHAIN_OF_THOUGHT", "FEW_SHOT")))))
                .body("toFindOut.find { it.field == 'promptTechniques' }.leadsTo", equalTo(List.of("TRAINING")))
                .body("counterfactuals.find { !it.onlyUnstated && it.approach == 'TRAINING' }.changes",
                        equalTo(List.of(Map.of("field", "promptingOutcome", "value", "TOO_COSTLY"))));
    }

    @Test
    void anyOtherRulesetIs400AtTheParameter() {
        for (String value : List.of("3", "0", "01", "+1", " 2", "two", "", "1.0")) {
            api().queryParam("ruleset", value).contentType("application/json").body(profile()).post("/assessments")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/invalid-request"))
                    .body("errors[0].parameter", equalTo("ruleset"));
            api().queryParam("ruleset", value).get("/decision-tree").then().statusCode(400)
                    .body("errors[0].parameter", equalTo("ruleset"));
        }
        api().contentType("application/json").body(profile()).post("/assessments?ruleset=1&ruleset=2")
                .then().statusCode(400).body("errors[0].parameter", equalTo("ruleset"));
    }

    @Test
    void rulesetOneRequiresWhatRulesetTwoReadsAsUnknown() {
        Map<String, Object> body = without(without(without(profile(), "labeledExamples"), "mlExpertise"),
                "trainingBudgetUsd");
        api().queryParam("ruleset", "1").contentType("application/json").body(body).post("/assessments")
                .then().statusCode(400).body("type", equalTo("/problems/invalid-request"))
                .body("errors.pointer", equalTo(List.of("/labeledExamples", "/mlExpertise", "/trainingBudgetUsd")))
                .body("errors[0].detail", equalTo("is required with ruleset 1"));
        api().contentType("application/json").body(body).post("/assessments").then().statusCode(200)
                .body("approach", equalTo("RAG")).body("reasonCode", equalTo("RAG_FEW_EXAMPLES"))
                .body("step", equalTo("§9.4"))
                .body("decisionPath[2].answer", equalTo("UNKNOWN"))
                .body("toFindOut.find { it.field == 'labeledExamples' }.stoppedAt", equalTo("Q3_LABELED_EXAMPLES"))
                .body("toFindOut.field", hasItem("trainingBudgetUsd"))
                .body("warnings.code", not(hasItem("DEPARTS_FROM_LITERAL_TREE")));
    }

    @Test
    void privateDataRoleWithoutPrivateDataIs400AtTheFieldUnderEitherRuleset() {
        Map<String, Object> body = with(profile(), "privateDataRole", "TASK_INPUT");
        for (String ruleset : List.of("1", "2")) {
            api().queryParam("ruleset", ruleset).contentType("application/json").body(body).post("/assessments")
                    .then().statusCode(400).body("errors.pointer", equalTo(List.of("/privateDataRole")));
        }
        api().contentType("application/json").header("Accept-Language", "zh").body(body).post("/assessments")
                .then().statusCode(400).body("errors[0].detail", equalTo("只有在 usesPrivateData 为 true 时才能填写"));
        api().contentType("application/json").body(with(body, "privateDataRole", "KNOWLEDGE")).post("/assessments")
                .then().statusCode(400).body("errors.pointer", equalTo(List.of("/privateDataRole")));
    }

    @Test
    void privateRecordsThatAreATasksInputGoOnAndTheAnswerSaysWhereTheWalksPart() {
        Map<String, Object> body = with(with(taskReady(), "usesPrivateData", true), "privateDataRole", "TASK_INPUT");
        JsonPath answer = assess(body, "2");
        assertEquals("TRAINING", answer.getString("approach"));
        assertEquals("TASK_INPUT", answer.getString("decisionPath[0].answer"));
        assertEquals("RAG", answer.getString(
                "warnings.find { it.code == 'DEPARTS_FROM_LITERAL_TREE' }.literalTreeApproach"));
        assertEquals("§9.1", answer.getString("warnings.find { it.code == 'DEPARTS_FROM_LITERAL_TREE' }.step"));
        assertEquals("RAG", assess(body, "1").getString("approach"));

        JsonPath style = assess(taskReady(), "2");
        assertEquals("§9.3", style.getString("warnings.find { it.code == 'DEPARTS_FROM_LITERAL_TREE' }.step"));
        assertEquals("PROMPT_ENGINEERING",
                style.getString("warnings.find { it.code == 'DEPARTS_FROM_LITERAL_TREE' }.literalTreeApproach"));
        assertTrue(style.getString("warnings.find { it.code == 'DEPARTS_FROM_LITERAL_TREE' }.message")
                .contains("\"Advanced prompt engineering\""));
        // The same answer under both: no warning.
        assertEquals(List.of("ML_EXPERTISE_GATE_VS_TREE"), assess(profile(), "2").getList("warnings.code"));
    }

    @Test
    void everyCounterfactualSentBackGivesTheApproachItClaimsUnderRulesetTwo() {
        for (Map<String, Object> start : List.of(taskReady(), with(taskReady(), "promptingOutcome", "SUFFICIENT"),
                without(taskReady(), "labeledExamples"), profile(),
                with(with(profile(), "usesPrivateData", true), "privateDataRole", "TASK_INPUT"))) {
            JsonPath answer = assess(start, "2");
            List<Map<String, Object>> counterfactuals = answer.getList("counterfactuals");
            assertEquals(3, counterfactuals.size(), start.toString());
            for (Map<String, Object> counterfactual : counterfactuals) {
                Map<String, Object> changed = new LinkedHashMap<>(start);
                for (Object change : (List<?>) counterfactual.get("changes")) {
                    Map<?, ?> c = (Map<?, ?>) change;
                    changed.put((String) c.get("field"), c.get("value"));
                }
                assertEquals(counterfactual.get("approach"), assess(changed, "2").getString("approach"),
                        "applying " + counterfactual.get("changes") + " to " + start);
            }
        }
    }

    @Test
    void answersInChineseWithTheSameCodes() {
        Map<String, Object> body = without(taskReady(), "labeledExamples");
        JsonPath english = assess(body, "2");
        JsonPath chinese = new JsonPath(api().contentType("application/json").header("Accept-Language", "zh-CN")
                .body(body).post("/assessments").then().statusCode(200).extract().asString());
        assertEquals(english.getList("toFindOut.field"), chinese.getList("toFindOut.field"));
        assertEquals(english.getString("reasonCode"), chinese.getString("reasonCode"));
        assertNotEquals(english.getString("summary"), chinese.getString("summary"));
        assertTrue(chinese.getString("toFindOut[0].question").matches(".*\\p{IsHan}.*"));
        assertTrue(chinese.getString("summary").contains("还不清楚"), chinese.getString("summary"));
    }

    @Test
    void eachRulesetPublishesItsOwnTree() {
        api().queryParam("ruleset", "2").get("/decision-tree").then().statusCode(200)
                .body("ruleset", equalTo(2)).body("rulesetVersion", equalTo("2"))
                .body("nodes", hasSize(26))
                .body("nodes.id", hasItem("BEHAVIOUR_PROMPTING_EXHAUSTED"))
                .body("edges.find { it.from == 'BEHAVIOUR_LABELED_EXAMPLES' && it.answer == 'YES' }.condition",
                        equalTo("labeledExamples >= 1000"))
                .body("edges.find { it.from == 'BEHAVIOUR_LABELED_EXAMPLES' && it.answer == 'YES' }.step",
                        equalTo("§9.3b"));
        api().get("/decision-tree").then().statusCode(200).body("ruleset", equalTo(2));
        String mermaid = api().queryParam("ruleset", "2").accept("text/vnd.mermaid").get("/decision-tree")
                .then().statusCode(200).extract().asString();
        assertTrue(mermaid.contains("Q2_DESIRED_CHANGE -->|\"a task\"| BEHAVIOUR_PROMPTING_EXHAUSTED"), mermaid);
        String literal = api().queryParam("ruleset", "1").queryParam("format", "mermaid").get("/decision-tree")
                .then().statusCode(200).extract().asString();
        assertTrue(!literal.contains("BEHAVIOUR_"), literal);
    }

    @Test
    void anAssessmentsMermaidIsItsRulesetsTreeWithItsPathInBold() {
        String mermaid = api().contentType("application/json").body(taskReady())
                .post("/assessments/mermaid").then().statusCode(200).extract().asString();
        assertTrue(mermaid.contains("    style BEHAVIOUR_TRAINING "), mermaid);
    }

    @Test
    void rulesetsListsBothTheDefaultAndRulesetTwosChangesInBothLanguages() {
        api().get("/rulesets").then().statusCode(200).contentType("application/json")
                .body("defaultRuleset", equalTo(2))
                .body("rulesets.id", equalTo(List.of(1, 2)))
                .body("rulesets[0].changes", hasSize(0))
                .body("rulesets[1].departsFrom", equalTo(1))
                .body("rulesets[1].changes.code", equalTo(List.of("PRIVATE_DATA_AS_TASK_INPUT", "BEHAVIOUR_PATH",
                        "RAG_NOT_ENOUGH_MEASURED", "UNKNOWN_ANSWERS")))
                .body("rulesets[1].changes[1].step", equalTo("§9.3"))
                .body("rulesets[1].changes[1].guideSections.id", equalTo(List.of("SFT_OVERVIEW", "WHAT_TO_DO_FIRST")));
        String chinese = api().header("Accept-Language", "zh").get("/rulesets").then().statusCode(200)
                .header("Content-Language", "zh-CN").extract().path("rulesets[1].changes[0].title");
        assertTrue(chinese.matches(".*\\p{IsHan}.*"), chinese);
        api().queryParam("ruleset", "2").get("/rulesets").then().statusCode(400)
                .body("errors[0].parameter", equalTo("ruleset"));
    }

    @Test
    void metricsCountEachRulesetApart() {
        double before = count("RAG", "1");
        api().queryParam("ruleset", "1").contentType("application/json").body(with(profile(), "usesPrivateData", true))
                .post("/assessments").then().statusCode(200);
        assertEquals(before + 1, count("RAG", "1"));
    }

    private static double count(String approach, String ruleset) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("advisor_assessments_total\\{approach=\""
                + approach + "\",ruleset=\"" + ruleset + "\"[^}]*} ([0-9.E]+)").matcher(given().get("/q/metrics")
                .asString());
        assertTrue(matcher.find(), "no counter for " + approach + " " + ruleset);
        return Double.parseDouble(matcher.group(1));
    }

    private static JsonPath assess(Map<String, Object> body, String ruleset) {
        return new JsonPath(api().queryParam("ruleset", ruleset).contentType("application/json").body(body)
                .post("/assessments").then().statusCode(200).extract().asString());
    }
}
