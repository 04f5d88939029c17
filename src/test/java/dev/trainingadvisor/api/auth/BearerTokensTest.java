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
    void everyHistoryOperationNeedsAToken() {
        for (String path : new String[] {"/assessments", "/assessments/" + java.util.UUID.randomUUID()}) {
            api().get(path).then().statusCode(401).header("WWW-Authenticate", equalTo("Bearer"))
                    .body("type", equalTo("/problems/unauthorized"));
        }
        api().delete("/assessments/" + java.util.UUID.randomUUID()).then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void aCallerReadsListsAndErasesOnlyItsOwnAndAnotherCallersRecordIsNotFound() {
        String alice = Tokens.of("alice");
        String bob = Tokens.of("bob");
        String path = record(alice);
        api().auth().oauth2(alice).get(path).then().statusCode(200);
        api().auth().oauth2(bob).get(path).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        api().auth().oauth2(bob).delete(path).then().statusCode(404);
        assertListed(bob, path, false);
        assertListed(alice, path, true);
        api().auth().oauth2(alice).delete(path).then().statusCode(204);
        api().auth().oauth2(alice).get(path).then().statusCode(404);
    }

    @Test
    void anAuditorReadsAllAnonymousIncludedAndOnlyAnAdminErasesOthers() {
        String auditor = Tokens.of("carol", "advisor-auditor");
        String admin = Tokens.of("dave", "advisor-admin");
        String anonymous = record(null);
        String alices = record(Tokens.of("alice"));
        for (String path : new String[] {anonymous, alices}) {
            api().auth().oauth2(auditor).get(path).then().statusCode(200);
            assertListed(auditor, path, true);
            api().auth().oauth2(auditor).delete(path).then().statusCode(404);
        }
        api().auth().oauth2(Tokens.of("alice")).get(anonymous).then().statusCode(404);
        api().auth().oauth2(admin).delete(alices).then().statusCode(204);
        api().auth().oauth2(admin).delete(anonymous).then().statusCode(204);
    }

    @Test
    void aTenantClaimSharesRecordsWithinATenantAndNotAcross() {
        String path = record(Tokens.ofTenant("ci-bot", "team-a"));
        api().auth().oauth2(Tokens.ofTenant("erin", "team-a")).get(path).then().statusCode(200);
        assertListed(Tokens.ofTenant("erin", "team-a"), path, true);
        assertListed(Tokens.ofTenant("frank", "team-b"), path, false);
        api().auth().oauth2(Tokens.ofTenant("frank", "team-b")).get(path).then().statusCode(404);
    }

    @Test
    void aReassessmentFollowsTheRecordsAccessRules() {
        String alice = Tokens.of("alice");
        String path = record(alice) + "/reassessment";
        api().get(path).then().statusCode(401).header("WWW-Authenticate", equalTo("Bearer"))
                .body("type", equalTo("/problems/unauthorized"));
        api().auth().oauth2(Tokens.of("bob")).get(path).then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        api().auth().oauth2(alice).get(path).then().statusCode(200);
        api().auth().oauth2(Tokens.of("carol", "advisor-auditor")).get(path).then().statusCode(200);
    }

    @Test
    void anImpactAnalysisIsAnAuditorsOperation() {
        record(Tokens.of("alice"));
        java.util.Map<String, Object> body = java.util.Map.of("limit", 1);
        api().contentType("application/json").body(body).post("/impact-analyses").then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer")).body("type", equalTo("/problems/unauthorized"));
        api().auth().oauth2(Tokens.of("alice")).contentType("application/json").body(body).post("/impact-analyses")
                .then().statusCode(403).body("type", equalTo("/problems/forbidden"));
        api().auth().oauth2(Tokens.of("carol", "advisor-auditor")).contentType("application/json").body(body)
                .post("/impact-analyses").then().statusCode(200);
        api().auth().oauth2(Tokens.of("dave", "advisor-admin")).contentType("application/json").body(body)
                .post("/impact-analyses").then().statusCode(200);
    }

    /** Assesses a profile with {@code token} (none when null) and answers its record's path. */
    private static String record(String token) {
        var request = api().contentType("application/json").body(profile());
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        String location = request.post("/assessments").then().statusCode(200).extract().header("Location");
        return java.net.URI.create(location).getPath();
    }

    private static void assertListed(String token, String path, boolean expected) {
        String id = path.substring(path.lastIndexOf('/') + 1);
        java.util.List<String> ids = api().auth().oauth2(token).get("/assessments?limit=100").then().statusCode(200)
                .extract().jsonPath().getList("records.assessmentId");
        org.junit.jupiter.api.Assertions.assertEquals(expected, ids.contains(id), ids::toString);
    }

    @Test
    void overMcpABadTokenIsRefusedAndARecordNeedsAToken() {
        String initialize = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";
        io.restassured.RestAssured.given().auth().oauth2(Tokens.unsigned("alice")).contentType("application/json")
                .accept("application/json, text/event-stream").body(initialize).post("/mcp")
                .then().statusCode(401).body("type", equalTo("/problems/unauthorized"));
        String session = io.restassured.RestAssured.given().contentType("application/json")
                .accept("application/json, text/event-stream").body(initialize).post("/mcp")
                .then().statusCode(200).extract().header("Mcp-Session-Id");
        String text = io.restassured.RestAssured.given().contentType("application/json")
                .accept("application/json, text/event-stream").header("Mcp-Session-Id", session)
                .body("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":"
                        + "\"get_assessment\",\"arguments\":{\"id\":\"" + java.util.UUID.randomUUID() + "\"}}}")
                .post("/mcp").then().statusCode(200).body("result.isError", equalTo(true))
                .extract().path("result.content[0].text");
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("/problems/unauthorized"), text);
        String again = io.restassured.RestAssured.given().contentType("application/json")
                .accept("application/json, text/event-stream").header("Mcp-Session-Id", session)
                .body("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":"
                        + "\"reassess_assessment\",\"arguments\":{\"id\":\"" + java.util.UUID.randomUUID() + "\"}}}")
                .post("/mcp").then().statusCode(200).body("result.isError", equalTo(true))
                .extract().path("result.content[0].text");
        org.junit.jupiter.api.Assertions.assertTrue(again.contains("/problems/unauthorized"), again);
    }

    @Test
    void aTenantNamedLikeASubjectSeesNoneOfItsRecordsAndATokenWithoutOwnerOwnsNothing() {
        String path = record(Tokens.of("alice"));
        api().auth().oauth2(Tokens.ofTenant("mallory", "alice")).get(path).then().statusCode(404);
        String noOwner = Tokens.sign(io.smallrye.jwt.build.Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(3600)));
        api().auth().oauth2(noOwner).contentType("application/json").body(profile()).post("/assessments")
                .then().statusCode(200);
        api().auth().oauth2(noOwner).get("/assessments").then().statusCode(401);
    }

    /**
     * A token that verifies but names no owner (no sub, no tenant) is told so on history, whatever its roles: a 401
     * whose detail names the missing claims, with {@code error="invalid_token"} (RFC 6750 §3.1), not the "no token"
     * answer it got before (found by the breaker).
     */
    @Test
    void aTokenWithoutSubOrTenantIsTold401InvalidTokenNamingTheClaimsOnHistory() {
        String auditorWithoutSub = Tokens.sign(io.smallrye.jwt.build.Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE)
                .groups(java.util.Set.of("advisor-auditor")).issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(3600)));
        api().auth().oauth2(auditorWithoutSub).contentType("application/json").body(java.util.Map.of("limit", 1))
                .post("/impact-analyses").then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""))
                .body("type", equalTo("/problems/unauthorized"))
                .body("detail", org.hamcrest.Matchers.containsString("sub"))
                .body("detail", org.hamcrest.Matchers.containsString("tenant"));
        api().auth().oauth2(auditorWithoutSub).header("Accept-Language", "zh-Hans").get("/assessments").then()
                .statusCode(401).header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""))
                .body("detail", org.hamcrest.Matchers.containsString("sub"));
        api().get("/assessments").then().statusCode(401).header("WWW-Authenticate", equalTo("Bearer"));
        api().auth().oauth2(auditorWithoutSub).contentType("application/json").body(profile()).post("/assessments")
                .then().statusCode(200);
    }

    /**
     * A {@code tenant} claim that is not a JSON string names no owner: read as text, {@code 5} and {@code "5"} (or an
     * array and its JSON text) were one owner, and each saw the other's records (breaker).
     */
    @Test
    void aTenantClaimThatIsNotAStringNamesNoOwner() {
        String numeric = Tokens.sign(io.smallrye.jwt.build.Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE)
                .subject("alice").claim("tenant", 5).issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(3600)));
        api().auth().oauth2(numeric).get("/assessments").then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""))
                .body("detail", org.hamcrest.Matchers.containsString("tenant"));
        api().auth().oauth2(numeric).get("/assessments").then().statusCode(401)
                .body("detail", org.hamcrest.Matchers.containsString("must be a JSON string"));
        String text = Tokens.sign(io.smallrye.jwt.build.Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE)
                .subject("bob").claim("tenant", "5").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(3600)));
        api().auth().oauth2(text).get("/assessments").then().statusCode(200);
    }

    /**
     * RFC 7519 §4.1.2: {@code sub} is a string. quarkus-oidc refuses a token whose {@code sub} is a number, array,
     * object or boolean, and the answer said the token was expired or its signature did not verify; it names the
     * claim, as for {@code tenant}. A token whose signature does not verify, or that is expired too, keeps the general
     * answer, whatever its sub.
     */
    @Test
    void aSubClaimThatIsNotAStringIsTold401InvalidTokenNamingSub() {
        for (String sub : java.util.List.of("5", "[\"alice\"]", "true", "{\"id\":\"alice\"}")) {
            String token = Tokens.signJson("{\"iss\":\"" + Tokens.ISSUER + "\",\"aud\":\"" + Tokens.AUDIENCE
                    + "\",\"sub\":" + sub + ",\"iat\":" + Instant.now().getEpochSecond() + ",\"exp\":"
                    + Instant.now().plusSeconds(3600).getEpochSecond() + "}");
            api().auth().oauth2(token).get("/assessments").then().statusCode(401)
                    .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""))
                    .body("type", equalTo("/problems/unauthorized"))
                    .body("detail", org.hamcrest.Matchers.containsString("sub"))
                    .body("detail", org.hamcrest.Matchers.containsString("must be a JSON string"));
            api().auth().oauth2(token).header("Accept-Language", "zh").get("/assessments/" + java.util.UUID.randomUUID())
                    .then().statusCode(401).body("detail", org.hamcrest.Matchers.containsString("sub"));
        }
        String[] parts = Tokens.of("alice").split("\\.");
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("\"alice\"", "5").getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        api().auth().oauth2(forged).get("/assessments").then().statusCode(401)
                .body("detail", org.hamcrest.Matchers.containsString("signature"));
        String expired = Tokens.signJson("{\"iss\":\"" + Tokens.ISSUER + "\",\"aud\":\"" + Tokens.AUDIENCE
                + "\",\"sub\":5,\"iat\":" + Instant.now().minusSeconds(7200).getEpochSecond() + ",\"exp\":"
                + Instant.now().minusSeconds(3600).getEpochSecond() + "}");
        api().auth().oauth2(expired).get("/assessments").then().statusCode(401)
                .body("detail", org.hamcrest.Matchers.containsString("expired"));
    }

    /**
     * OpenID Connect Core 1.0 §2: a {@code sub} is at most 255 ASCII characters, and a {@code tenant} is held to the
     * same. Up to 255 the token owns its records (the owner column holds {@code "tenant:"} and 255 characters); a
     * 252-character sub was a 503 history-unavailable (tester). Over 255 the claim names no owner, as a missing one:
     * assessing works, history is a 401 {@code invalid_token} whose detail names the claim and its limit, never a 5xx.
     */
    @Test
    void aSubOrTenantOfUpTo255CharactersOwnsRecordsAndALongerOneNamesNoOwner() {
        String longest = "a".repeat(255);
        for (String token : java.util.List.of(Tokens.of(longest), Tokens.ofTenant("alice", longest))) {
            String path = record(token);
            api().auth().oauth2(token).get(path).then().statusCode(200);
            assertListed(token, path, true);
        }
        String longer = "b".repeat(256);
        Map<String, String> tooLong = Map.of("sub", Tokens.of(longer), "tenant", Tokens.ofTenant("alice", longer));
        tooLong.forEach((claim, token) -> {
            api().auth().oauth2(token).contentType("application/json").body(profile()).post("/assessments")
                    .then().statusCode(200);
            api().auth().oauth2(token).get("/assessments").then().statusCode(401)
                    .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""))
                    .body("type", equalTo("/problems/unauthorized"))
                    .body("detail", org.hamcrest.Matchers.containsString(claim + " claim"))
                    .body("detail", org.hamcrest.Matchers.containsString("255"));
            api().auth().oauth2(token).header("Accept-Language", "zh").delete("/assessments/" + java.util.UUID.randomUUID())
                    .then().statusCode(401).body("detail", org.hamcrest.Matchers.containsString(claim))
                    .body("detail", org.hamcrest.Matchers.containsString("255"));
        });
    }

    @Test
    void healthMetricsAndTheContractStayOpen() {
        for (String path : new String[] {"/q/health/ready", "/q/metrics", "/q/openapi", "/problems/unauthorized"}) {
            io.restassured.RestAssured.given().get(path).then().statusCode(200);
        }
    }
}
