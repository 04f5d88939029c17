package dev.trainingadvisor.api;

import static dev.trainingadvisor.api.Bodies.profile;
import static dev.trainingadvisor.api.Bodies.with;
import static dev.trainingadvisor.api.Contract.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** POST /assessments with {@code Prefer: return=minimal} (RFC 7240): the lean answer, its headers, and the header. */
@QuarkusTest
class PreferMinimalTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> LEAN_PROPERTIES = Set.of("assessmentId", "ruleset", "rulesetVersion", "evaluatedAt",
            "approach", "reasonCode", "step", "recommendedMethods", "escalationOptions", "mlExpertAdvised", "warnings");

    /** Trains under both rulesets: market warnings (PROVIDER_CLOSING, PROVIDER_DISCONTINUED) apply. */
    static Map<String, Object> training() {
        return with(with(with(profile(), "mlExpertise", "IN_HOUSE"), "knowledgeInPublicData", false),
                "ragTooSlowOrExpensive", true);
    }

    /** Ruleset 2 departs from the literal tree for private records that are only a task's input. */
    static Map<String, Object> departing() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("usesPrivateData", true);
        body.put("privateDataRole", "TASK_INPUT");
        body.put("desiredChange", "TASK_SKILL");
        body.put("mlExpertise", "IN_HOUSE");
        body.put("promptingOutcome", "TOO_COSTLY");
        body.put("labeledExamples", 12);
        body.put("trainingBudgetUsd", 0);
        return body;
    }

    @Test
    void leanAnswerHoldsOnlyTheDecisionsCodesAndSaysPreferenceApplied() throws Exception {
        for (String ruleset : List.of("1", "2")) {
            for (Map<String, Object> body : List.of(profile(), training(), departing(),
                    with(profile(), "labeledExamples", 12))) {
                JsonNode full = JSON.readTree(api().queryParam("ruleset", ruleset).contentType("application/json")
                        .body(body).post("/assessments").then().statusCode(200)
                        .header("Preference-Applied", nullValue())
                        .header("Vary", "Accept-Language, Prefer, Accept-Encoding")
                        .extract().asString());
                JsonNode lean = JSON.readTree(api().queryParam("ruleset", ruleset).contentType("application/json")
                        .header("Prefer", "return=minimal").body(body).post("/assessments").then().statusCode(200)
                        .contentType("application/json")
                        .header("Preference-Applied", "return=minimal")
                        .header("Vary", "Accept-Language, Prefer, Accept-Encoding")
                        .extract().asString());
                Set<String> names = new LinkedHashSet<>();
                lean.fieldNames().forEachRemaining(names::add);
                // validUntil: only when the full answer has one, with its date and code (issue 19)
                assertEquals(full.has("validUntil"), names.remove("validUntil"), "validUntil for " + body);
                if (full.has("validUntil")) {
                    assertEquals(full.get("validUntil").get("date"), lean.get("validUntil").get("date"));
                    assertEquals(full.get("validUntil").get("code"), lean.get("validUntil").get("code"));
                }
                assertEquals(LEAN_PROPERTIES, names);
                for (String same : List.of("ruleset", "rulesetVersion", "approach", "reasonCode", "step",
                        "recommendedMethods", "escalationOptions", "mlExpertAdvised")) {
                    assertEquals(full.get(same), lean.get(same), same + " under ruleset " + ruleset + " for " + body);
                }
                List<String> fullCodes = new ArrayList<>();
                full.get("warnings").forEach(w -> fullCodes.add(w.get("code").asText()));
                List<String> leanCodes = new ArrayList<>();
                lean.get("warnings").forEach(w -> leanCodes.add(w.asText()));
                assertEquals(List.copyOf(new LinkedHashSet<>(fullCodes)), leanCodes, "distinct codes, in order");
            }
        }
    }

    @Test
    void leanAnswerKeepsMarketWarningsAndDepartures() {
        api().contentType("application/json").header("Prefer", "return=minimal").body(training())
                .post("/assessments").then().statusCode(200)
                .body("approach", equalTo("TRAINING"))
                .body("warnings", equalTo(List.of("PROVIDER_CLOSING", "PROVIDER_DISCONTINUED")));
        api().contentType("application/json").header("Prefer", "return=minimal").body(departing())
                .post("/assessments").then().statusCode(200)
                .body("warnings", org.hamcrest.Matchers.hasItem("DEPARTS_FROM_LITERAL_TREE"));
    }

    @Test
    void leanAnswerIsTheSameInEveryLanguage() throws Exception {
        JsonNode english = lean("en");
        JsonNode chinese = lean("zh-CN");
        ((com.fasterxml.jackson.databind.node.ObjectNode) english).remove(List.of("assessmentId", "evaluatedAt"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) chinese).remove(List.of("assessmentId", "evaluatedAt"));
        assertEquals(english, chinese);
    }

    private static JsonNode lean(String language) throws Exception {
        return JSON.readTree(api().contentType("application/json").header("Prefer", "return=minimal")
                .header("Accept-Language", language).body(training()).post("/assessments").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void returnRepresentationOrNoReturnGivesTheFullAssessment() {
        api().contentType("application/json").header("Prefer", "return=representation").body(profile())
                .post("/assessments").then().statusCode(200)
                .header("Preference-Applied", "return=representation")
                .header("Vary", "Accept-Language, Prefer, Accept-Encoding")
                .body("decisionPath", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()));
        api().contentType("application/json").body(profile()).post("/assessments").then().statusCode(200)
                .header("Preference-Applied", nullValue()).body("summary", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void preferIsParsedAsRfc7240Says() {
        for (String minimal : List.of("return=minimal", "RETURN=minimal", "return=\"minimal\"", "return = minimal",
                "respond-async, return=minimal", "return=minimal; foo=\"bar, baz\"", "wait=10,return=minimal;x",
                "handling=lenient ,\treturn=minimal", ", ,return=minimal", "return=minimal, return=representation",
                "x=\"a,b\", return=minimal", "bad element here, return=minimal")) {
            preferring(minimal).header("Preference-Applied", "return=minimal").body("decisionPath", nullValue());
        }
        for (String full : List.of("return=MINIMAL", "return=Minimal", "return=minimal-ish", "return",
                "return=\"\"", "return=", "minimal", "respond-async", "return=representation, return=minimal",
                "x=\"unterminated, return=minimal", "return=minimal extra", "\"return\"=minimal", "return==minimal",
                "return:minimal", "return=minimal;=", "return=min imal")) {
            preferring(full).body("decisionPath", org.hamcrest.Matchers.notNullValue());
        }
    }

    @Test
    void repeatedPreferHeadersAreOneList() {
        api().contentType("application/json").header("Prefer", "respond-async").header("Prefer", "return=minimal")
                .body(profile()).post("/assessments").then().statusCode(200)
                .header("Preference-Applied", "return=minimal").body("decisionPath", nullValue());
        api().contentType("application/json").header("Prefer", "return=representation")
                .header("Prefer", "return=minimal").body(profile()).post("/assessments").then().statusCode(200)
                .header("Preference-Applied", "return=representation");
    }

    @Test
    void malformedPreferNeverFailsTheRequest() {
        for (String garbage : List.of(";", ",", "=", "\"", "\\", "return=\"", "return=\"\\", ";;;===,,,\"\"\"",
                "return=minimal;" + "x;".repeat(2000), "\u00e9\u00ff", "a".repeat(5000), "return=\u00ffminimal")) {
            given().contentType("application/json").header("Prefer", garbage).body(profile()).post("/assessments")
                    .then().statusCode(200).contentType("application/json");
        }
    }

    @Test
    void invalidProfilesGetTheSameProblemWithOrWithoutPrefer() {
        Map<String, Object> bad = with(profile(), "labeledExamples", -1);
        String without = api().contentType("application/json").body(bad).post("/assessments")
                .then().statusCode(400).header("Preference-Applied", nullValue()).extract().asString();
        String with = api().contentType("application/json").header("Prefer", "return=minimal").body(bad)
                .post("/assessments").then().statusCode(400).header("Preference-Applied", nullValue())
                .header("Vary", "Accept-Language, Accept-Encoding").extract().asString();
        assertEquals(without, with);
    }

    @Test
    void theDiagramOperationIgnoresPrefer() {
        api().contentType("application/json").header("Prefer", "return=minimal").body(profile())
                .post("/assessments/mermaid").then().statusCode(200).header("Preference-Applied", nullValue())
                .body(containsString("flowchart TD"));
    }

    @Test
    void leanAnswersAreCountedAndLoggedLikeFullOnes() throws Exception {
        double before = count("HIRE_ML_ENGINEER");
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = capture(lines);
        Logger logger = Logger.getLogger("advisor.decision");
        logger.addHandler(capture);
        try {
            String id = api().contentType("application/json").header("Prefer", "return=minimal")
                    .body(with(profile(), "projectName", "lean")).post("/assessments").then().statusCode(200)
                    .extract().path("assessmentId");
            written();
            List<String> mine = lines.stream().filter(line -> line.contains(id)).toList();
            assertEquals(1, mine.size(), lines.toString());
            JsonNode entry = JSON.readTree(mine.get(0));
            assertEquals("HIRE_ML_ENGINEER", entry.get("approach").asText());
            assertEquals("lean", entry.get("projectName").asText());
            assertEquals("2", entry.get("rulesetVersion").asText());
        } finally {
            logger.removeHandler(capture);
        }
        assertEquals(before + 1, count("HIRE_ML_ENGINEER"));
    }

    private static ValidatableResponse preferring(String prefer) {
        return api().contentType("application/json").header("Prefer", prefer).body(profile()).post("/assessments")
                .then().statusCode(200);
    }

    /**
     * Writes the decision-log lines submitted so far: the console's writer thread writes them within 100 ms of the
     * answer, and a test reads them at once.
     */
    static void written() {
        io.quarkus.arc.Arc.container().instance(dev.trainingadvisor.api.ops.ConsoleLog.class).get().writeSubmitted();
    }

    static Handler capture(List<String> lines) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    static double count(String approach) {
        Matcher matcher = Pattern.compile("advisor_assessments_total\\{approach=\"" + approach
                        + "\",ruleset=\"2\"[^}]*} ([0-9.E]+)")
                .matcher(given().get("/q/metrics").asString());
        assertTrue(matcher.find(), "no counter for " + approach);
        return Double.parseDouble(matcher.group(1));
    }
}
