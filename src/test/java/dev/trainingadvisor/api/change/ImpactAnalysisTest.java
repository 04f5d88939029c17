package dev.trainingadvisor.api.change;

import static dev.trainingadvisor.api.Contract.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trainingadvisor.api.Bodies;
import dev.trainingadvisor.api.market.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /impact-analyses} (issue 19) against a hand-worked table. Five records under one project name, all
 * decided by ruleset 2 on 2026-11-29 with the shipped data:
 * <pre>
 * record              ruleset 2 (recorded)                           ruleset 1
 * training x2         TRAINING  PROVIDER_CLOSING, _DISCONTINUED       TRAINING, the same warnings
 * task                TRAINING  DEPARTS_FROM_LITERAL_TREE, PROVIDER_* PROMPT_ENGINEERING, STYLE_FINE_TUNING_CONFLICT
 * hire                HIRE_ML_ENGINEER                                HIRE_ML_ENGINEER
 * no examples         RAG (labeledExamples unknown)                   cannot be decided (ruleset 1 requires it)
 *
 * world now                            flipped (approach)   warnings removed                    not decidable
 * unchanged                            0 (0)                -                                   0
 * ruleset 1                            1 (1): task          DEPARTS 1, CLOSING 1, DISCONTINUED 1 1: no examples
 *                                                           added: STYLE_FINE_TUNING_CONFLICT 1 (the literal tree's
 *                                                           style path for the task profile)
 * candidate data, OpenAI shut 11-20    3 (0): TRAINING ones PROVIDER_CLOSING 3                  0
 * clock 2027-01-15, running data       3 (0): TRAINING ones PROVIDER_CLOSING 3                  0
 * </pre>
 */
@QuarkusTest
class ImpactAnalysisTest {
    @Inject
    TestClock clock;

    /** The table, recorded once for the class: the analyses only read it. */
    private static String project;
    private static final Map<String, String> ids = new HashMap<>();

    @BeforeEach
    void recordTheTable() {
        if (project != null) {
            return;
        }
        project = "impact-" + UUID.randomUUID();
        ids.put("training1", ReassessmentTest.record(ReassessmentTest.training(project), 2));
        ids.put("training2", ReassessmentTest.record(ReassessmentTest.training(project), 2));
        ids.put("task", ReassessmentTest.record(ReassessmentTest.taskReady(project), 2));
        ids.put("hire", ReassessmentTest.record(Bodies.with(Bodies.profile(), "projectName", project), 2));
        ids.put("noExamples", ReassessmentTest.record(Bodies.without(ReassessmentTest.training(project),
                "labeledExamples"), 2));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new HashMap<>();
        body.put("records", Map.of("projectName", project));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }

    private static JsonPath analyse(Map<String, Object> body) {
        return api().contentType("application/json").body(body).post("/impact-analyses").then().statusCode(200)
                .extract().jsonPath();
    }

    private static long transition(JsonPath answer, String before, String after) {
        List<Map<String, Object>> all = answer.getList("approaches");
        return all.stream().filter(t -> before.equals(t.get("before")) && after.equals(t.get("after")))
                .mapToLong(t -> ((Number) t.get("count")).longValue()).sum();
    }

    private static long count(JsonPath answer, String list, String code) {
        List<Map<String, Object>> all = answer.getList(list);
        return all.stream().filter(t -> code.equals(t.get("code")))
                .mapToLong(t -> ((Number) t.get("count")).longValue()).sum();
    }

    @Test
    void anUnchangedWorldFlipsNothing() {
        JsonPath answer = analyse(body());
        assertEquals(5, answer.getLong("replayed"));
        assertEquals(3, transition(answer, "TRAINING", "TRAINING"));
        assertEquals(1, transition(answer, "HIRE_ML_ENGINEER", "HIRE_ML_ENGINEER"));
        assertEquals(1, transition(answer, "RAG", "RAG"));
        assertEquals(0, answer.getLong("flipped.count"));
        assertEquals(List.of(), answer.getList("warningsAdded"));
        assertEquals(List.of(), answer.getList("warningsRemoved"));
        assertEquals(0, answer.getLong("notEvaluable.count"));
        assertEquals(false, answer.getBoolean("candidate"));
        assertEquals("2026-12-02.1", answer.getString("marketData.version"));
    }

