package dev.trainingadvisor.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trainingadvisor.domain.assessment.Rulesets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Rule coverage of the whole suite (issue 20): runs after the unit and {@code @QuarkusTest} tests (failsafe, in
 * {@code verify}), reads the branches their decisions took ({@code target/rule-coverage/tests.hits}), walks the case
 * book's requests, writes {@code target/rule-coverage/rule-coverage.md} and {@code .json}, prints the summary, and
 * fails when a branch of a ruleset is reached by nothing.
 */
class RuleCoverageIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyBranchOfEveryRulesetIsReachedByTheTestsOrTheCaseBook() throws IOException {
        Assertions.assertTrue(Files.exists(RuleCoverage.HITS), RuleCoverage.HITS
                + " is missing: it is written by the unit and @QuarkusTest run of the same build (./mvnw verify)");
        RuleCoverage coverage = new RuleCoverage(List.of(Rulesets.ONE, Rulesets.TWO),
                RuleCoverage.readHits(RuleCoverage.HITS), RuleCoverage.caseBook(cases()));
        Path report = coverage.write(RuleCoverage.DIRECTORY);
        System.out.print("Rule coverage (" + report + "):\n" + coverage.summary());
        assertEveryBranchReached(coverage);
    }

    static void assertEveryBranchReached(RuleCoverage coverage) {
        List<String> unreached = coverage.unreached();
        if (!unreached.isEmpty()) {
            throw new AssertionError(unreached.size() + (unreached.size() == 1 ? " branch" : " branches")
                    + " reached neither by the tests nor by the case book: " + unreached
                    + "; see target/rule-coverage/rule-coverage.md");
        }
    }

    /** The case book: the committed copy's cases, then the shared file's when it lies beside the clone. */
    static List<JsonNode> cases() throws IOException {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (Path file : List.of(Path.of("src", "test", "resources", "casebook", "cases.json"),
                Path.of("..", "shared", "casebook", "cases.json"))) {
            if (Files.exists(file)) {
                for (JsonNode each : JSON.readTree(file.toFile())) {
                    byId.put(each.get("id").asText(), each);
                }
            }
        }
        return new ArrayList<>(byId.values());
    }
}
