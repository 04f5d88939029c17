package dev.trainingadvisor.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Node.js project of the test suite (a {@code package.json} and its committed {@code package-lock.json} under
 * {@code src/test/resources/<name>}), installed under {@code target/<name>} with exactly the locked versions, and the
 * commands run in it. Tests that need Node.js skip without npm, except where {@code ADVISOR_REQUIRE_NODE=1} (CI):
 * there they fail.
 */
public final class NodeProject {
    private final Path sources;
    private final Path work;

    private NodeProject(String name) {
        this.sources = Path.of("src", "test", "resources", name);
        this.work = Path.of("target", name);
    }

    /** The project {@code name}, installed (again only when its lock file changed), or the test skipped. */
    public static NodeProject installed(String name, String... files) throws IOException, InterruptedException {
        boolean required = "1".equals(System.getenv("ADVISOR_REQUIRE_NODE"));
        boolean available = run(Path.of("."), List.of("npm", "--version"), 30, Map.of()).exitCode() == 0;
        if (required) {
            assertEquals(true, available, "ADVISOR_REQUIRE_NODE=1 but npm is not on the PATH");
        }
        assumeTrue(available, "npm not found: the Node.js check is skipped (CI requires it)");
        NodeProject project = new NodeProject(name);
        Files.createDirectories(project.work);
        Path lock = project.work.resolve("package-lock.json");
        boolean fresh = !Files.exists(lock) || Files.mismatch(lock, project.sources.resolve("package-lock.json")) >= 0
                || !Files.isDirectory(project.work.resolve("node_modules"));
        for (String file : List.of("package.json", "package-lock.json")) {
            project.copy(file);
        }
        for (String file : files) {
            project.copy(file);
        }
        if (fresh) {
            // Exactly the versions of the committed lock file; from npm's cache when it has them.
            project.expectSuccess(List.of("npm", "ci", "--prefer-offline", "--no-audit", "--no-fund",
                    "--loglevel=error"), 300, Map.of());
        }
        return project;
    }

    public Path directory() {
        return work;
    }

    /** Runs {@code command} in the project and fails the test unless it exits 0; answers what it printed. */
    public String expectSuccess(List<String> command, int timeoutSeconds, Map<String, String> env)
            throws IOException, InterruptedException {
        Result result = run(work, command, timeoutSeconds, env);
        assertEquals(0, result.exitCode(), () -> result.command() + " failed:\n" + result.output());
        return result.output();
    }

    private void copy(String file) throws IOException {
        Files.copy(sources.resolve(file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }

    private record Result(int exitCode, String output, String command) {
    }

    private static Result run(Path directory, List<String> command, int timeoutSeconds, Map<String, String> env)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("node-project", ".log");
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
