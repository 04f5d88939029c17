package dev.trainingadvisor.api.history;

import static dev.trainingadvisor.api.Bodies.profile;
import static dev.trainingadvisor.api.Bodies.with;
import static dev.trainingadvisor.api.Contract.api;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.trainingadvisor.api.assessment.AssessmentService;
import io.quarkus.agroal.runtime.AgroalDataSourceUtil;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 points 1 and 3: when the database cannot record, an assessment is not answered - a 503
 * {@code history-unavailable} problem with {@code Retry-After}, never a 500 - so nothing is ever answered without its
 * record; reads answer the same 503. The database is made unavailable by taking the records' table away for the
 * duration of the test (on the embedded H2 file of the test run) and putting it back.
 */
@QuarkusTest
class HistoryUnavailableTest {
    private static final String TABLE = "assessment_record";
    private static final String AWAY = "assessment_record_away";

    private static DataSource database() {
        return AgroalDataSourceUtil.dataSourceIfActive("history").orElseThrow();
    }

    private static void rename(String from, String to) throws SQLException {
        try (Connection connection = database().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + from + " RENAME TO " + to);
        }
    }

    @Test
    void aDatabaseThatCannotRecordIsA503WithRetryAfterAndNothingIsAnsweredWithoutItsRecord() throws Exception {
        String project = "unavailable-" + UUID.randomUUID();
        String known = api().contentType("application/json").body(profile()).post("/assessments").then()
                .statusCode(200).extract().path("assessmentId");
        rename(TABLE, AWAY);
        try {
            for (String prefer : List.of("return=representation", "return=minimal")) {
                unavailable(api().contentType("application/json").header("Prefer", prefer)
                        .body(with(profile(), "projectName", project)).post("/assessments"));
            }
            unavailable(api().contentType("application/json")
                    .body(Map.of("profiles", List.of(with(profile(), "projectName", project))))
                    .post("/assessments/batch"));
            unavailable(api().get("/assessments/" + known));
            unavailable(api().queryParam("projectName", project).get("/assessments"));
            unavailable(api().delete("/assessments/" + known));
        } finally {
            rename(AWAY, TABLE);
        }
        // Every assessment decided and then refused is said so in the decision log: its "assessment" line is
        // followed by an "assessment-unrecorded" line with the same id (the lines come from the writer thread).
        List<String> refusedIds = awaitRefusedLines(project, 3);
        for (String id : refusedIds) {
            awaitLine(line -> line.contains("\"event\":\"assessment-unrecorded\"") && line.contains(id)
                    && line.contains("/problems/history-unavailable"), "an assessment-unrecorded line for " + id);
        }
        // Back: nothing refused was recorded, and the service records again.
        assertEquals(0, api().queryParam("projectName", project).get("/assessments").then().statusCode(200)
                .extract().jsonPath().getList("records").size());
        api().contentType("application/json").body(with(profile(), "projectName", project)).post("/assessments")
                .then().statusCode(200);
        api().get("/assessments/" + known).then().statusCode(200);
    }

    private final List<String> decisionLines = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.logging.Handler capture = new java.util.logging.Handler() {
        @Override
        public void publish(java.util.logging.LogRecord record) {
            decisionLines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @org.junit.jupiter.api.BeforeEach
    void listen() {
        java.util.logging.Logger.getLogger(AssessmentService.DECISION_LOG).addHandler(capture);
    }

    @org.junit.jupiter.api.AfterEach
    void stopListening() {
        java.util.logging.Logger.getLogger(AssessmentService.DECISION_LOG).removeHandler(capture);
    }

    /** The ids of the {@code count} assessments of {@code project} that the decision log says were decided. */
    private List<String> awaitRefusedLines(String project, int count) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<String> ids = decisionLines.stream()
                    .filter(line -> line.contains("\"event\":\"assessment\"") && line.contains(project))
                    .map(line -> line.replaceAll(".*\"assessmentId\":\"([0-9a-f-]+)\".*", "$1")).toList();
            if (ids.size() >= count) {
                assertEquals(count, ids.size(), decisionLines.toString());
                return ids;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("decision lines of " + project + " not written: " + decisionLines);
    }

    /** Waits (up to 5 s) for a decision line that {@code matches}; fails naming {@code what} otherwise. */
    private void awaitLine(java.util.function.Predicate<String> matches, String what) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (decisionLines.stream().anyMatch(matches)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + what + " in " + decisionLines);
    }

    private static void unavailable(io.restassured.response.Response response) {
        response.then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("type", equalTo("/problems/history-unavailable"))
                .body("status", equalTo(503));
    }
}
