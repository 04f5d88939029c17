package dev.trainingadvisor.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
    private static final Path WORK = Path.of("target", "typed-client");
    private static final Path SOURCES = Path.of("src", "test", "resources", "typed-client");
    static final String MARKER = "<!-- TypedClientTest compiles and runs the next block as it is. -->";

    @Test
    void contractGeneratesATypedClientThatChecksClientCode() throws IOException, InterruptedException {
        boolean required = "1".equals(System.getenv("ADVISOR_REQUIRE_NODE"));
        boolean available = run(Path.of("."), List.of("npm", "--version"), 30).exitCode == 0;
        if (required) {
            assertEquals(true, available, "ADVISOR_REQUIRE_NODE=1 but npm is not on the PATH");
        }
        assumeTrue(available, "npm not found: the typed-client check is skipped (CI requires it)");

        Files.createDirectories(WORK);
        Path manifest = WORK.resolve("package.json");
        Path lock = WORK.resolve("package-lock.json");
        boolean fresh = !Files.exists(lock) || Files.mismatch(lock, SOURCES.resolve("package-lock.json")) >= 0
                || !Files.isDirectory(WORK.resolve("node_modules"));
        Files.copy(SOURCES.resolve("package.json"), manifest, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(SOURCES.resolve("package-lock.json"), lock, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(SOURCES.resolve("check.ts"), WORK.resolve("check.ts"), StandardCopyOption.REPLACE_EXISTING);
        if (fresh) {
            // Exactly the versions of the committed lock file; from npm's cache when it has them.
            expectSuccess(run(WORK, List.of("npm", "ci", "--prefer-offline", "--no-audit", "--no-fund",
                    "--loglevel=error"), 300));
        }
        Files.writeString(WORK.resolve("client.ts"), readmeSnippet());
        List<String> generate = new ArrayList<>(List.of("npx", "--no-install"));
        generate.addAll(readmeGenerateArguments());
        expectSuccess(run(WORK, generate, 120));
        expectSuccess(run(WORK, List.of("npx", "--no-install", "tsc", "--strict", "--skipLibCheck",
                "--target", "es2022", "--module", "es2022", "--moduleResolution", "bundler", "--types", "node",
                "client.ts", "check.ts"), 120));

        Result client = run(WORK, List.of("node", "client.js"), 60,
                Map.of("ADVISOR_URL", "http://localhost:" + io.restassured.RestAssured.port));
        expectSuccess(client);
        assertTrue(client.output.matches("(?s).*approach: (PROMPT_ENGINEERING|RAG|HIRE_ML_ENGINEER|TRAINING) .*"),
                client.output);
        assertTrue(client.output.contains("diagram: flowchart TD"), client.output);
        assertTrue(client.output.matches("(?s).*verdict: (PAYS_OFF|DOES_NOT_PAY_OFF)\\b.*"), client.output);
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

    private record Result(int exitCode, String output, String command) {
    }

    private static void expectSuccess(Result result) {
        assertEquals(0, result.exitCode, () -> result.command + " failed:\n" + result.output);
    }

    private static Result run(Path directory, List<String> command, int timeoutSeconds)
            throws IOException, InterruptedException {
        return run(directory, command, timeoutSeconds, Map.of());
    }

    private static Result run(Path directory, List<String> command, int timeoutSeconds, Map<String, String> env)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("typed-client", ".log");
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            process = builder.start();
        } catch (IOException notFound) {
            return new Result(127, notFound.getMessage(), String.join(" ", command));
        }
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        return new Result(finished ? process.exitValue() : 124, finished ? output : "timed out\n" + output,
                String.join(" ", command));
    }
}
