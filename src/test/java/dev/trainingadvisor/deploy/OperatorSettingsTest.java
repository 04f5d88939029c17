package dev.trainingadvisor.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings an operator tunes take effect: default language, CORS origins, body limit. */
@QuarkusTest
@TestProfile(OperatorSettingsTest.Tuned.class)
class OperatorSettingsTest {
    static final String ORIGIN = "https://advisor-ui.internal";

    public static class Tuned implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "advisor.default-language", "zh",
                    "quarkus.http.cors.enabled", "true",
                    "quarkus.http.cors.origins", ORIGIN,
                    "advisor.body-limit", "1K");
        }
    }

    @Test
    void defaultLanguageAppliesWhenTheRequestNamesNone() {
        given().get("/training-methods/RAG").then().statusCode(200).header("Content-Language", "zh-CN");
        given().header("Accept-Language", "en").get("/training-methods/RAG").then().statusCode(200)
                .header("Content-Language", "en");
    }

    @Test
    void corsAdmitsTheConfiguredOriginOnly() {
        given().header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST")
                .options("/assessments").then().header("Access-Control-Allow-Origin", ORIGIN);
        given().header("Origin", "https://elsewhere.example").get("/training-methods")
                .then().header("Access-Control-Allow-Origin", (String) null);
    }

    @Test
    void bodyLimitFollowsTheSetting() {
        given().contentType("application/json").body("{\"projectName\": \"" + "x".repeat(2000) + "\"}")
                .post("/assessments").then().statusCode(413).body("status", equalTo(413));
    }
}
