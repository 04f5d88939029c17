package dev.trainingadvisor.api.history;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * {@link HistoryTest} on a real PostgreSQL server: the one {@code ADVISOR_TEST_POSTGRESQL_URL} names (a JDBC URL;
 * user and password in {@code ADVISOR_TEST_POSTGRESQL_USER} / {@code _PASSWORD}). {@code .ci/run} starts a
 * throw-away server and sets them; without them this class is skipped, and {@code PostgresqlRequiredTest} fails
 * where PostgreSQL is required ({@code ADVISOR_REQUIRE_POSTGRESQL=1}, as in CI).
 */
@QuarkusTest
@TestProfile(HistoryOnPostgresqlTest.Postgresql.class)
@EnabledIfEnvironmentVariable(named = "ADVISOR_TEST_POSTGRESQL_URL", matches = "jdbc:postgresql:.+")
public class HistoryOnPostgresqlTest extends HistoryTest {
    public static class Postgresql implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    // read at discovery even when the test is disabled: no URL must not fail every test
                    "quarkus.datasource.jdbc.url", System.getenv().getOrDefault("ADVISOR_TEST_POSTGRESQL_URL", ""),
                    "quarkus.datasource.username", System.getenv().getOrDefault("ADVISOR_TEST_POSTGRESQL_USER", ""),
                    "quarkus.datasource.password",
                    System.getenv().getOrDefault("ADVISOR_TEST_POSTGRESQL_PASSWORD", ""));
        }
    }
}
