package dev.trainingadvisor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        assertTrue(runtime.image().matches("eclipse-temurin:25-jre.*"), "a maintained Java 25 runtime image (JRE): "
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
                "relative to WORKDIR, as the AOT cache recorded it");
        assertEquals("/deployments", dockerfile.last().one("WORKDIR").arguments());
        assertEquals("true", dockerfile.environment().get("QUARKUS_LOG_CONSOLE_JSON_ENABLED"), "JSON logs");
    }

    /**
     * The AOT cache is made in the runtime stage by its own JRE (a cache loads only in the JVM that made it), by a
     * training run of docker/aot-training/train.sh that starts the application with exactly the ENTRYPOINT's options (a
     * cache made with other options, compact object headers say, is refused) and serves representative requests.
     */
    @Test
    void makesTheAotCacheInTheRuntimeStageWithTheEntrypointsOptions() throws Exception {
        List<String> entrypoint = dockerfile.entrypoint();
        assertTrue(entrypoint.contains("-XX:AOTCache=app.aot"), "starts from the AOT cache: " + entrypoint);
        assertTrue(entrypoint.contains("-XX:+UseG1GC"), "G1 where the JVM would pick Serial (1 CPU): with Serial the"
                + " cache's heap objects had the whole heap committed: " + entrypoint);
        List<Dockerfile.Run> training = dockerfile.runsWithBindMounts();
        assertEquals(1, training.size(), "one training run");
        List<String> command = training.get(0).command();
        assertEquals(List.of("bash", "/tmp/training/train.sh", "app.aot"), command.subList(0, 3), command.toString());
        int java = command.indexOf("--") + 1;
        List<String> expected = new ArrayList<>(entrypoint);
        expected.remove("-XX:AOTCache=app.aot");
        assertEquals(expected, command.subList(java, command.size()), "the training JVM is the ENTRYPOINT's");
        assertEquals(Map.of("/tmp/training", "docker/aot-training"), training.get(0).bindMounts());
        Path requests = Path.of(command.get(java - 2).replace("/tmp/training", "docker/aot-training"));
        assertTrue(Files.readString(requests).contains("POST /assessments"), requests + " trains the main operation");
        // The training run sees the container's ENV: it comes before the RUN.
        List<Dockerfile.Instruction> instructions = dockerfile.last().instructions();
        int run = -1;
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).arguments().contains("/tmp/training/train.sh")) {
                run = i;
            }
        }
        for (int i = run; i < instructions.size(); i++) {
            assertFalse(instructions.get(i).keyword().equals("ENV"), "ENV after the training run: " + instructions);
        }
        // The application is packaged for the cache: aot-jar puts every class on the JDK's class path (fast-jar's own
        // class loader keeps the application's classes out of any AOT cache).
        try (var jar = new java.util.jar.JarFile(APP.resolve("quarkus-run.jar").toFile())) {
            assertEquals("io.quarkus.bootstrap.runner.AotQuarkusEntryPoint",
                    jar.getManifest().getMainAttributes().getValue("Main-Class"), "aot-jar packaging");
        }
    }

    /** The cache the recipe makes is one the image's JVM accepts: with -XX:AOTMode=on it refuses to start otherwise. */
    @Test
    void theImagesJvmStartsFromTheCacheTheRecipeMade() throws Exception {
        assertTrue(Files.size(PackagedService.image().resolve("app.aot")) > 10_000_000, "an AOT cache was made");
        try (PackagedService service = PackagedService.start("aot-on", List.of("-XX:AOTMode=on"))) {
            assertEquals(200, service.post("/assessments", Files.readString(Path.of(
                    "docker/aot-training/assessment.json"))).statusCode());
        }
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
        List<String> fromContext = new ArrayList<>();
        for (Dockerfile.Instruction copy : dockerfile.stages.get(0).all("COPY")) {
            fromContext.addAll(sources(copy));
        }
        for (Dockerfile.Run run : dockerfile.runsWithBindMounts()) {
            for (String source : run.bindMounts().values()) {
                try (Stream<Path> files = Files.walk(Path.of(source))) {
                    files.filter(Files::isRegularFile).forEach(file -> fromContext.add(file.toString()));
                }
            }
        }
        for (String source : fromContext) {
            String path = source.replaceAll("/$", "");
            assertTrue(allowed.stream().anyMatch(a -> path.equals(a) || path.startsWith(a + "/")),
                    source + " is in the build context");
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
