package dev.trainingadvisor.api.auth;

import static dev.trainingadvisor.api.Bodies.profile;
import static dev.trainingadvisor.api.Contract.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code ADVISOR_AUTH=oidc}: the stateless operations keep working without a token, a valid token is accepted, and
 * every kind of bad token is refused with a 401 problem and {@code WWW-Authenticate: Bearer error="invalid_token"}
 * (RFC 6750 §3.1); health, metrics and the contract stay open.
 */
@QuarkusTest
@TestProfile(BearerTokensTest.Oidc.class)
class BearerTokensTest {
    /** The service trusting {@link Tokens}' key, issuer and audience. */
    public static class Oidc implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Tokens.oidcSettings();
        }
    }

    @Test
    void assessingNeedsNoToken() {
        api().contentType("application/json").body(profile()).post("/assessments").then().statusCode(200);
    }

    @Test
    void aValidTokenIsAccepted() {
        api().auth().oauth2(Tokens.of("alice")).contentType("application/json").body(profile())
                .post("/assessments").then().statusCode(200);
    }

    @Test
    void everyKindOfBadTokenIsRefusedWithAProblem() {
        Map<String, String> bad = Map.of(
                "expired", Tokens.sign(Tokens.claims("alice").issuedAt(Instant.now().minusSeconds(7200))
                        .expiresAt(Instant.now().minusSeconds(3600))),
                "wrong issuer", Tokens.sign(Tokens.claims("alice").issuer("https://evil.example.test")),
                "wrong audience", Tokens.sign(Tokens.claims("alice").audience("another-service")),
                "alg none", Tokens.unsigned("alice"),
                "tampered signature", Tokens.tampered("alice", "mallory"),
                "another key", Tokens.signedByAnotherKey("alice"),
                "not a token", "not-a-jwt");
        bad.forEach((kind, token) -> api().auth().oauth2(token).header("Accept-Language", "zh-CN")
                .contentType("application/json").body(profile())
                .post("/assessments")
                .then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""))
                .header("Content-Type", startsWith("application/problem+json"))
                .header("Content-Language", equalTo("zh-CN"))
                .body("type", equalTo("/problems/unauthorized"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/assessments")));
    }

    @Test
    void theContractsWorkedExampleIsWhatABadTokenGets() throws java.io.IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        String answer = api().auth().oauth2(Tokens.unsigned("alice")).contentType("application/json")
                .body(profile()).post("/assessments").then().statusCode(401).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(json.readTree(java.nio.file.Path.of("src", "main", "resources",
                "META-INF", "openapi-examples", "problem-unauthorized.json").toFile()), json.readTree(answer));
    }

    @Test
    void healthMetricsAndTheContractStayOpen() {
        for (String path : new String[] {"/q/health/ready", "/q/metrics", "/q/openapi", "/problems/unauthorized"}) {
            io.restassured.RestAssured.given().get(path).then().statusCode(200);
        }
    }
}
