package dev.trainingadvisor.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Client teams generate typed clients from {@code openapi/openapi.yaml}. This generates the TypeScript types with
 * openapi-typescript (with the README's command line), type-checks client code against them under {@code --strict}
 * ({@code src/test/resources/typed-client/check.ts}, including expected errors: a misspelt request property, a wrong
 * code, an unchecked nullable, an incomplete ROI request), and compiles the README's client snippet - the
 * {@code ts} block after the README's marker comment, taken from the README as it is - and runs it with Node against
 * this test's service: it must print the assessment's approach, the diagram's first line and the ROI verdict.
 *
 * <p>It needs Node.js and npm. CI sets {@code ADVISOR_REQUIRE_NODE=1}, so there it fails rather than skips when they
 * are missing; elsewhere it is skipped without them.
 */
@io.quarkus.test.junit.QuarkusTest
class TypedClientTest {
    static final String MARKER = "<!-- TypedClientTest compiles and runs the next block as it is. -->";

    @Test
    void contractGeneratesATypedClientThatChecksClientCode() throws IOException, InterruptedException {
        NodeProject project = NodeProject.installed("typed-client", "check.ts");
        Files.writeString(project.directory().resolve("client.ts"), readmeSnippet());
        List<String> generate = new ArrayList<>(List.of("npx", "--no-install"));
        generate.addAll(readmeGenerateArguments());
        project.expectSuccess(generate, 120, Map.of());
        project.expectSuccess(List.of("npx", "--no-install", "tsc", "--strict", "--skipLibCheck",
                "--target", "es2022", "--module", "es2022", "--moduleResolution", "bundler", "--types", "node",
                "client.ts", "check.ts"), 120, Map.of());

        String output = project.expectSuccess(List.of("node", "client.js"), 60,
                Map.of("ADVISOR_URL", "http://localhost:" + io.restassured.RestAssured.port));
        assertTrue(output.matches("(?s).*approach: (PROMPT_ENGINEERING|RAG|HIRE_ML_ENGINEER|TRAINING) .*"), output);
        assertTrue(output.contains("diagram: flowchart TD"), output);
        assertTrue(output.matches("(?s).*verdict: (PAYS_OFF|DOES_NOT_PAY_OFF)\\b.*"), output);
        String approach = output.replaceAll("(?s).*approach: (\\w+) .*", "$1");
        assertTrue(output.contains("recorded: " + approach + " ruleset "), "the record of the answer: " + output);
        assertTrue(output.matches("(?s).*recent: [1-5] next: .*"), output);
    }

    /** The README's client code: the {@code ts} block right after {@link #MARKER}. */
    static String readmeSnippet() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int marker = readme.indexOf(MARKER);
        assertTrue(marker >= 0, "the README marks its client snippet with " + MARKER);
        int start = readme.indexOf("```ts\n", marker);
        int end = readme.indexOf("\n```", start + 6);
        assertTrue(start >= 0 && end > start, "a ts code block follows the marker");
        return readme.substring(start + 6, end + 1);
    }

    /**
     * The README's {@code npx openapi-typescript ...} line, pointed at the committed contract and writing next to the
     * snippet (which imports {@code ./training-advisor}).
     */
    static List<String> readmeGenerateArguments() throws IOException {
        String line = Files.readAllLines(Path.of("README.md")).stream()
                .filter(text -> text.startsWith("npx openapi-typescript "))
                .findFirst().orElseThrow(() -> new AssertionError("the README shows how to generate the types"));
        List<String> arguments = new ArrayList<>();
        String[] words = line.substring("npx ".length()).trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals("-o")) {
                arguments.add("-o");
                arguments.add("training-advisor.d.ts");
                i++;
            } else if (words[i].equals(Contract.FILE.toString())) {
                arguments.add(Contract.FILE.toAbsolutePath().toString());
            } else {
                arguments.add(words[i]);
            }
        }
        return arguments;
    }
}
