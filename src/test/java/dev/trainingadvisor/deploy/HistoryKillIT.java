package dev.trainingadvisor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * On PostgreSQL nothing answered is ever missing from the history, even when the service is killed (SIGKILL) under
 * load: an answer goes out only after its record is committed. Eight clients assess without pause; once several
 * hundred answers came back, the process is killed; every assessment id a client got in a 200 must be in the table.
 * Needs the server {@code .ci/run} starts ({@code ADVISOR_TEST_POSTGRESQL_URL}); {@code PostgresqlRequiredTest} fails
 * where it is required and missing.
 */
@EnabledIfEnvironmentVariable(named = "ADVISOR_TEST_POSTGRESQL_URL", matches = "jdbc:postgresql:.+")
class HistoryKillIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ANSWERS_BEFORE_KILL = 400;

    @Test
    void everyAnswerAClientGotIsRecordedAfterAKill() throws Exception {
        String url = System.getenv("ADVISOR_TEST_POSTGRESQL_URL");
        String user = System.getenv().getOrDefault("ADVISOR_TEST_POSTGRESQL_USER", "");
        String password = System.getenv().getOrDefault("ADVISOR_TEST_POSTGRESQL_PASSWORD", "");
        String project = "kill-test-" + UUID.randomUUID();
        String body = "{\"usesPrivateData\": false, \"desiredChange\": \"DEEP_KNOWLEDGE\", \"labeledExamples\": 12000,"
                + " \"mlExpertise\": \"IN_HOUSE\", \"trainingBudgetUsd\": 25000, \"projectName\": \"" + project + "\"}";
        Set<String> answered = ConcurrentHashMap.newKeySet();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try (PackagedService service = PackagedService.start("history-kill", List.of(), Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", url, "QUARKUS_DATASOURCE_USERNAME", user,
                "QUARKUS_DATASOURCE_PASSWORD", password))) {
            for (int i = 0; i < 8; i++) {
                clients.submit(() -> {
                    while (!killed.get()) {
                        try {
                            HttpResponse<String> response = service.post("/assessments", body);
                            if (response.statusCode() == 200) {
                                answered.add(JSON.readTree(response.body()).get("assessmentId").asText());
                            }
                        } catch (Exception e) {
                            return null; // the service is gone
                        }
                    }
                    return null;
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (answered.size() < ANSWERS_BEFORE_KILL && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            service.process.destroyForcibly(); // SIGKILL, with requests in flight
            assertTrue(service.process.waitFor(10, TimeUnit.SECONDS), "the service did not die");
            killed.set(true);
            clients.shutdown();
            assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));
        } finally {
            clients.shutdownNow();
        }
        assertTrue(answered.size() >= ANSWERS_BEFORE_KILL, "only " + answered.size() + " answers before the kill");
        Set<String> recorded = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id FROM assessment_record WHERE project_name = ?")) {
            select.setString(1, project);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    recorded.add(rows.getString(1));
                }
            }
        }
        Set<String> missing = new HashSet<>(answered);
        missing.removeAll(recorded);
        assertEquals(Set.of(), missing, "answered but not recorded, of " + answered.size() + " answers");
    }
}
