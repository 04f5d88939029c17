package dev.trainingadvisor.api.change;

import dev.trainingadvisor.api.history.HistoryOnPostgresqlTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * {@link MarketFlipsTest} on a real PostgreSQL server, as {@link HistoryOnPostgresqlTest} runs the history's tests:
 * the claim's INSERT fails on PostgreSQL's primary key as on H2's (SQLSTATE 23505).
 */
@QuarkusTest
@TestProfile(HistoryOnPostgresqlTest.Postgresql.class)
@EnabledIfEnvironmentVariable(named = "ADVISOR_TEST_POSTGRESQL_URL", matches = "jdbc:postgresql:.+")
class MarketFlipsOnPostgresqlTest extends MarketFlipsTest {
}
