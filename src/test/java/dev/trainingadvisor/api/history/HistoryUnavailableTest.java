package dev.trainingadvisor.api.history;

import static dev.trainingadvisor.api.Bodies.profile;
import static dev.trainingadvisor.api.Bodies.with;
import static dev.trainingadvisor.api.Contract.api;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
        // Back: nothing refused was recorded, and the service records again.
        assertEquals(0, api().queryParam("projectName", project).get("/assessments").then().statusCode(200)
                .extract().jsonPath().getList("records").size());
        api().contentType("application/json").body(with(profile(), "projectName", project)).post("/assessments")
                .then().statusCode(200);
        api().get("/assessments/" + known).then().statusCode(200);
    }

    private static void unavailable(io.restassured.response.Response response) {
        response.then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("type", equalTo("/problems/history-unavailable"))
                .body("status", equalTo(503));
    }
}
