package dev.trainingadvisor.api.change;

import static dev.trainingadvisor.api.Contract.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trainingadvisor.api.Bodies;
import dev.trainingadvisor.api.market.MarketDataLoader;
import dev.trainingadvisor.api.market.MarketDataWatch.MarketDataReplaced;
import dev.trainingadvisor.domain.market.MarketData;
import dev.trainingadvisor.history.History;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The flip count of new market data (issue 19 point 4), on the embedded database ({@link MarketFlipsOnPostgresqlTest}
 * runs it on PostgreSQL). Earlier tests leave records in the same history, so each test counts once before and once
 * after recording its own, and checks the difference against this hand-worked table (data: the shipped file, then
 * OpenAI closed early, {@link ChangedMarket#openAiClosed}):
 * <pre>
 * recorded profile                     ruleset  shipped data                      OpenAI closed        flips
 * training (SFT, in-house)             2        TRAINING, PROVIDER_CLOSING (+2)   TRAINING, no CLOSING  yes (warnings)
 * training, another project            2        TRAINING, PROVIDER_CLOSING         same                 yes (warnings)
 * Bodies.profile (no training)         2        not TRAINING, no market warning   same                 no
 * </pre>
 * Replayed +3, flips +2, approach flips +0.
 */
@QuarkusTest
class MarketFlipsTest {
    @Inject
    MarketFlips flips;
    @Inject
    MeterRegistry registry;
    @Inject
    History history;
    @Inject
    java.time.Clock clock;

    private static MarketData data(String version) {
        return MarketDataLoader.load(new ByteArrayInputStream(ChangedMarket.text(ChangedMarket.openAiClosed(version))
                .getBytes(StandardCharsets.UTF_8)), version);
    }

    private static MarketData shipped() {
        return MarketDataLoader.builtIn();
    }

    private MarketFlips.Outcome.Counted counted(MarketData after) {
        return assertInstanceOf(MarketFlips.Outcome.Counted.class, flips.count(new MarketDataReplaced(shipped(),
                after)));
    }

    private double metric(String version, String change) {
        Counter counter = registry.find("advisor.market.flips").tags("version", version, "change", change).counter();
        return counter == null ? -1 : counter.count();
    }

    @Test
    void openAiClosingEarlyFlipsTheTrainingDecisionsOnItAndNoOthers() {
        MarketFlips.Outcome.Counted before = counted(data("flips-before-" + UUID.randomUUID()));
        ReassessmentTest.record(ReassessmentTest.training("flips-" + UUID.randomUUID()), 2);
        ReassessmentTest.record(ReassessmentTest.training("flips-" + UUID.randomUUID()), 2);
        Map<String, Object> other = Bodies.with(Bodies.profile(), "projectName", "flips-" + UUID.randomUUID());
        String approach = api().contentType("application/json").queryParam("ruleset", 2).body(other)
                .post("/assessments").then().statusCode(200).extract().path("approach");
        assertTrue(!"TRAINING".equals(approach), "the third profile must not be TRAINING, is " + approach);

        String version = "flips-after-" + UUID.randomUUID();
        MarketFlips.Outcome.Counted after = counted(data(version));
        assertEquals(3, after.replayed() - before.replayed());
        assertEquals(2, after.flips() - before.flips());
        assertEquals(0, after.approachFlips() - before.approachFlips());
        assertEquals(after.flips(), metric(version, "any"));
        assertEquals(after.approachFlips(), metric(version, "approach"));
    }

    @Test
    void aSecondReplicaDoesNotCountAgain() {
        String version = "flips-once-" + UUID.randomUUID();
        MarketDataReplaced replaced = new MarketDataReplaced(shipped(), data(version));
        MarketFlips.Outcome.Counted first = assertInstanceOf(MarketFlips.Outcome.Counted.class, flips.count(replaced));
        // the second replica: the same event on the same database; nothing in the bean remembers the first
        assertInstanceOf(MarketFlips.Outcome.NotCounted.class, flips.count(replaced));
        assertEquals(first.flips(), metric(version, "any"), "the metric is raised once");
    }

    @Test
    void aClaimWhoseReplicaDiedIsTakenAgainOnlyAfterItExpires() {
        String fresh = "flips-claimed-" + UUID.randomUUID();
        assertTrue(history.store().orElseThrow().claimFlipCount(fresh, "elsewhere", clock.instant(),
                Duration.ofDays(1)));
        assertInstanceOf(MarketFlips.Outcome.NotCounted.class, flips.count(new MarketDataReplaced(shipped(),
                data(fresh))));
        assertEquals(-1, metric(fresh, "any"), "nothing counted under a live claim");

        String abandoned = "flips-abandoned-" + UUID.randomUUID();
        assertTrue(history.store().orElseThrow().claimFlipCount(abandoned, "elsewhere",
                clock.instant().minus(MarketFlips.CLAIM_EXPIRY).minusSeconds(60), Duration.ofDays(1)));
        counted(data(abandoned));
    }

    @Test
    void replacingTheDataHandsTheCountToItsOwnThread() throws Exception {
        String version = "flips-event-" + UUID.randomUUID();
        flips.onReplaced(new MarketDataReplaced(shipped(), data(version)));
        MarketFlips.Outcome outcome = flips.last().toCompletableFuture().get(60, java.util.concurrent.TimeUnit.SECONDS);
        MarketFlips.Outcome.Counted counted = assertInstanceOf(MarketFlips.Outcome.Counted.class, outcome);
        assertEquals(version, counted.version());
        assertEquals("market-flips", counted.thread());
    }
}
