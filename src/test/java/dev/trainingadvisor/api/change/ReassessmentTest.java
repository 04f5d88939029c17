package dev.trainingadvisor.api.change;

import static dev.trainingadvisor.api.Contract.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.trainingadvisor.api.Bodies;
import dev.trainingadvisor.api.market.MarketDataReloadTest;
import dev.trainingadvisor.api.market.MarketDataWatch;
import dev.trainingadvisor.api.market.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /assessments/{id}/reassessment} (issue 19) against a hand-worked table. A TRAINING profile (SFT) recorded
 * on 2026-11-29 under ruleset 2 with the shipped data 2026-12-02.1 carries PROVIDER_CLOSING (OpenAI) and
 * PROVIDER_DISCONTINUED (Anthropic, HuggingFace AutoTrain); its validUntil is 2027-01-06.
 * <pre>
 * world now                                   approach   warnings removed    reasons
 * unchanged                                   TRAINING   -                   -
 * clock 2027-01-15                            TRAINING   PROVIDER_CLOSING    DATE_PASSED 2027-01-06 (OpenAI's last
 *                                                                            day for new jobs), 2027-01-13 (its shutdown)
 * data "openai-closed" (OpenAI shut 11-20)    TRAINING   PROVIDER_CLOSING    MARKET_DATA_CHANGED
 * task profile, ?ruleset=1                    TRAINING -> PROMPT_ENGINEERING, SFT and DEPARTS_FROM_LITERAL_TREE,
 *                                             PROVIDER_CLOSING, PROVIDER_DISCONTINUED removed; RULESET_CHANGED 2@2 -> 1@1
 * </pre>
 * Runs on an operator's market data file, replaced through the watch, as in {@link MarketDataReloadTest}.
 */
@QuarkusTest
@TestProfile(MarketDataReloadTest.OperatorFile.class)
class ReassessmentTest {
    @Inject
    TestClock clock;
    @Inject
    MarketDataWatch watch;

    @AfterEach
    void putTheWorldBack() throws IOException {
        clock.reset();
        replaceMarketData(ChangedMarket.text(ChangedMarket.shipped()));
    }

    static Map<String, Object> training(String project) {
        Map<String, Object> body = Bodies.with(Bodies.profile(), "mlExpertise", "IN_HOUSE");
        body = Bodies.with(body, "knowledgeInPublicData", false);
        body = Bodies.with(body, "ragTooSlowOrExpensive", true);
        return Bodies.with(body, "projectName", project);
    }

    static String record(Map<String, Object> body, int ruleset) {
        return api().contentType("application/json").queryParam("ruleset", ruleset).body(body).post("/assessments")
                .then().statusCode(200).extract().path("assessmentId");
    }

