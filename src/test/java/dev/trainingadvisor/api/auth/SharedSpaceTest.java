package dev.trainingadvisor.api.auth;

import static dev.trainingadvisor.api.Bodies.profile;
import static dev.trainingadvisor.api.Contract.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * {@code ADVISOR_AUTH=none}, the embedded default: no identity provider is consulted, so a token, even a broken one,
 * changes nothing.
 */
@QuarkusTest
class SharedSpaceTest {
    @Test
    void withoutOidcATokenIsIgnored() {
        api().auth().oauth2("not-a-jwt").contentType("application/json").body(profile())
                .post("/assessments").then().statusCode(200);
        api().auth().oauth2(Tokens.of("alice")).contentType("application/json").body(profile())
                .post("/assessments").then().statusCode(200);
    }
}
