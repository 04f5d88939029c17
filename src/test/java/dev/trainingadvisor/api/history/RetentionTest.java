package dev.trainingadvisor.api.history;

import static dev.trainingadvisor.api.Bodies.profile;
import static dev.trainingadvisor.api.Bodies.with;
import static dev.trainingadvisor.api.Contract.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trainingadvisor.history.History;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 point 4: the retention job erases the records answered more than {@code ADVISOR_HISTORY_RETENTION} ago
 * (here the default, P365D) and keeps the others. The job is run as of a time the test chooses, not waited for.
 */
@QuarkusTest
class RetentionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    History history;

    private static JsonNode assess(String project) throws Exception {
        String id = api().contentType("application/json").body(with(profile(), "projectName", project))
                .post("/assessments").then().statusCode(200).extract().path("assessmentId");
        return JSON.readTree(api().get("/assessments/" + id).then().statusCode(200).extract().asString());
    }

    @Test
    void theJobErasesWhatIsOlderThanTheRetentionPeriodAndKeepsTheRest() throws Exception {
        assertEquals(Duration.ofDays(365), history.retention(), "the default period");
        String project = "retention-" + UUID.randomUUID();
        JsonNode older = assess(project);
        JsonNode newer = assess(project);
        int made = 2;
        Instant olderAt = Instant.parse(older.get("recordedAt").asText());
        Instant newerAt = Instant.parse(newer.get("recordedAt").asText());
        for (int tries = 0; !newerAt.isAfter(olderAt) && tries < 100; tries++) { // same clock tick: one more
            newer = assess(project);
            newerAt = Instant.parse(newer.get("recordedAt").asText());
            made++;
        }
        assertTrue(newerAt.isAfter(olderAt));

        // A day before the older one's period ends, the job keeps both.
        history.purgeAt(olderAt.plus(history.retention()).minus(Duration.ofDays(1)));
        assertEquals(made, countOf(project));
        // Once the older one is past the period and the newer one not yet, the older one is gone (and, in this test
        // database, whatever other tests recorded before it).
        assertTrue(history.purgeAt(newerAt.plus(history.retention())) >= 1);
        api().get("/assessments/" + older.get("assessmentId").asText()).then().statusCode(404);
        api().get("/assessments/" + newer.get("assessmentId").asText()).then().statusCode(200);
        assertEquals(1, countOf(project));
        // Past the newer one's period too, nothing of the project is left.
        assertTrue(history.purgeAt(newerAt.plus(history.retention()).plusMillis(1)) >= 1);
        assertEquals(0, countOf(project));
    }

    private static int countOf(String project) throws Exception {
        return JSON.readTree(api().queryParam("projectName", project).get("/assessments").then().statusCode(200)
                .extract().asString()).get("records").size();
    }
}
