package dev.trainingadvisor.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trainingadvisor.api.assessment.AssessmentRequest;
import dev.trainingadvisor.api.assessment.PipelineAccess;
import dev.trainingadvisor.domain.assessment.DecisionTree;
import dev.trainingadvisor.domain.assessment.RuleBook;
import dev.trainingadvisor.domain.assessment.RuleTrace;
import dev.trainingadvisor.domain.assessment.Rulesets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule coverage (issue 20, like {@code opa test --coverage}): for every branch of every ruleset, how often the test
 * suite's decisions took it ({@link dev.trainingadvisor.domain.assessment.RuleTrace}, recorded by
 * {@link RuleCoverageListener}) and how many case-book requests take it. Written to {@code target/rule-coverage/} as
 * {@code rule-coverage.md} (for people) and {@code rule-coverage.json}; {@link #unreached()} is what no one reaches.
 *
 * @param rulesets the rule books, in order
 * @param tests per branch id ({@link RuleTrace#edgeId}), how many decisions of the tests took it
 * @param caseBook per branch id, how many case-book requests take it
 */
record RuleCoverage(List<RuleBook> rulesets, Map<String, Long> tests, Map<String, Long> caseBook) {
    static final Path DIRECTORY = Path.of("target", "rule-coverage");
    static final Path HITS = DIRECTORY.resolve("tests.hits");
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    RuleCoverage {
        rulesets = List.copyOf(rulesets);
        tests = Map.copyOf(tests);
        caseBook = Map.copyOf(caseBook);
    }

    /** One branch of a ruleset with what reaches it. */
    record Row(RuleBook rules, DecisionTree.Edge edge, long tests, long caseBook) {
        String id() {
            return RuleTrace.edgeId(rules.id(), edge);
        }

        boolean reached() {
            return tests > 0 || caseBook > 0;
        }
    }

    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (RuleBook rules : rulesets) {
            Set<String> ids = new LinkedHashSet<>();
            for (DecisionTree.Edge edge : rules.tree().edges()) {
                String id = RuleTrace.edgeId(rules.id(), edge);
                if (!ids.add(id)) {
                    throw new IllegalStateException("two branches with the id " + id);
                }
                rows.add(new Row(rules, edge, tests.getOrDefault(id, 0L), caseBook.getOrDefault(id, 0L)));
            }
        }
        return rows;
    }

    /** The branches neither the tests nor the case book reach. */
    List<String> unreached() {
        return rows().stream().filter(row -> !row.reached()).map(Row::id).toList();
    }

    /** The case book's requests, each walked under its ruleset: per branch id, how many requests take it. */
    static Map<String, Long> caseBook(List<JsonNode> cases) {
        Map<String, Long> hits = new LinkedHashMap<>();
        for (JsonNode each : cases) {
            for (RuleBook rules : List.of(Rulesets.ONE, Rulesets.TWO)) {
                JsonNode request = each.get("ruleset" + rules.id().number()).get("request");
                try {
                    var profile = PipelineAccess.profile(JSON.treeToValue(request, AssessmentRequest.class));
                    for (DecisionTree.Step step : rules.walk(profile).steps()) {
                        hits.merge(RuleTrace.edgeId(rules.id(), step.edge()), 1L, Long::sum);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return hits;
    }

    /** The hits {@link RuleCoverageListener} wrote: {@code <count>\t<branch id>} a line. */
    static Map<String, Long> readHits(Path file) throws IOException {
        Map<String, Long> hits = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                String[] parts = line.split("\t", 2);
                hits.merge(parts[1], Long.parseLong(parts[0]), Long::sum);
            }
        }
        return hits;
    }

    /** Per ruleset: how many branches the tests, the case book, and either reach, of how many. */
    String summary() {
        StringBuilder out = new StringBuilder();
        for (RuleBook rules : rulesets) {
            List<Row> rows = rows().stream().filter(r -> r.rules() == rules).toList();
            out.append(String.format("ruleset %d: %d branches; reached by the tests %d, by the case book %d, by "
                            + "either %d%n", rules.id().number(), rows.size(),
                    rows.stream().filter(r -> r.tests() > 0).count(),
                    rows.stream().filter(r -> r.caseBook() > 0).count(),
                    rows.stream().filter(Row::reached).count()));
        }
        return out.toString();
    }

    String markdown() {
        StringBuilder out = new StringBuilder("# Rule coverage\n\n");
        out.append("Which branches of each ruleset's decision tree the test suite's decisions took (`tests`: how "
                + "many decisions) and how many case-book requests take (`case book`). Written by `RuleCoverageIT` "
                + "after the whole suite (`./mvnw verify`); a branch reached by neither fails the build.\n\n");
        out.append("```\n").append(summary()).append("```\n");
        for (RuleBook rules : rulesets) {
            out.append("\n## Ruleset ").append(rules.id().number()).append("\n\n")
                    .append("| question | branch | step | leads to | tests | case book |\n")
                    .append("|---|---|---|---|---:|---:|\n");
            for (Row row : rows()) {
                if (row.rules() == rules) {
                    out.append("| ").append(row.edge().from()).append(" | ").append(row.edge().answer())
                            .append(" | ").append(row.edge().step()).append(" | ").append(row.edge().to())
                            .append(" | ").append(row.tests()).append(" | ").append(row.caseBook())
                            .append(row.reached() ? " |\n" : " **not reached** |\n");
                }
            }
        }
        return out.toString();
    }

    String json() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode rulesetNodes = root.putArray("rulesets");
        for (RuleBook rules : rulesets) {
            ObjectNode ruleset = rulesetNodes.addObject();
            ruleset.put("ruleset", rules.id().number());
            ruleset.put("version", rules.version());
            ArrayNode edges = ruleset.putArray("branches");
            for (Row row : rows()) {
                if (row.rules() == rules) {
                    edges.addObject().put("question", row.edge().from().name()).put("answer", row.edge().answer())
                            .put("step", row.edge().step()).put("to", row.edge().to().name())
                            .put("tests", row.tests()).put("caseBook", row.caseBook());
                }
            }
        }
        ArrayNode unreached = root.putArray("unreached");
        unreached().forEach(unreached::add);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the report beside the hits; returns the Markdown file. */
    Path write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("rule-coverage.json"), json(), StandardCharsets.UTF_8);
        Path markdown = directory.resolve("rule-coverage.md");
        Files.writeString(markdown, markdown(), StandardCharsets.UTF_8);
        return markdown;
    }
}
