package dev.trainingadvisor.api;

import static dev.trainingadvisor.api.Bodies.profile;
import static dev.trainingadvisor.api.Contract.api;
import static dev.trainingadvisor.api.Contract.unchecked;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HTTP-level errors are problem documents too: unknown paths, wrong methods, unacceptable media types. */
@QuarkusTest
class HttpErrorsTest {

    @Test
    void unknownPathIs404Problem() {
        for (String path : new String[] {"/nope", "/assessments/123", "/q/nope", "/training-methods/SFT/extra"}) {
            unchecked().get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("/problems/not-found")).body("instance", equalTo(path));
        }
    }

    @Test
    void wrongMethodIs405WithAllow() {
        Map<String, String> allowed = Map.ofEntries(
                Map.entry("/roi-estimates", "OPTIONS, POST"),
                Map.entry("/cost-comparisons", "OPTIONS, POST"),
                Map.entry("/training-methods", "GET, HEAD, OPTIONS"),
                Map.entry("/training-methods/SFT", "GET, HEAD, OPTIONS"),
                Map.entry("/providers", "GET, HEAD, OPTIONS"),
                Map.entry("/providers/replicate", "GET, HEAD, OPTIONS"),
                Map.entry("/models", "GET, HEAD, OPTIONS"),
                Map.entry("/models/gpt-4o-mini-2024-07-18", "GET, HEAD, OPTIONS"),
                Map.entry("/fine-tuning-offerings", "GET, HEAD, OPTIONS"),
                Map.entry("/fine-tuning-offerings/openai-gpt-4o-mini-sft", "GET, HEAD, OPTIONS"),
                Map.entry("/decision-tree", "GET, HEAD, OPTIONS"),
                Map.entry("/problems/not-found", "GET, HEAD, OPTIONS"));
        allowed.forEach((path, allow) -> {
            String wrong = allow.contains("POST") ? "GET" : "DELETE";
            unchecked().request(wrong, path).then().statusCode(405).contentType("application/problem+json")
                    .header("Allow", allow).body("type", equalTo("/problems/method-not-allowed"));
        });
        unchecked().contentType("application/json").body(profile()).put("/assessments")
                .then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS, POST"); // GET: the history's listing
        unchecked().contentType("application/json").body(profile())
                .put("/assessments/5b0c7f5e-2d3a-4f1e-9a47-0c8d2b6e1a93")
                .then().statusCode(405).header("Allow", "DELETE, GET, HEAD, OPTIONS");
    }

    @Test
    void unacceptableAcceptIs406Problem() {
        api().contentType("application/json").accept("application/xml").body(profile()).post("/assessments")
                .then().statusCode(406).contentType("application/problem+json")
                .body("type", equalTo("/problems/not-acceptable"));
        api().accept("text/csv").get("/training-methods").then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void headRequestsAnswerLikeGetWithoutABody() {
        unchecked().head("/training-methods").then().statusCode(200).header("Content-Language", "en");
    }
}