    @Test
    void rulesetOneFlipsTheTaskProfileAndCannotDecideTheOneWithoutExamples() {
        JsonPath answer = analyse(body("ruleset", 1));
        assertEquals(5, answer.getLong("replayed"));
        assertEquals(2, transition(answer, "TRAINING", "TRAINING"));
        assertEquals(1, transition(answer, "TRAINING", "PROMPT_ENGINEERING"));
        assertEquals(1, transition(answer, "HIRE_ML_ENGINEER", "HIRE_ML_ENGINEER"));
        assertEquals(0, transition(answer, "RAG", "RAG"));
        assertEquals(1, answer.getLong("notEvaluable.count"));
        assertEquals(List.of(ids.get("noExamples")), answer.getList("notEvaluable.ids"));
        assertEquals(1, answer.getLong("flipped.count"));
        assertEquals(1, answer.getLong("flipped.approachChanged"));
        assertEquals(List.of(ids.get("task")), answer.getList("flipped.ids"));
        assertEquals(1, count(answer, "warningsRemoved", "DEPARTS_FROM_LITERAL_TREE"));
        assertEquals(1, count(answer, "warningsRemoved", "PROVIDER_CLOSING"));
        assertEquals(1, count(answer, "warningsAdded", "STYLE_FINE_TUNING_CONFLICT"));
        assertEquals(1, answer.getList("warningsAdded").size());
    }

    @Test
    void aCandidateFileInWhichOpenAiClosedFlipsTheTrainingAdviceAndInstallsNothing() {
        ObjectNode candidate = ChangedMarket.openAiClosed("candidate-openai-closed");
        // sent as an operator writes it, indented: larger than the 64 KiB other operations take
        String request = ChangedMarket.pretty(body("marketData", candidate));
        org.junit.jupiter.api.Assertions.assertTrue(request.length() > 64 * 1024, "only " + request.length());
        JsonPath answer = api().contentType("application/json").body(request).post("/impact-analyses").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(true, answer.getBoolean("candidate"));
        assertEquals("candidate-openai-closed", answer.getString("marketData.version"));
        assertEquals(3, answer.getLong("flipped.count"));
        assertEquals(0, answer.getLong("flipped.approachChanged"));
        assertEquals(java.util.Set.of(ids.get("training1"), ids.get("training2"), ids.get("task")),
                new java.util.HashSet<>(answer.getList("flipped.ids")));
        assertEquals(3, count(answer, "warningsRemoved", "PROVIDER_CLOSING"));
        assertEquals(List.of(), answer.getList("warningsAdded"));
        api().get("/models").then().statusCode(200).body("marketData.version", equalTo("2026-12-02.1"));
    }

    @Test
    void theClockPastOpenAisLastDayFlipsTheTrainingAdviceUnderTheRunningData() {
        clock.set(Instant.parse("2027-01-15T00:00:00Z"));
        JsonPath answer = analyse(body());
        assertEquals(3, answer.getLong("flipped.count"));
        assertEquals(0, answer.getLong("flipped.approachChanged"));
        assertEquals(3, count(answer, "warningsRemoved", "PROVIDER_CLOSING"));
    }

    @Test
    void flippedIdsComePagedNewestFirst() {
        clock.set(Instant.parse("2027-01-15T00:00:00Z"));
        JsonPath first = analyse(body("limit", 2));
        assertEquals(List.of(ids.get("task"), ids.get("training2")), first.getList("flipped.ids"));
        String next = first.getString("flipped.next");
        JsonPath second = analyse(body("limit", 2, "cursor", next));
        assertEquals(List.of(ids.get("training1")), second.getList("flipped.ids"));
        assertEquals(3, second.getLong("flipped.count"));
        org.junit.jupiter.api.Assertions.assertNull(second.getString("flipped.next"));
    }

