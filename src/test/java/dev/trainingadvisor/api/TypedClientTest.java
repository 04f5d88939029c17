package dev.trainingadvisor.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Client teams generate typed clients from {@code openapi/openapi.yaml}. This generates the TypeScript types with
 * openapi-typescript and type-checks client code against them ({@code src/test/resources/typed-client/check.ts}),
 * including expected errors: a misspelt request property, a wrong code, an unchecked nullable.
 *
 * <p>It needs Node.js and npm. CI sets {@code ADVISOR_REQUIRE_NODE=1}, so there it fails rather than skips when they
 * are missing; elsewhere it is skipped without them.
 */
class TypedClientTest {
    private static final Path WORK = Path.of("target", "typed-client");
    private static final Path SOURCES = Path.of("src", "test", "resources", "typed-client");

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
        boolean fresh = !Files.exists(manifest) || Files.mismatch(manifest, SOURCES.resolve("package.json")) >= 0
                || !Files.isDirectory(WORK.resolve("node_modules"));
        Files.copy(SOURCES.resolve("package.json"), manifest, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(SOURCES.resolve("check.ts"), WORK.resolve("check.ts"), StandardCopyOption.REPLACE_EXISTING);
        if (fresh) {
            expectSuccess(run(WORK, List.of("npm", "install", "--no-audit", "--no-fund", "--loglevel=error"), 300));
        }
        expectSuccess(run(WORK, List.of("npx", "--no-install", "openapi-typescript",
                Contract.FILE.toAbsolutePath().toString(), "-o", "api.d.ts"), 120));
        expectSuccess(run(WORK, List.of("npx", "--no-install", "tsc", "--noEmit", "--strict", "--skipLibCheck",
                "--target", "es2020", "--module", "es2020", "--moduleResolution", "node", "check.ts"), 120));
    }

    private record Result(int exitCode, String output, String command) {
    }

    private static void expectSuccess(Result result) {
        assertEquals(0, result.exitCode, () -> result.command + " failed:\n" + result.output);
    }

    private static Result run(Path directory, List<String> command, int timeoutSeconds)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("typed-client", ".log");
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
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
