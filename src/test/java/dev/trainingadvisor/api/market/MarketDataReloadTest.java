package dev.trainingadvisor.api.market;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The operator's market data file replaced while the service runs: new content that validates is served within the
 * check interval, without a restart; content that does not validate is refused, and the old data and readiness stay.
 * The file is swapped by renaming a new one over it, as a ConfigMap update swaps its symlink.
 */
@QuarkusTest
@TestProfile(MarketDataReloadTest.OperatorFile.class)
public class MarketDataReloadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final Path DIR = Path.of("target", "market-reload-test").toAbsolutePath();
    public static final Path FILE = DIR.resolve("market-data.json");

    /** The service started on a copy of the built-in data, checking it every second. */
    public static class OperatorFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try (InputStream in = MarketDataLoader.class.getClassLoader()
                    .getResourceAsStream(MarketDataLoader.BUILT_IN)) {
                Files.createDirectories(DIR);
                Files.copy(in, FILE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("advisor.market-data", FILE.toString(), "advisor.market-data-check-interval", "1s");
        }
    }

    @Test
    void aNewFileIsServedWithoutARestartAndABadOneChangesNothing() throws IOException {
        ObjectNode data = (ObjectNode) JSON.readTree(FILE.toFile());
        String original = data.get("version").asText();
        assertEquals(original, version());
        assertEquals(original, trainingAnswerVersion());
        // counters from earlier tests on the same service (this profile is shared) are counted from here
        double replacedBefore = reloads("replaced");
        double refusedBefore = reloads("refused");

        data.put("version", "reloaded-2026-12-03");
        swap(JSON.writeValueAsString(data));
        await(() -> "reloaded-2026-12-03".equals(version()), "the new version is served");
        assertEquals(replacedBefore + 1.0, reloads("replaced"));
        assertEquals("reloaded-2026-12-03", trainingAnswerVersion(),
                "a TRAINING answer's market part follows the new data at once");

        swap("{\"version\": \"broken\", \"providers\": 7}");
        await(() -> reloads("refused") >= refusedBefore + 1.0, "the bad file is refused");
        assertEquals("reloaded-2026-12-03", version(), "the old data stays");
        given().get("/q/health/ready").then().statusCode(200);
        assertEquals(refusedBefore + 1.0, reloads("refused"), "refused once, however often the same bad file is checked");

        ObjectNode sameVersion = data.deepCopy();
        sameVersion.with("priceMap").put("note", "the same version, other content");
        swap(JSON.writeValueAsString(sameVersion));
        await(() -> reloads("refused") >= refusedBefore + 2.0, "changed content under the version in use is refused");
        assertEquals("reloaded-2026-12-03", version(), "the old data stays");

        data.put("version", original);
        swap(JSON.writeValueAsString(data));
        await(() -> original.equals(version()), "a good file after a bad one is served");
    }

    /** The market-data version a TRAINING answer names (the benchmark profile is one). */
    private static String trainingAnswerVersion() throws IOException {
        String profile = Files.readString(Path.of("src", "bench", "profile.json"));
        return given().contentType("application/json").body(profile).post("/assessments").then().statusCode(200)
                .body("approach", org.hamcrest.Matchers.equalTo("TRAINING")).extract().path("marketData.version");
    }

    private static String version() {
        return given().get("/models").then().statusCode(200).extract().path("marketData.version");
    }

    private static double reloads(String outcome) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String line : metrics.split("\n")) {
            if (line.startsWith("advisor_market_data_reloads_total{") && line.contains("outcome=\"" + outcome + "\"")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }

    /** Writes {@code content} beside the file and renames it over the file in one step. */
    private static void swap(String content) throws IOException {
        Path next = DIR.resolve("next.json");
        Files.writeString(next, content);
        Files.move(next, FILE, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "not within 30 s: " + what);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
