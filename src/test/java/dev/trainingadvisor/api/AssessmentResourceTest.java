package dev.trainingadvisor.api;

import static dev.trainingadvisor.api.Bodies.profile;
import static dev.trainingadvisor.api.Bodies.with;
import static dev.trainingadvisor.api.Contract.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /assessments as ruleset 1 answers it (each request passes ?ruleset=1; RulesetTwoResourceTest covers 2). */
@QuarkusTest
class AssessmentResourceTest {

    @Test
    void answersAValidProfileWithTheWholeAssessment() {
        api().queryParam("ruleset", "1").contentType("application/json").body(profile())
                .post("/assessments")
                .then().statusCode(200)
                .contentType("application/json")
                .header("Content-Language", "en")
                .header("Vary", containsString("Accept-Language"))
                .body("assessmentId", matchesPattern("[0-9a-f-]{36}"))
                .body("rulesetVersion", equalTo("1"))
                .body("approach", equalTo("HIRE_ML_ENGINEER"))
                .body("reasonCode", equalTo("HIRE_ML_ENGINEER"))
                .body("recommendedMethods", empty())
                .body("decisionPath", hasSize(6))
                .body("decisionPath[0].node", equalTo("Q1_PRIVATE_DATA"))
                .body("decisionPath[0].fields", equalTo(List.of("usesPrivateData")))
                .body("decisionPath[0].guideSection.heading", equalTo("何时使用什么：决策树"))
                .body("gate.passed", equalTo(true))
                .body("checklists.method", equalTo(List.of("SFT", "RLHF", "PEFT")))
                .body("hireSignals", hasSize(5))
                .body("mlExpertAdvised", equalTo(true))
                .body("nextSteps.id", equalTo(List.of("EXHAUST_RAG_OPTIMIZATIONS", "ADVANCED_PROMPTING",
                        "TEST_MULTIPLE_PROVIDERS", "COMPUTE_ROI")))
                .body("nextSteps[3].link", equalTo("/cost-comparisons"))
                .body("counterfactuals.approach", equalTo(List.of("PROMPT_ENGINEERING", "RAG", "TRAINING")))
                .body("warnings.code", equalTo(List.of("ML_EXPERTISE_GATE_VS_TREE")))
                .body("projectName", equalTo(null))
                .body("summary", startsWith("Bring in an ML engineer first."));
    }

    @Test
    void tenThousandExamplesPassTheGateAndNineThousandNineHundredNinetyNineDoNot() {
        api().queryParam("ruleset", "1").contentType("application/json").body(with(profile(), "labeledExamples", 9_999))
                .post("/assessments").then().statusCode(200)
                .body("approach", equalTo("RAG")).body("reasonCode", equalTo("RAG_FEW_EXAMPLES"));
        api().queryParam("ruleset", "1").contentType("application/json").body(with(profile(), "labeledExamples", 10_000))
                .post("/assessments").then().statusCode(200)
                .body("approach", equalTo("HIRE_ML_ENGINEER"));
    }

    @Test
    void completeSftChecklistWithAnInHouseTeamRecommendsTraining() {
        Map<String, Object> body = with(with(with(profile(), "mlExpertise", "IN_HOUSE"),
                "knowledgeInPublicData", false), "ragTooSlowOrExpensive", true);
        api().queryParam("ruleset", "1").contentType("application/json").body(with(body, "projectName", "Lab reports"))
                .post("/assessments").then().statusCode(200)
                .body("approach", equalTo("TRAINING"))
                .body("recommendedMethods", equalTo(List.of("SFT")))
                .body("projectName", equalTo("Lab reports"));
    }

    @Test
    void sameRequestGivesTheSameAnswerApartFromIdAndTime() {
        Map<String, Object> first = assess(profile()).getMap("");
        Map<String, Object> second = assess(profile()).getMap("");
        assertNotEquals(first.get("assessmentId"), second.get("assessmentId"));
        for (String volatileField : List.of("assessmentId", "evaluatedAt")) {
            first.remove(volatileField);
            second.remove(volatileField);
        }
        assertEquals(first, second);
    }

    @Test
    void everyCounterfactualSentBackGivesTheApproachItClaims() {
        for (Map<String, Object> start : List.of(profile(), with(profile(), "usesPrivateData", true),
                with(profile(), "labeledExamples", 12), with(profile(), "mlExpertise", "IN_HOUSE"))) {
            List<Map<String, Object>> counterfactuals = assess(start).getList("counterfactuals");
            assertEquals(3, counterfactuals.size());
            for (Map<String, Object> counterfactual : counterfactuals) {
                Map<String, Object> changed = new LinkedHashMap<>(start);
                for (Object change : (List<?>) counterfactual.get("changes")) {
                    Map<?, ?> c = (Map<?, ?>) change;
                    changed.put((String) c.get("field"), c.get("value"));
                }
                assertEquals(counterfactual.get("approach"), assess(changed).getString("approach"),
                        "applying " + counterfactual.get("changes") + " to " + start);
            }
        }
    }

