package dev.trainingadvisor.api.history;

import static dev.trainingadvisor.api.Bodies.profile;
import static dev.trainingadvisor.api.Contract.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code ADVISOR_HISTORY=off}: nothing recorded, no Location, and each history operation a 404 of its own type. */
@QuarkusTest
@TestProfile(HistoryOffTest.Off.class)
class HistoryOffTest {
    public static class Off implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("advisor.history", "off");
        }
    }

    @Test
    void assessingWorksWithoutALocation() {
        api().contentType("application/json").body(profile()).post("/assessments").then().statusCode(200)
                .header("Location", nullValue());
    }

    @Test
    void historyOperationsSayHistoryIsOff() {
        String id = UUID.randomUUID().toString();
        api().get("/assessments/" + id).then().statusCode(404).body("type", equalTo("/problems/history-off"));
        api().get("/assessments").then().statusCode(404).body("type", equalTo("/problems/history-off"));
        api().delete("/assessments/" + id).then().statusCode(404).body("type", equalTo("/problems/history-off"));
        api().header("Accept-Language", "zh").get("/assessments").then().statusCode(404)
                .body("title", equalTo("决策历史已关闭"));
    }
}
