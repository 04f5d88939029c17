package dev.trainingadvisor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The questionnaire at {@code /} in a real browser: Debian's headless Chromium, driven by Playwright
 * ({@code playwright-core} from npm, which downloads no browser), against the packaged service started as the image
 * starts it. The script ({@code src/test/resources/browser/questionnaire.mjs}) answers the questions, checks the
 * answer against the API's, applies a counterfactual, switches to Chinese, opens the shared link in a fresh browser
 * context, checks the print view and the keyboard path, and runs axe-core at 1280 and 390 px; any console error or
 * failed request fails it.
 *
 * <p>It needs Node.js, npm and {@code /usr/bin/chromium} (or {@code CHROMIUM}). With {@code CI=true} or
 * {@code ADVISOR_REQUIRE_BROWSER=1} it fails when they are missing; elsewhere it is skipped. With
 * {@code -Dbrowser.screenshots=src/docs/screenshots} the same run rewrites the README's screenshots.
 */
class QuestionnaireBrowserIT {
    private static final Path WORK = Path.of("target", "browser");
    private static final Path SOURCES = Path.of("src", "test", "resources", "browser");

    @Test
    void aPersonAnswersTheQuestionnaireAndSharesTheAnswer() throws Exception {
        boolean required = "true".equalsIgnoreCase(System.getenv("CI"))
                || "1".equals(System.getenv("ADVISOR_REQUIRE_BROWSER"));
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        boolean available = Files.isExecutable(Path.of(chromium))
                && run(Path.of("."), List.of("npm", "--version"), Map.of(), 30).exitCode == 0;
        if (required) {
            assertTrue(available, "CI=true or ADVISOR_REQUIRE_BROWSER=1, but npm or " + chromium + " is missing");
        }
        assumeTrue(available, "npm or " + chromium + " not found: the browser check is skipped (CI requires it)");

        Files.createDirectories(WORK);
        Path manifest = WORK.resolve("package.json");
        boolean fresh = !Files.exists(manifest) || Files.mismatch(manifest, SOURCES.resolve("package.json")) >= 0
                || !Files.isDirectory(WORK.resolve("node_modules"));
        Files.copy(SOURCES.resolve("package.json"), manifest, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(SOURCES.resolve("questionnaire.mjs"), WORK.resolve("questionnaire.mjs"),
                StandardCopyOption.REPLACE_EXISTING);
        if (fresh) {
            expectSuccess(run(WORK, List.of("npm", "install", "--no-audit", "--no-fund", "--loglevel=error"),
                    Map.of(), 300));
        }

        String screenshots = System.getProperty("browser.screenshots", "");
        // The page as the README's run command serves it, without authentication: under the Deployment's
        // ADVISOR_AUTH=oidc its "recent assessments" need a token the page does not sign in for (it says so).
        try (PackagedService service = PackagedService.start("browser-it", List.of(), Map.of("ADVISOR_AUTH", "none"))) {
            Result result = run(WORK, List.of("node", "questionnaire.mjs"), Map.of(
                    "ADVISOR_BASE_URL", service.base,
                    "CHROMIUM", chromium,
                    "ADVISOR_SCREENSHOTS", screenshots.isBlank() ? "" : Path.of(screenshots).toAbsolutePath().toString()),
                    300);
            System.out.println(result.output);
            expectSuccess(result);
        }
    }

    private record Result(int exitCode, String output, String command) {
    }

    private static void expectSuccess(Result result) {
        assertEquals(0, result.exitCode, () -> result.command + " failed:\n" + result.output);
    }

    private static Result run(Path directory, List<String> command, Map<String, String> environment,
                              int timeoutSeconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("browser-it", ".log");
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
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
