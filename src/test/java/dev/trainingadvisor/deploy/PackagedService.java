package dev.trainingadvisor.deploy;

import dev.trainingadvisor.api.auth.Tokens;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The packaged service (target/quarkus-app) started the way the image's entrypoint starts it: the ENTRYPOINT's
 * command line on the image's Java version, the image's ENV plus the environment the Deployment gives it (the
 * ConfigMap), as the image's unprivileged user when the tests run as root, in a read-only copy of what the image's
 * /deployments holds: the layers it copies and what its RUN instructions made there (the AOT cache), see {@link #image}.
 */
final class PackagedService implements AutoCloseable {
    private static final Path APP = Path.of(System.getProperty("quarkus.app.dir", "target/quarkus-app"));
    private static final Path IMAGE = Path.of("target", "image", "deployments").toAbsolutePath();
    private static final String BUILT = "/build/target/quarkus-app/";
    private static boolean imageMade;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    final Process process;
    final Path log;
    final Path deployments;
    final String base;
    final long readyMillis;

    private PackagedService(Process process, Path log, Path deployments, String base, long readyMillis) {
        this.process = process;
        this.log = log;
        this.deployments = deployments;
        this.base = base;
        this.readyMillis = readyMillis;
    }

    /** Starts a copy under target/{name}, with extra JVM options (before the entrypoint's own) if any. */
    static PackagedService start(String name, List<String> extraJvmOptions) throws Exception {
        return start(name, extraJvmOptions, Map.of());
    }

    /**
     * Starts a copy as above; {@code environment} overrides the image's ENV and the ConfigMap, as an operator's own
     * settings would.
     */
    static PackagedService start(String name, List<String> extraJvmOptions, Map<String, String> environment)
            throws Exception {
        Launch launch = launch(name, extraJvmOptions, environment);
        PackagedService service = new PackagedService(launch.process, launch.log, launch.deployments, launch.base, 0);
        service.waitUntilReady(Duration.ofSeconds(60));
        return new PackagedService(launch.process, launch.log, launch.deployments, launch.base,
                System.currentTimeMillis() - launch.started);
    }

    /** How a start that must fail ended: the exit code and everything the process wrote. */
    record Exit(int code, String output) {
    }

    /** Starts a copy that is expected to stop by itself (e.g. on a bad setting); waits at most a minute. */
    static Exit startExpectingExit(String name, Map<String, String> environment) throws Exception {
        Launch launch = launch(name, List.of(), environment);
        try {
            if (!launch.process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new AssertionError("still running after a minute: " + Files.readString(launch.log));
            }
            return new Exit(launch.process.exitValue(), Files.readString(launch.log));
        } finally {
            launch.process.destroyForcibly();
        }
    }

    /**
     * The ConfigMap's identity provider (a placeholder URL, out of reach here) replaced by the tests' own: the
     * fixed public key of {@link Tokens}, its issuer and audience, as an operator without discovery sets them. The
     * service keeps the Deployment's {@code ADVISOR_AUTH}; a test signs tokens with {@link Tokens}.
     */
    private static final java.util.function.Function<Map<String, String>, Map<String, String>> TEST_IDENTITY_PROVIDER =
            environment -> {
                environment.remove("QUARKUS_OIDC_AUTH_SERVER_URL");
                Map<String, String> settings = new LinkedHashMap<>();
                Tokens.oidcSettings().forEach((key, value) -> {
                    if (key.startsWith("quarkus.oidc.")) {
                        settings.put(key.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_"), value);
                    }
                });
                return settings;
            };

    private record Launch(Process process, Path log, Path deployments, String base, long started) {
    }

    private static Launch launch(String name, List<String> extraJvmOptions, Map<String, String> overrides)
            throws Exception {
        Dockerfile dockerfile = Dockerfile.load();
        Manifests k8s = Manifests.load();
        Path deployments = Path.of("target", name, "deployments").toAbsolutePath();
        copyReadOnly(image(), deployments);

        Map<String, String> environment = new LinkedHashMap<>(dockerfile.environment());
        environment.putAll(k8s.configMap.getData());
        k8s.deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()
                .forEach(variable -> environment.put(variable.getName(), variable.getValue()));
        mountConfigMaps(k8s, Path.of("target", name, "mounts").toAbsolutePath(), environment);
        // The image's data/ volume (the embedded decision history): a writable folder of this run's own.
        Path history = Path.of("target", name, "history").toAbsolutePath();
        deleteTree(history);
        Files.createDirectories(history);
        Files.setPosixFilePermissions(history, PosixFilePermissions.fromString("rwxrwxrwx"));
        for (Path parent = history.getParent(); parent != null; parent = parent.getParent()) {
            parent.toFile().setExecutable(true, false); // reachable by the image's user
        }
        environment.put("ADVISOR_HISTORY_PATH", history.toString());
        environment.putAll(TEST_IDENTITY_PROVIDER.apply(environment));
        environment.putAll(overrides);
        int port = Integer.parseInt(environment.get("QUARKUS_HTTP_PORT"));
        if (!free(port)) {
            port = freePort(); // the only deviation from the Deployment: its port is taken on this machine
            environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        }

        List<String> command = new ArrayList<>();
        String uid = dockerfile.last().one("USER").arguments().split(":")[0];
        if (isRoot()) {
            command.addAll(List.of("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "--"));
        }
        List<String> entrypoint = dockerfile.entrypoint();
        command.add(entrypoint.get(0).equals("java") ? java().toString() : entrypoint.get(0));
        command.addAll(extraJvmOptions);
        for (String argument : entrypoint.subList(1, entrypoint.size())) {
            command.add(argument.replace("/deployments", deployments.toString()));
        }
        Path log = Files.createTempFile(name, ".log");
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-rw-rw-"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(deployments.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv("PATH"));
        builder.environment().putAll(environment);
        long started = System.currentTimeMillis();
        Process process = builder.start();
        return new Launch(process, log, deployments, "http://127.0.0.1:" + port, started);
    }

    /**
     * target/image/deployments: what the final stage of the Dockerfile holds when its ENTRYPOINT runs - the layers its
     * COPY instructions take from target/quarkus-app, then what its RUN instructions that mount files of the build
     * context made there (the AOT cache's training run), those RUNs run here word by word as written, with the image's
     * Java version ({@link #java}), its ENV and the mounted files read from this checkout. Made once per test JVM;
     * the only deviation is the port, when the image's is taken on this machine.
     */
    static synchronized Path image() throws Exception {
        if (imageMade) {
            return IMAGE;
        }
        Dockerfile dockerfile = Dockerfile.load();
        deleteTree(IMAGE);
        Files.createDirectories(IMAGE);
        String workdir = dockerfile.last().one("WORKDIR").arguments() + "/";
        for (Dockerfile.Instruction copy : dockerfile.last().all("COPY")) {
            String[] words = copy.arguments().replaceFirst("^--from=build\\s+", "").split("\\s+");
            String source = words[0];
            String target = words[1];
            if (!source.startsWith(BUILT) || !target.startsWith(workdir)) {
                throw new AssertionError("a COPY of the build's target/quarkus-app into " + workdir + ": " + copy);
            }
            Path from = APP.resolve(source.substring(BUILT.length()));
            Path to = IMAGE.resolve(target.substring(workdir.length()));
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.toList()) {
                    Path copied = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copied);
                    } else {
                        Files.createDirectories(copied.getParent());
                        Files.copy(file, copied, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        String imagePort = dockerfile.last().one("EXPOSE").arguments();
        for (Dockerfile.Run run : dockerfile.runsWithBindMounts()) {
            // Never the image's own port: on a shared machine another service may take 8080 between a check and
            // the training JVM's bind, and the training requests then went to that one (reset when it stopped).
            int port = freePort();
            List<String> command = new ArrayList<>();
            for (String word : run.command()) {
                for (Map.Entry<String, String> mount : run.bindMounts().entrySet()) {
                    if (word.equals(mount.getKey()) || word.startsWith(mount.getKey() + "/")) {
                        word = Path.of(mount.getValue()).toAbsolutePath() + word.substring(mount.getKey().length());
                    }
                }
                command.add(word.equals("java") ? java().toString() : word.equals(imagePort) ? Integer.toString(port)
                        : word);
            }
            Path log = IMAGE.getParent().resolve("run.log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(IMAGE.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().clear();
            builder.environment().put("PATH", System.getenv("PATH"));
            builder.environment().putAll(dockerfile.environment());
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            Process process = builder.start();
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("RUN still running after 5 minutes: " + command + "\n" + Files.readString(log));
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("RUN failed (" + process.exitValue() + "): " + command + "\n"
                        + Files.readString(log));
            }
        }
        imageMade = true;
        return IMAGE;
    }

    /**
     * The java command of the image's Java version: this JVM's when it is that version, else one under $JAVA{n}_HOME
     * or /usr/lib/jvm (the image runs the packaged app on its own JRE, and the AOT cache only loads in that version).
     */
    static Path java() throws IOException {
        int version = Dockerfile.load().runtimeJavaVersion();
        if (Runtime.version().feature() == version) {
            return Path.of(System.getProperty("java.home"), "bin", "java");
        }
        List<Path> homes = new ArrayList<>();
        String configured = System.getenv("JAVA" + version + "_HOME");
        if (configured != null) {
            homes.add(Path.of(configured));
        }
        if (Files.isDirectory(Path.of("/usr/lib/jvm"))) {
            try (Stream<Path> installed = Files.list(Path.of("/usr/lib/jvm"))) {
                installed.sorted().forEach(homes::add);
            }
        }
        for (Path home : homes) {
            Path release = home.resolve("release");
            Path java = home.resolve("bin").resolve("java");
            if (Files.isRegularFile(release) && Files.isExecutable(java) && Files.readAllLines(release).stream()
                    .anyMatch(line -> line.matches("JAVA_VERSION=\"" + version + "([.\"]).*"))) {
                return java;
            }
        }
        throw new AssertionError("the image runs Java " + version + ": set JAVA" + version + "_HOME to a Java "
                + version + " (none found in " + homes + ")");
    }

    /**
     * What the kubelet does for the Deployment's ConfigMap volumes: writes each key as a read-only file under the
     * mount path - here under {@code root}, so every setting naming a file under a mount path is pointed there.
     */
    private static void mountConfigMaps(Manifests k8s, Path root, Map<String, String> environment) throws IOException {
        var pod = k8s.deployment.getSpec().getTemplate().getSpec();
        for (var mount : pod.getContainers().get(0).getVolumeMounts()) {
            var volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst()
                    .orElseThrow();
            if (volume.getConfigMap() == null) {
                continue;
            }
            if (!volume.getConfigMap().getName().equals(k8s.marketData.getMetadata().getName())) {
                throw new AssertionError("no ConfigMap named " + volume.getConfigMap().getName());
            }
            Path dir = root.resolve(mount.getMountPath().substring(1));
            deleteTree(dir);
            Files.createDirectories(dir);
            for (Map.Entry<String, String> file : k8s.marketData.getData().entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.writeString(target, file.getValue());
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
            }
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
            for (Path parent = dir.getParent(); parent.startsWith(root); parent = parent.getParent()) {
                parent.toFile().setExecutable(true, false);
            }
            environment.replaceAll((key, value) -> value.startsWith(mount.getMountPath() + "/")
                    ? dir + value.substring(mount.getMountPath().length()) : value);
        }
    }

    private void waitUntilReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited: " + Files.readString(log));
            }
            if (status("/q/health/ready") == 200) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not ready after " + timeout + ": " + Files.readString(log));
    }

    /**
     * The lines of the service's log once {@code condition} holds for them, polling every 50 ms: the console is
     * buffered and flushed every 100 ms (ConsoleLog), so a line is never looked for only once.
     *
     * @throws AssertionError with the log, when the condition does not hold within {@code timeout}
     */
    List<String> awaitLog(java.util.function.Predicate<List<String>> condition, Duration timeout, String what)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<String> lines = Files.readAllLines(log);
            if (condition.test(lines)) {
                return lines;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not in the log after " + timeout + ": " + what + "\n" + String.join("\n", lines));
            }
            Thread.sleep(50);
        }
    }

    /**
     * Polls {@code path} every 50 ms until it answers {@code expected}.
     *
     * @return the milliseconds it took
     * @throws AssertionError when it does not within {@code timeout}
     */
    long awaitStatus(String path, int expected, Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        int last;
        while ((last = status(path)) != expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(path + " answered " + last + ", not " + expected + ", for " + timeout);
            }
            Thread.sleep(50);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * Sends SIGTERM and waits for the process to exit.
     *
     * @return the exit code
     * @throws AssertionError when it has not exited within {@code timeout}
     */
    int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running " + timeout + " after SIGTERM");
        }
        return process.exitValue();
    }

    int status(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws IOException {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> old = Files.walk(root)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    path.toFile().setWritable(true, false);
                    path.getParent().toFile().setWritable(true, false);
                    Files.delete(path);
                }
            }
        }
    }

    private static void copyReadOnly(Path from, Path to) throws IOException {
        deleteTree(to);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    // With its modification time: an AOT cache refuses a class path whose jars changed since.
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        try (Stream<Path> copied = Files.walk(to)) {
            for (Path path : copied.sorted(Comparator.reverseOrder()).toList()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
            }
        }
        // The parents must be traversable by the unprivileged user.
        for (Path parent = to.getParent(); parent != null && parent.startsWith(Path.of("").toAbsolutePath());
             parent = parent.getParent()) {
            parent.toFile().setExecutable(true, false);
        }
    }

    static boolean isRoot() throws IOException {
        return Files.readString(Path.of("/proc/self/status")).lines().anyMatch(line -> line.matches("Uid:\\s+0\\b.*"));
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