    /**
     * A cursor belongs to the analysis it was given for: with other records, another ruleset or other market data its
     * position is in another list of flipped ids, so it is refused at /cursor; another limit is the same analysis.
     * It was taken as a bare position (found by the breaker).
     */
    @Test
    void aCursorOfAnotherAnalysisIsA400AtCursor() {
        clock.set(Instant.parse("2027-01-15T00:00:00Z"));
        String next = analyse(body("limit", 2)).getString("flipped.next");
        List<Map<String, Object>> others = List.of(
                Map.of("records", Map.of("projectName", project + "-other"), "limit", 2, "cursor", next),
                Map.of("records", Map.of("projectName", project, "ruleset", 2), "limit", 2, "cursor", next),
                Map.of("records", Map.of(), "limit", 2, "cursor", next),
                body("limit", 2, "cursor", next, "ruleset", 2),
                body("limit", 2, "cursor", next, "marketData", ChangedMarket.openAiClosed("candidate-cursor")));
        for (Map<String, Object> other : others) {
            api().contentType("application/json").body(other).post("/impact-analyses").then().statusCode(400)
                    .body("type", equalTo("/problems/invalid-request"))
                    .body("errors.pointer", equalTo(List.of("/cursor")));
        }
        assertEquals(List.of(ids.get("training1")), analyse(body("limit", 5, "cursor", next)).getList("flipped.ids"));
    }

    @Test
    void aBadCandidateIsA400AtItsPointersAndChangesNothing() {
        ObjectNode candidate = ChangedMarket.shipped();
        candidate.put("version", "bad-candidate");
        ((ObjectNode) candidate.get("providers").get(0).get("status")).put("newJobsUntil", "not-a-date");
        api().contentType("application/json").body(body("marketData", candidate)).post("/impact-analyses").then()
                .statusCode(400)
                .body("type", equalTo("/problems/invalid-request"))
                .body("errors.pointer", hasItem("/marketData/providers/0/status/newJobsUntil"));
        api().get("/models").then().statusCode(200).body("marketData.version", equalTo("2026-12-02.1"));
        api().contentType("application/json").body(body("marketData", Map.of("version", "x", "providers", 7)))
                .post("/impact-analyses").then().statusCode(400)
                .body("errors.pointer", hasItem("/marketData/providers"));
    }

    @Test
    void aCandidateNumberFarOutOfRangeIsA400AtItsPointerNotA500() {
        for (String number : List.of("1e-999999999", "9.99e999999999")) {
            api().contentType("application/json").body("{\"marketData\":{\"version\":" + number + "}}")
                    .post("/impact-analyses").then().statusCode(400)
                    .body("type", equalTo("/problems/invalid-request"))
                    .body("errors.pointer", hasItem("/marketData/version"));
        }
    }

    /** A candidate is validated as the file is: a lone surrogate or NUL in a string is refused at its pointer. */
    @Test
    void aLoneSurrogateOrNulInACandidateStringIsA400AtItsPointer() {
        for (String escape : List.of("\\ud800", "\\u0000")) {
            ObjectNode candidate = ChangedMarket.shipped();
            candidate.put("version", "candidate-text");
            ((ObjectNode) candidate.get("providers").get(1)).put("name", "MARKER");
            String request = ChangedMarket.text(candidate).replace("\"MARKER\"", "\"" + escape + "\"");
            api().contentType("application/json").body("{\"marketData\": " + request + "}")
                    .post("/impact-analyses").then().statusCode(400)
                    .body("type", equalTo("/problems/invalid-request"))
                    .body("errors.pointer", equalTo(List.of("/marketData/providers/1/name")));
        }
    }

    @Test
    void badFiltersAndCursorsAre400s() {
        api().contentType("application/json").body(body("cursor", "nope")).post("/impact-analyses").then()
                .statusCode(400).body("errors[0].pointer", equalTo("/cursor"));
        api().contentType("application/json").body(Map.of("records", Map.of("approach", "SOMETHING")))
                .post("/impact-analyses").then().statusCode(400);
        api().contentType("application/json").body(Map.of("ruleset", 3)).post("/impact-analyses").then()
                .statusCode(400).body("errors[0].pointer", equalTo("/ruleset"));
        api().contentType("application/json").body(Map.of("unknown", 1)).post("/impact-analyses").then()
                .statusCode(400);
    }

