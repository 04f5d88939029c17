package dev.trainingadvisor.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The service serves its questionnaire at {@code /} with everything the page loads (its script, styles, tables and the
 * mermaid and chart.js WebJars) from itself; the page is not an API operation, and the strict 404/405 handling holds
 * around it. What the page does in a browser is {@code QuestionnaireBrowserIT}'s part.
 */
@QuarkusTest
class QuestionnairePageTest {

    @Test
    void theRootServesTheQuestionnairePage() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<script type=\"module\" src=\"/app/advisor.js\">"))
                .body(containsString("<meta name=\"viewport\""));
    }

    @Test
    void everythingThePageLoadsIsServedByTheServiceItself() throws IOException {
        String html = given().get("/").then().statusCode(200).extract().asString();
        String script = Files.readString(QuestionTableTest.PAGE.resolve("advisor.js"));
        List<String> local = new ArrayList<>();
        Matcher attribute = Pattern.compile("(?:src|href)=\"([^\"#:]+)\"").matcher(html);
        while (attribute.find()) {
            local.add(attribute.group(1));
        }
        Matcher constant = Pattern.compile("'(/(?:webjars|app)/[^']+)'").matcher(script);
        while (constant.find()) {
            local.add(constant.group(1));
        }
        assertTrue(local.stream().anyMatch(path -> path.contains("/webjars/mermaid/")), local.toString());
        assertTrue(local.stream().anyMatch(path -> path.contains("/webjars/chart.js/")), local.toString());
        for (String path : local) {
            given().get(path).then().statusCode(200);
        }
        for (String path : local.stream().filter(path -> path.endsWith(".js")).toList()) {
            given().get(path).then().contentType(containsString("javascript"));
        }
        assertFalse(html.contains("//cdn") || script.contains("https://"), "no library from a CDN");
    }

    /**
     * The page's files carry an IMF-fixdate {@code Date} and {@code Last-Modified} (a two-digit day), are not
     * {@code immutable} under names without a version, and answer HEAD with the {@code Content-Type} of GET (found by
     * the breaker: {@code Date: Thu, 3 Dec 2026}, {@code public, immutable, max-age=86400} on {@code /app/advisor.js},
     * HEAD without a type).
     */
    @Test
    void thePagesFilesCarryImfDatesRevalidateAndAnswerHeadWithTheirType() {
        Pattern imfFixdate = Pattern.compile("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} "
                + "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
        for (String path : List.of("/", "/app/advisor.js", "/app/advisor.css", "/app/texts.json")) {
            io.restassured.response.Response get = given().get(path);
            assertEquals(200, get.statusCode(), path);
            assertTrue(imfFixdate.matcher(get.header("Date")).matches(), path + " Date " + get.header("Date"));
            assertTrue(imfFixdate.matcher(get.header("Last-Modified")).matches(),
                    path + " Last-Modified " + get.header("Last-Modified"));
            assertEquals("no-cache", get.header("Cache-Control"), path);
            io.restassured.response.Response head = given().head(path);
            assertEquals(200, head.statusCode(), path);
            assertEquals(get.header("Content-Type"), head.header("Content-Type"), path);
            assertEquals("no-cache", head.header("Cache-Control"), path);
            given().header("If-Modified-Since", get.header("Last-Modified")).get(path).then().statusCode(304);
        }
        // a WebJar the page loads by name, without a version: not immutable; revalidated when it has a validator,
        // else kept a short while
        String webJar = "/webjars/mermaid/dist/mermaid.min.js";
        for (io.restassured.response.Response answer : List.of(given().get(webJar), given().head(webJar))) {
            assertEquals(200, answer.statusCode());
            String lastModified = answer.header("Last-Modified");
            assertEquals(lastModified != null ? "no-cache" : "public, max-age=3600", answer.header("Cache-Control"));
            assertTrue(imfFixdate.matcher(answer.header("Date")).matches(), "Date " + answer.header("Date"));
            assertTrue(answer.header("Content-Type").startsWith("text/javascript"), answer.header("Content-Type"));
            if (lastModified != null) {
                given().header("If-Modified-Since", lastModified).get(webJar).then().statusCode(304);
            }
        }
    }

    @Test
    void thePageIsNotAnOperationOfTheContract() {
        Map<String, Object> paths = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        assertFalse(paths.containsKey("/"), "/ is the page, not an API operation");
        assertFalse(paths.keySet().stream().anyMatch(path -> path.startsWith("/app") || path.startsWith("/webjars")));
    }

    @Test
    void otherMethodsOnThePageAre405WithAllow() {
        for (String path : List.of("/", "/index.html", "/app/advisor.js", "/app/questions.json")) {
            for (String method : List.of("POST", "PUT", "DELETE")) {
                given().request(method, path).then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS")
                        .contentType("application/problem+json")
                        .body("type", equalTo("/problems/method-not-allowed")).body("instance", equalTo(path));
            }
        }
        given().head("/").then().statusCode(200);
    }

    @Test
    void aMissingFileBesideThePageIsStillA404Problem() {
        for (String path : List.of("/app/nope.js", "/nope.html", "/webjars/nope/nope.js")) {
            given().get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("/problems/not-found"));
            given().post(path).then().statusCode(404).body("type", not(equalTo("/problems/method-not-allowed")));
        }
    }

    @Test
    void theTableHasAQuestionForEveryFieldTheDecisionTreeReads() throws IOException {
        Set<String> asked = new TreeSet<>();
        for (JsonNode question : QuestionTableTest.questions()) {
            asked.add(question.get("field").asText());
        }
        List<Integer> rulesets = given().get("/rulesets").then().statusCode(200).extract().jsonPath()
                .getList("rulesets.id", Integer.class);
        assertFalse(rulesets.isEmpty());
        for (int ruleset : rulesets) {
            JsonPath tree = given().accept("application/json").queryParam("ruleset", ruleset).get("/decision-tree")
                    .then().statusCode(200).extract().jsonPath();
            Set<String> read = new TreeSet<>();
            for (List<String> fields : tree.<List<String>>getList("nodes.fields")) {
                if (fields != null) {
                    read.addAll(fields);
                }
            }
            assertFalse(read.isEmpty());
            read.removeAll(asked);
            assertEquals(Set.of(), read, "fields ruleset " + ruleset + "'s tree reads that the questionnaire cannot ask");
        }
    }
}
