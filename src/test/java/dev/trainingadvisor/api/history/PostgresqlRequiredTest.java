package dev.trainingadvisor.api.history;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Where PostgreSQL is required ({@code ADVISOR_REQUIRE_POSTGRESQL=1}, or {@code CI=true}), the history tests on
 * PostgreSQL must run, never be skipped: this fails when no server is named.
 */
class PostgresqlRequiredTest {
    @Test
    void postgresqlIsThereWhereItIsRequired() {
        boolean required = "1".equals(System.getenv("ADVISOR_REQUIRE_POSTGRESQL"))
                || "true".equals(System.getenv("CI"));
        String url = System.getenv("ADVISOR_TEST_POSTGRESQL_URL");
        assertTrue(!required || (url != null && url.startsWith("jdbc:postgresql:")),
                "PostgreSQL is required here (ADVISOR_REQUIRE_POSTGRESQL=1 or CI=true) but ADVISOR_TEST_POSTGRESQL_URL "
                        + "names no server: .ci/run starts one");
    }
}
