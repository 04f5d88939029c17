package dev.trainingadvisor.deploy;

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
 * command line, the image's ENV plus the environment the Deployment gives it (the ConfigMap), as the image's
 * unprivileged user when the tests run as root, in a read-only copy of the application directory.
 */
final class PackagedService implements AutoCloseable {
    private static final Path APP = Path.of(System.getProperty("quarkus.app.dir", "target/quarkus-app"));
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

    private record Launch(Process process, Path log, Path deployments, String base, long started) {
    }

    private static Launch launch(String name, List<String> extraJvmOptions, Map<String, String> overrides)
            throws Exception {
        Dockerfile dockerfile = Dockerfile.load();
        Manifests k8s = Manifests.load();
        Path deployments = Path.of("target", name, "deployments").toAbsolutePath();
        copyReadOnly(APP, deployments);

        Map<String, String> environment = new LinkedHashMap<>(dockerfile.environment());
        environment.putAll(k8s.configMap.getData());
        k8s.deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()
                .forEach(variable -> environment.put(variable.getName(), variable.getValue()));
        mountConfigMaps(k8s, Path.of("target", name, "mounts").toAbsolutePath(), environment);
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
        command.add(entrypoint.get(0));
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

    private static void deleteTree(Path root) throws IOException {
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
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
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
