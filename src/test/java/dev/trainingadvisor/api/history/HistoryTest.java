package dev.trainingadvisor.api.history;

import static dev.trainingadvisor.api.Bodies.profile;
import static dev.trainingadvisor.api.Bodies.with;
import static dev.trainingadvisor.api.Contract.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The decision history on the embedded H2 file (issue 18); {@code HistoryOnPostgresqlTest} runs the same tests on a
 * PostgreSQL server. Each test marks its assessments with a project name of its own, so runs against a database that
 * already holds records stay independent.
 */
@QuarkusTest
class HistoryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String project() {
        return "history-test-" + UUID.randomUUID();
    }

    private static Map<String, Object> named(String project) {
        return with(profile(), "projectName", project);
    }

    private static ExtractableResponse<Response> assess(Object body, String language, String prefer, int ruleset) {
        var request = api().contentType("application/json").header("Accept-Language", language)
                .queryParam("ruleset", ruleset).body(body);
        if (prefer != null) {
            request.header("Prefer", prefer);
        }
        return request.post("/assessments").then().statusCode(200).extract();
    }

    private static String path(String location) {
        return URI.create(location).getPath();
    }

    @Test
    void aRecordGivesBackTheAnswerByteForByteWhateverTheLanguageAskedNow() throws Exception {
        String project = project();
        ExtractableResponse<Response> posted = assess(named(project), "zh-CN", null, 2);
        String sent = posted.asString();
        JsonNode answer = JSON.readTree(sent);
        String location = posted.header("Location");
        assertNotNull(location, "a 200 of POST /assessments says where its record is");
        assertEquals("/assessments/" + answer.get("assessmentId").asText(), path(location));

        ExtractableResponse<Response> read = api().header("Accept-Language", "en").get(path(location)).then()
                .statusCode(200).header("Content-Language", "zh-CN").extract();
        String record = read.asString();
        assertTrue(record.contains("\"answer\":" + sent), "the answer is embedded exactly as it was sent");
        JsonNode recorded = JSON.readTree(record);
        assertEquals(answer, recorded.get("answer"));
        assertEquals("zh-CN", recorded.get("language").asText());
        assertEquals("FULL", recorded.get("representation").asText());
        assertEquals(project, recorded.at("/profile/projectName").asText());
        assertEquals(2, recorded.at("/provenance/ruleset").asInt());
        assertEquals(answer.get("rulesetVersion"), recorded.at("/provenance/rulesetVersion"));
        assertTrue(recorded.at("/provenance/marketDataVersion").asText().matches("\\d{4}-\\d{2}-\\d{2}\\.\\d+"),
                "every record names the market data version in use, whether or not its answer used it");
        assertTrue(recorded.at("/provenance/rulesetFingerprint").asText().matches("[0-9a-f]{16}"));
        assertEquals(answer.get("approach"), recorded.at("/outcome/approach"));
        assertEquals(answer.get("evaluatedAt").asText().substring(0, 19),
                recorded.get("recordedAt").asText().substring(0, 19));
    }

    @Test
    void leanAnswersAndBothRulesetsAreRecorded() throws Exception {
        String project = project();
        ExtractableResponse<Response> lean = assess(named(project), "en", "return=minimal", 1);
        JsonNode recorded = JSON.readTree(api().get(path(lean.header("Location"))).then().statusCode(200)
                .extract().asString());
        assertEquals("LEAN", recorded.get("representation").asText());
        assertEquals(1, recorded.at("/provenance/ruleset").asInt());
        assertEquals(JSON.readTree(lean.asString()), recorded.get("answer"));
        assertTrue(lean.asString().length() > 0 && recorded.toString().contains("\"warnings\""));
    }

    @Test
    void everyAssessedProfileOfABatchIsRecordedAndARefusedOneIsNot() throws Exception {
        String project = project();
        Map<String, Object> batch = Map.of("profiles", List.of(named(project),
                with(named(project), "labeledExamples", -1), with(named(project), "desiredChange", "STYLE_TONE_FORMAT")));
        JsonNode answer = JSON.readTree(api().contentType("application/json").body(batch)
                .post("/assessments/batch").then().statusCode(200).extract().asString());
        JsonNode listed = JSON.readTree(api().queryParam("projectName", project).get("/assessments").then()
                .statusCode(200).extract().asString());
        assertEquals(2, listed.get("records").size());
        List<String> ids = new ArrayList<>();
        listed.get("records").forEach(record -> ids.add(record.get("assessmentId").asText()));
        for (int index : new int[] {0, 2}) {
            JsonNode item = answer.at("/results/" + index + "/assessment");
            assertTrue(ids.contains(item.get("assessmentId").asText()));
            JsonNode recorded = JSON.readTree(api().get("/assessments/" + item.get("assessmentId").asText())
                    .then().statusCode(200).extract().asString());
            assertEquals(item, recorded.get("answer"));
        }
    }

    @Test
    void theListIsNewestFirstAndPagesFollowTheNextLink() throws Exception {
        String project = project();
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(0, JSON.readTree(assess(named(project), "en", "return=minimal", 2).asString())
                    .get("assessmentId").asText());
        }
        List<String> seen = new ArrayList<>();
        String next = "/assessments?limit=2&projectName=" + project;
        int pages = 0;
        while (next != null) {
            ExtractableResponse<Response> page = api().get(next).then().statusCode(200).extract();
            JsonNode body = JSON.readTree(page.asString());
            body.get("records").forEach(record -> seen.add(record.get("assessmentId").asText()));
            String link = page.header("Link");
            if (body.get("next").isNull()) {
                assertNull(link);
                next = null;
            } else {
                assertEquals("<" + body.get("next").asText() + ">; rel=\"next\"", link);
                URI uri = URI.create(body.get("next").asText());
                next = uri.getRawPath() + "?" + uri.getRawQuery();
            }
            pages++;
        }
        assertEquals(made, seen, "newest first, each once");
        assertEquals(3, pages);
    }

    @Test
    void filtersNarrowTheList() throws Exception {
        String project = project();
        Instant before = Instant.now().minusSeconds(1);
        assess(named(project), "en", null, 1);
        Map<String, Object> training = with(with(with(named(project), "mlExpertise", "IN_HOUSE"),
                "knowledgeInPublicData", false), "ragTooSlowOrExpensive", true);
        JsonNode trained = JSON.readTree(assess(training, "en", null, 2).asString());
        assertEquals("TRAINING", trained.get("approach").asText());
        assertEquals(1, count(Map.of("projectName", project, "ruleset", "1")));
        assertEquals(1, count(Map.of("projectName", project, "approach", "TRAINING")));
        assertEquals(1, count(Map.of("projectName", project, "warning", "PROVIDER_CLOSING", "ruleset", "2")));
        assertEquals(2, count(Map.of("projectName", project, "from", before.toString())));
        assertEquals(0, count(Map.of("projectName", project, "to", before.toString())));
    }

    private static int count(Map<String, String> query) throws Exception {
        return JSON.readTree(api().queryParams(new LinkedHashMap<>(query)).get("/assessments").then().statusCode(200)
                .extract().asString()).get("records").size();
    }

    @Test
    void anErasedRecordIsGoneAndTheErasureIsNotRepeatable() {
        String id = assess(named(project()), "en", null, 2).jsonPath().getString("assessmentId");
        api().delete("/assessments/" + id).then().statusCode(204);
        api().get("/assessments/" + id).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        api().delete("/assessments/" + id).then().statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void unknownAndMalformedIdsAreNotFound() {
        api().get("/assessments/" + UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        api().get("/assessments/not-a-uuid").then().statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void badListParametersAreRefusedByName() {
        for (Map.Entry<String, String> bad : Map.of("limit", "0", "cursor", "bm90LWEtY3Vyc29y", "from", "yesterday",
                "approach", "FINE_TUNE", "warning", "NOPE", "ruleset", "3", "projectName", "", "color", "red")
                .entrySet()) {
            api().queryParam(bad.getKey(), bad.getValue()).get("/assessments").then().statusCode(400)
                    .body("type", equalTo("/problems/invalid-request"))
                    .body("errors[0].parameter", equalTo(bad.getKey()));
        }
        api().queryParam("limit", "101").get("/assessments").then().statusCode(400);
    }

    /**
     * {@code from} and {@code to} are RFC 3339 date-times (§5.6): a four-digit year, seconds, an offset in hours and
     * minutes. A five-digit or signed year, and the ISO 8601 forms RFC 3339 lacks, were taken; each is a 400 naming
     * the parameter.
     */
    @Test
    void fromAndToTakeOnlyAnRfc3339DateTimeAFourDigitYearAmongItsParts() {
        for (String bad : List.of("+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "+2026-01-01T00:00:00Z",
                "2026-03-01T00:00Z", "2026-03-01T00:00:00+01:00:30")) {
            for (String name : List.of("from", "to")) {
                api().queryParam(name, bad).get("/assessments").then().statusCode(400)
                        .body("type", equalTo("/problems/invalid-request"))
                        .body("errors[0].parameter", equalTo(name))
                        .body("errors[0].detail", org.hamcrest.Matchers.containsString("RFC 3339"));
            }
        }
        api().queryParam("from", "0000-01-01T00:00:00Z").queryParam("to", "9999-12-31t23:59:59.5z")
                .get("/assessments").then().statusCode(200);
    }

    /**
     * RFC 3339 §5.6/§5.7 allow a fraction of any length, an offset up to ±23:59 and a leap second; each was a 400
     * (tester). A leap second elsewhere than 23:59:60 UTC on a month's last day stays a 400.
     */
    @Test
    void fromAndToTakeALongFractionAnOffsetOf2359AndALeapSecond() {
        api().queryParam("from", "2016-12-31T23:59:60Z").queryParam("to", "9999-12-31T00:00:00.1234567890+23:59")
                .get("/assessments").then().statusCode(200);
        api().queryParam("from", "0000-01-01T00:00:00-23:59").get("/assessments").then().statusCode(200);
        api().queryParam("to", "2016-12-31T22:59:60Z").get("/assessments").then().statusCode(400)
                .body("errors[0].parameter", equalTo("to"));
    }

    @Test
    void theMermaidAnswerCarriesNoLocation() {
        api().contentType("application/json").body(profile()).post("/assessments/mermaid").then().statusCode(200)
                .header("Location", nullValue());
    }

    @Test
    void aLocationIsAbsoluteAndPointsAtTheRecord() {
        String location = assess(named(project()), "en", null, 2).header("Location");
        org.hamcrest.MatcherAssert.assertThat(location, matchesPattern("https?://[^/]+/assessments/[0-9a-f-]{36}"));
    }
}
