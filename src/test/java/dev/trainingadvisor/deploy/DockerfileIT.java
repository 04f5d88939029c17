package dev.trainingadvisor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs here, so the Dockerfile's promises are checked against the build it packages: what it copies
 * exists after `package` and is the whole application, the final stage has no build tools or sources, the user is
 * not root, the exposed port is the service's port.
 */
class DockerfileIT {
    private static final Path APP = Path.of(System.getProperty("quarkus.app.dir", "target/quarkus-app"));
    private static final String BUILT = "/build/target/quarkus-app/";
    private final Dockerfile dockerfile = Dockerfile.load();

    @Test
    void buildsFromSourceWithTheMavenWrapperInABuildStage() {
        assertEquals(2, dockerfile.stages.size(), "a build stage and a runtime stage");
        Dockerfile.Stage build = dockerfile.stages.get(0);
        assertTrue(build.image().matches("eclipse-temurin:17-jdk.*"), build.image());
        assertTrue(build.all("RUN").stream().anyMatch(run -> run.arguments().contains("./mvnw")
                && run.arguments().contains("package")), "runs ./mvnw ... package");
        for (Dockerfile.Instruction copy : build.all("COPY")) {
            for (String source : sources(copy)) {
                assertTrue(Files.exists(Path.of(source)), "build stage copies " + source + " from the repository");
            }
        }
    }

    @Test
    void copiesTheFourLayersOfTheBuiltApplicationAndNothingElse() throws IOException {
        Dockerfile.Stage runtime = dockerfile.last();
        Set<String> copied = new TreeSet<>();
        for (Dockerfile.Instruction copy : runtime.all("COPY")) {
            assertTrue(copy.arguments().startsWith("--from=build "), "the final stage copies only from the build: "
                    + copy.arguments());
            for (String source : sources(copy)) {
                assertTrue(source.startsWith(BUILT), source);
                Path built = APP.resolve(source.substring(BUILT.length()));
                assertTrue(Files.exists(built), built + " exists after package");
                copied.add(source.substring(BUILT.length()).replaceAll("/$", ""));
            }
        }
        Set<String> application = new TreeSet<>();
        try (Stream<Path> entries = Files.list(APP)) {
            // The AppCDS archive is left out: the image makes its own, with the JRE that runs it.
            entries.map(p -> p.getFileName().toString())
                    .filter(name -> !name.endsWith(".txt") && !name.equals("app-cds.jsa"))
                    .forEach(application::add);
        }
        assertEquals(Set.of("app", "lib", "quarkus", "quarkus-run.jar"), copied);
        assertEquals(application, copied, "every layer of target/quarkus-app is in the image");
    }

    @Test
    void finalStageIsAJavaRuntimeWithoutBuildToolsOrSources() {
        Dockerfile.Stage runtime = dockerfile.last();
        assertTrue(runtime.image().matches("eclipse-temurin:17-jre.*"), "a maintained Java 17 runtime image (JRE): "
                + runtime.image());
        for (Dockerfile.Instruction instruction : runtime.instructions()) {
            String text = instruction.arguments();
            assertFalse(text.contains("mvnw") || text.contains("src/") || text.contains("pom.xml")
                    || text.contains(".mvn") || text.contains("apt-get install") || text.contains("javac"),
                    instruction.toString());
        }
    }

    @Test
    void runsAsAnUnprivilegedUser() {
        String user = dockerfile.last().one("USER").arguments();
        String uid = user.split(":")[0];
        assertTrue(uid.matches("\\d+"), "a numeric UID, so Kubernetes can verify runAsNonRoot: " + user);
        assertTrue(Integer.parseInt(uid) > 0, "not root: " + user);
        assertEquals(Long.parseLong(uid), Manifests.load().deployment.getSpec().getTemplate().getSpec()
                .getSecurityContext().getRunAsUser(), "the Deployment runs as the image's user");
    }

    @Test
    void exposesTheServicePortAndSizesTheJvmFromTheContainer() {
        String port = Manifests.load().configMap.getData().get("QUARKUS_HTTP_PORT");
        assertEquals(port, dockerfile.last().one("EXPOSE").arguments());
        List<String> entrypoint = dockerfile.entrypoint();
        assertEquals("java", entrypoint.get(0), "java is PID 1 and receives SIGTERM itself (exec form, no shell)");
        assertTrue(entrypoint.stream().anyMatch(arg -> arg.startsWith("-XX:MaxRAMPercentage=")), entrypoint.toString());
        assertTrue(entrypoint.stream().noneMatch(arg -> arg.startsWith("-Xmx")), "no fixed heap: " + entrypoint);
        assertEquals(List.of("-jar", "quarkus-run.jar"), entrypoint.subList(entrypoint.size() - 2, entrypoint.size()),
                "relative to WORKDIR, as the AppCDS archive recorded it");
        assertEquals("/deployments", dockerfile.last().one("WORKDIR").arguments());
        assertTrue(entrypoint.contains("-XX:SharedArchiveFile=app-cds.jsa"), "starts from the AppCDS archive");
        assertTrue(dockerfile.last().all("RUN").stream().anyMatch(run -> run.arguments().contains(
                "-XX:ArchiveClassesAtExit=app-cds.jsa") && run.arguments().contains("-Dquarkus.appcds.generate=true")),
                "the runtime stage makes the archive with its own JRE");
        assertEquals("true", dockerfile.environment().get("QUARKUS_LOG_CONSOLE_JSON_ENABLED"), "JSON logs");
    }

    @Test
    void dockerignoreKeepsTheContextToWhatTheBuildCopies() throws IOException {
        List<String> rules = Files.readAllLines(Path.of(".dockerignore")).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertEquals("*", rules.get(0), "everything is excluded first");
        List<String> allowed = new ArrayList<>();
        rules.stream().skip(1).forEach(rule -> {
            assertTrue(rule.startsWith("!"), "then only exceptions: " + rule);
            allowed.add(rule.substring(1).replaceAll("/$", ""));
        });
        for (Dockerfile.Instruction copy : dockerfile.stages.get(0).all("COPY")) {
            for (String source : sources(copy)) {
                String path = source.replaceAll("/$", "");
                assertTrue(allowed.stream().anyMatch(a -> path.equals(a) || path.startsWith(a + "/")),
                        source + " is in the build context");
            }
        }
        assertFalse(allowed.stream().anyMatch(a -> a.startsWith("target") || a.startsWith(".git")
                || a.equals("src") || a.startsWith("src/test")), allowed.toString());
    }

    /** The source paths of a COPY: every argument but options and the last (the destination). */
    private static List<String> sources(Dockerfile.Instruction copy) {
        List<String> words = new ArrayList<>(List.of(copy.arguments().split("\\s+")));
        words.removeIf(word -> word.startsWith("--"));
        return words.subList(0, words.size() - 1);
    }
}