    @Test
    void answersInSimplifiedChineseWhenAskedWithTheSameCodes() {
        JsonPath english = assess(profile());
        JsonPath chinese = new JsonPath(api().queryParam("ruleset", "1").contentType("application/json").header("Accept-Language", "zh-CN")
                .body(profile()).post("/assessments")
                .then().statusCode(200).header("Content-Language", "zh-CN")
                .body("language", equalTo("zh-CN"))
                .body("summary", startsWith("先引入一名 ML 工程师"))
                .extract().asString());
        assertEquals(english.getString("approach"), chinese.getString("approach"));
        assertEquals(english.getList("decisionPath.answer"), chinese.getList("decisionPath.answer"));
        assertEquals(english.getList("counterfactuals.changes"), chinese.getList("counterfactuals.changes"));
        assertEquals(english.getList("checklists.criteria.status"), chinese.getList("checklists.criteria.status"));
        assertTrue(chinese.getString("decisionPath[0].question").matches(".*\\p{IsHan}.*"));
    }

    @Test
    void anyOtherLanguageGetsEnglish() {
        for (String acceptLanguage : List.of("de-DE", "fr;q=0.9, es;q=0.8", "*", "zh-TW", "en-GB", ";;;garbage")) {
            api().queryParam("ruleset", "1").contentType("application/json").header("Accept-Language", acceptLanguage).body(profile())
                    .post("/assessments").then().statusCode(200).header("Content-Language", "en")
                    .body("language", equalTo("en"));
        }
        api().queryParam("ruleset", "1").contentType("application/json").header("Accept-Language", "fr;q=0.9, zh;q=0.8").body(profile())
                .post("/assessments").then().statusCode(200).header("Content-Language", "zh-CN");
    }

    @Test
    void returnsItsOwnPathAsMermaidWithTheTakenBranchInBold() {
        String byAccept = api().queryParam("ruleset", "1").contentType("application/json").accept("text/vnd.mermaid")
                .body(with(profile(), "labeledExamples", 9_999)).post("/assessments")
                .then().statusCode(200).contentType(startsWith("text/vnd.mermaid"))
                .extract().asString();
        assertTrue(byAccept.startsWith("flowchart TD\n"), byAccept);
        assertTrue(byAccept.contains("linkStyle 0,2,5,6 "), byAccept);
        assertTrue(byAccept.contains("style RAG_FEW_EXAMPLES "), byAccept);
        String byParameter = api().queryParam("ruleset", "1").contentType("application/json").queryParam("format", "mermaid")
                .body(with(profile(), "labeledExamples", 9_999)).post("/assessments")
                .then().statusCode(200).contentType(startsWith("text/vnd.mermaid")).extract().asString();
        assertEquals(byAccept, byParameter);
    }

    @Test
    void formatParameterWinsOverAcceptAndJsonIsTheDefault() {
        api().queryParam("ruleset", "1").contentType("application/json").accept("text/vnd.mermaid").queryParam("format", "json")
                .body(profile()).post("/assessments").then().statusCode(200).contentType("application/json");
        api().queryParam("ruleset", "1").contentType("application/json").accept("*/*").body(profile()).post("/assessments")
                .then().statusCode(200).contentType("application/json");
        for (String format : List.of("svg", "", "JSON")) {
            api().queryParam("ruleset", "1").contentType("application/json").queryParam("format", format).body(profile()).post("/assessments")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].parameter", equalTo("format"));
        }
    }

    @Test
    void responsesNeverLeakJavaInternals() {
        String body = api().queryParam("ruleset", "1").contentType("application/json").body(profile()).post("/assessments")
                .then().statusCode(200).extract().asString();
        assertTrue(!Bodies.LEAK.matcher(body).find(), body);
        api().queryParam("ruleset", "1").contentType("application/json").body(with(profile(), "mlExpertise", "GURU")).post("/assessments")
                .then().statusCode(400).body(not(matchesPattern("(?s).*(Exception|java\\.).*")));
    }

    private static JsonPath assess(Map<String, Object> body) {
        return new JsonPath(api().queryParam("ruleset", "1").contentType("application/json").body(body).post("/assessments")
                .then().statusCode(200).extract().asString());
    }
}
