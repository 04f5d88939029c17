package dev.trainingadvisor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The decision log is the service's audit record, and the console it goes to is buffered (flushed every 100 ms, see
 * {@code ConsoleLog}). A SIGTERM must lose none of it: N assessments, SIGTERM straight after the last answer (no
 * shutdown delay, so the process exits as fast as it can), and the exited service's log holds exactly N decision
 * lines, one per assessment id answered, a batch's profiles each counting as one. Only a hard kill (SIGKILL) can
 * lose lines: up to the last flush interval's.
 */
class DecisionLogIT {
    private static final int ASSESSMENTS = 60;
    /** Profiles per batch; three of them (indexes 5, 18, 31) are invalid. */
    private static final int BATCH = 40;
    private PackagedService service;

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void sigtermLosesNoDecisionLogLine() throws Exception {
        // No shutdown delay: the exit follows the signal at once, the hardest case for a buffered log.
        service = PackagedService.start("decision-log", List.of("-Dquarkus.shutdown.delay-enabled=false"));
        ObjectMapper json = new ObjectMapper();
        Set<String> answered = new TreeSet<>();
        for (int i = 0; i < ASSESSMENTS; i++) {
            HttpResponse<String> response = service.post("/assessments", "{\"usesPrivateData\": " + (i % 2 == 0)
                    + ", \"desiredChange\": \"DEEP_KNOWLEDGE\", \"labeledExamples\": " + (i * 500)
                    + ", \"mlExpertise\": \"IN_HOUSE\", \"trainingBudgetUsd\": 25000, \"projectName\": \"audit-" + i
                    + "\"}");
            assertEquals(200, response.statusCode(), response.body());
            answered.add(json.readTree(response.body()).get("assessmentId").asText());
        }
        // A batch writes one line per profile it assessed, full or lean, and none for a profile it refused.
        int batchLines = 0;
        for (String prefer : List.of("return=representation", "return=minimal")) {
            List<String> profiles = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                profiles.add(i % 13 == 5 ? "{\"usesPrivateData\": \"no\"}"
                        : "{\"usesPrivateData\": " + (i % 2 == 0) + ", \"desiredChange\": \"TASK_SKILL\", "
                        + "\"labeledExamples\": " + (i * 300) + ", \"projectName\": \"batch-" + i + "\"}");
            }
            HttpResponse<String> response = PackagedService.HTTP.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(service.base + "/assessments/batch")).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").header("Prefer", prefer)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"profiles\": [" + String.join(", ", profiles) + "]}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            for (JsonNode item : json.readTree(response.body()).get("results")) {
                JsonNode assessment = item.has("assessment") ? item.get("assessment") : item.get("assessmentSummary");
                if (assessment != null) {
                    answered.add(assessment.get("assessmentId").asText());
                    batchLines++;
                }
            }
        }
        assertEquals(2 * (BATCH - 3), batchLines, "three profiles of each batch are refused");
        int exit = service.terminate(Duration.ofSeconds(30)); // SIGTERM right after the last answer
        assertTrue(List.of(0, 143).contains(exit), "clean exit: " + exit);

        Set<String> logged = new TreeSet<>();
        List<String> decisionLines = new ArrayList<>();
        for (String line : Files.readAllLines(service.log)) {
            if (line.startsWith("{") && line.contains("\"advisor.decision\"")) {
                decisionLines.add(line);
                JsonNode entry = json.readTree(json.readTree(line).get("message").asText());
                logged.add(entry.get("assessmentId").asText());
            }
        }
        assertEquals(ASSESSMENTS + batchLines, decisionLines.size(),
                "one decision line per assessment, single or in a batch, none lost on SIGTERM");
        assertEquals(answered, logged, "every assessment answered is in the decision log");
    }
}