    /**
     * {@code records.from}/{@code to} take only the contract's date-time string, as {@code GET /assessments} does: a
     * number was read as epoch seconds, and a bad string was answered "must be a JSON object" (found by the breaker).
     */
    @Test
    void recordsFromAndToTakeOnlyADateTimeStringAndSayWhichFormAtTheirPointer() {
        refusedAsRecordsDateTimes(List.of(1_700_000_000, 1.5, "2026-13-01T00:00:00Z", "2026-12-01", true,
                List.of("x")));
        JsonPath answer = analyse(Map.of("records", Map.of("projectName", project, "from", "2026-01-01T00:00:00Z",
                "to", "2099-01-01T00:00:00+08:00")));
        assertEquals(5, answer.getLong("replayed"));
    }

    /**
     * RFC 3339 §5.6: a date-time has a four-digit year, seconds, and an offset in hours and minutes. A five-digit or
     * signed year ({@code +10000-...}, {@code -0001-...}) was taken, and so were ISO 8601 forms RFC 3339 does not
     * have (no seconds, an offset with seconds): refused at the property's pointer, as any other bad date-time.
     */
    @Test
    void recordsFromAndToTakeOnlyAnRfc3339DateTimeAFourDigitYearAmongItsParts() {
        refusedAsRecordsDateTimes(List.of("+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "+2026-01-01T00:00:00Z",
                "2026-03-01T00:00Z", "2026-03-01T00:00:00+01:00:30"));
        JsonPath answer = analyse(Map.of("records", Map.of("projectName", project, "from", "2026-01-01t00:00:00z",
                "to", "9999-12-31T23:59:59.5-00:00")));
        assertEquals(5, answer.getLong("replayed"));
    }

    /**
     * RFC 3339 §5.6/§5.7 allow a fraction of any length (cut to nanoseconds), an offset up to ±23:59 and a leap
     * second (read as 23:59:59.999999999); each was a 400 at its pointer (tester).
     */
    @Test
    void recordsFromAndToTakeALongFractionAnOffsetOf2359AndALeapSecond() {
        JsonPath answer = analyse(Map.of("records", Map.of("projectName", project, "from", "2016-12-31T23:59:60Z",
                "to", "9999-12-31T00:00:00.1234567890+23:59")));
        assertEquals(5, answer.getLong("replayed"));
        refusedAsRecordsDateTimes(List.of("2016-12-31T23:59:60+01:00"));
    }

    /** Each of {@code bads}, as {@code records.from} and as {@code records.to}, is a 400 at its pointer naming RFC 3339. */
    private static void refusedAsRecordsDateTimes(List<?> bads) {
        for (Object bad : bads) {
            for (String name : List.of("from", "to")) {
                api().contentType("application/json").body(Map.of("records", Map.of(name, bad)))
                        .post("/impact-analyses").then().statusCode(400)
                        .body("type", equalTo("/problems/invalid-request"))
                        .body("errors", hasSize(1))
                        .body("errors[0].pointer", equalTo("/records/" + name))
                        .body("errors[0].detail", org.hamcrest.Matchers.containsString("RFC 3339"));
            }
        }
    }

    /**
     * A gzip body is held to the operation's own limit (1 MiB) as decoded, as a plain one is: it was held to the 64 KiB
     * of the other operations (found by the breaker).
     */
    @Test
    void aGzipCandidateIsTakenUpToTheOperationsOwnLimitDecoded() {
        String request = ChangedMarket.pretty(body("marketData", ChangedMarket.openAiClosed("candidate-gzip")));
        org.junit.jupiter.api.Assertions.assertTrue(request.length() > 64 * 1024, "only " + request.length());
        api().contentType("application/json").header("Content-Encoding", "gzip").body(gzip(request))
                .post("/impact-analyses").then().statusCode(200)
                .body("candidate", equalTo(true))
                .body("flipped.count", equalTo(3));
        String tooLarge = "{\"cursor\": \"" + "x".repeat(1024 * 1024) + "\"}";
        api().contentType("application/json").header("Content-Encoding", "gzip").body(gzip(tooLarge))
                .post("/impact-analyses").then().statusCode(413);
    }

    private static byte[] gzip(String text) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(bytes)) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Test
    void otherOperationsKeepTheir64KiBLimit() {
        api().contentType("application/json").body("{\"projectName\": \"" + "x".repeat(70_000) + "\"}")
                .post("/assessments").then().statusCode(413);
    }
}