    /** Writes {@code content} over the operator's file in one step and lets the watch swap it in. */
    void replaceMarketData(String content) throws IOException {
        Path next = MarketDataReloadTest.DIR.resolve("next-reassessment.json");
        Files.writeString(next, content);
        Files.move(next, MarketDataReloadTest.FILE, StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        watch.check();
    }

    @Test
    void unchangedWorldUnchangedAnswerAndNoReasons() {
        String id = record(training("reassess-" + UUID.randomUUID()), 2);
        api().get("/assessments/" + id + "/reassessment").then().statusCode(200)
                .body("assessmentId", equalTo(id))
                .body("changes.changed", equalTo(false))
                .body("changes.approachBefore", equalTo("TRAINING"))
                .body("changes.approachAfter", equalTo("TRAINING"))
                .body("reasons", hasSize(0))
                .body("assessment.approach", equalTo("TRAINING"))
                .body("assessment.validUntil.date", equalTo("2027-01-06"));
    }

    @Test
    void theClockPastOpenAisLastDaysNamesBothDatesAndDropsProviderClosing() {
        String id = record(training("reassess-" + UUID.randomUUID()), 2);
        clock.set(Instant.parse("2027-01-15T08:00:00Z"));
        api().get("/assessments/" + id + "/reassessment").then().statusCode(200)
                .body("changes.changed", equalTo(true))
                .body("changes.approachAfter", equalTo("TRAINING"))
                .body("changes.warningsRemoved", equalTo(List.of("PROVIDER_CLOSING")))
                .body("changes.warningsAdded", hasSize(0))
                .body("reasons.code", equalTo(List.of("DATE_PASSED", "DATE_PASSED")))
                .body("reasons.datedFact.date", equalTo(List.of("2027-01-06", "2027-01-13")))
                .body("reasons.datedFact.code", equalTo(List.of("PROVIDER_NEW_JOBS_END", "PROVIDER_SHUTDOWN")))
                .body("reasons[1].message", equalTo("The recorded answer held until 2027-01-13, and that day has "
                        + "passed: OpenAI Fine-Tuning shuts its fine-tuning down on 2027-01-14, with every "
                        + "fine-tune on it."))
                .body("assessment.validUntil.code", equalTo("MARKET_DATA_STALE"));
        api().header("Accept-Language", "zh").get("/assessments/" + id + "/reassessment").then().statusCode(200)
                .body("reasons[0].message", equalTo("记录中的回答有效至 2027-01-06，该日期已过：OpenAI Fine-Tuning 在 "
                        + "2027-01-06 之后不再接受新的微调任务。"));
    }

    @Test
    void newMarketDataInWhichOpenAiClosedEarlyIsNamedAsTheReason() throws IOException {
        String id = record(training("reassess-" + UUID.randomUUID()), 2);
        replaceMarketData(ChangedMarket.text(ChangedMarket.openAiClosed("openai-closed-early")));
        api().get("/assessments/" + id + "/reassessment").then().statusCode(200)
                .body("changes.warningsRemoved", equalTo(List.of("PROVIDER_CLOSING")))
                .body("reasons.code", equalTo(List.of("MARKET_DATA_CHANGED")))
                .body("reasons[0].from", equalTo("2026-12-02.1"))
                .body("reasons[0].to", equalTo("openai-closed-early"))
                .body("assessment.marketData.version", equalTo("openai-closed-early"));
    }

    /** The task profile of RulesetTwoResourceTest: TRAINING (SFT) under ruleset 2, PROMPT_ENGINEERING under 1. */
    static Map<String, Object> taskReady(String project) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("usesPrivateData", false);
        body.put("desiredChange", "TASK_SKILL");
        body.put("labeledExamples", 1_000);
        body.put("mlExpertise", "IN_HOUSE");
        body.put("trainingBudgetUsd", 10_000);
        body.put("promptingOutcome", "TOO_COSTLY");
        body.put("projectName", project);
        return body;
    }

    @Test
    void anotherRulesetIsNamedAndFlipsTheApproach() {
        String id = record(taskReady("reassess-" + UUID.randomUUID()), 2);
        api().queryParam("ruleset", 1).get("/assessments/" + id + "/reassessment").then().statusCode(200)
                .body("changes.changed", equalTo(true))
                .body("changes.approachBefore", equalTo("TRAINING"))
                .body("changes.approachAfter", equalTo("PROMPT_ENGINEERING"))
                .body("changes.methodsRemoved", equalTo(List.of("SFT")))
                .body("changes.methodsAdded", hasSize(0))
                .body("changes.warningsRemoved", equalTo(List.of("DEPARTS_FROM_LITERAL_TREE", "PROVIDER_CLOSING",
                        "PROVIDER_DISCONTINUED")))
                .body("reasons.code", equalTo(List.of("RULESET_CHANGED")))
                .body("reasons[0].from", equalTo("2@2"))
                .body("reasons[0].to", equalTo("1@1"))
                .body("assessment.ruleset", equalTo(1));
        api().get("/assessments/" + id + "/reassessment").then().statusCode(200)
                .body("changes.changed", equalTo(false)).body("assessment.ruleset", equalTo(2));
    }

    @Test
    void aProfileRuleset1CannotDecideIsA400PointingIntoTheRecordedProfile() {
        Map<String, Object> body = Bodies.without(training("reassess-" + UUID.randomUUID()), "labeledExamples");
        String id = record(body, 2);
        api().queryParam("ruleset", 1).get("/assessments/" + id + "/reassessment").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-request"))
                .body("errors.pointer", org.hamcrest.Matchers.hasItem("/labeledExamples"));
    }

    @Test
    void anUnknownOrMalformedIdIsA404AndABadRulesetA400() {
        api().get("/assessments/" + UUID.randomUUID() + "/reassessment").then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        api().get("/assessments/not-an-id/reassessment").then().statusCode(404);
        String id = record(training("reassess-" + UUID.randomUUID()), 2);
        api().queryParam("ruleset", 3).get("/assessments/" + id + "/reassessment").then().statusCode(400);
    }

}
