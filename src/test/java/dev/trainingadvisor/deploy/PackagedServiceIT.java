package dev.trainingadvisor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged service started the way the image's entrypoint starts it: the ENTRYPOINT's command line, the image's
 * ENV plus the environment the Deployment gives it (the ConfigMap), as an unprivileged user (the image's UID, when
 * this runs as root), in a read-only working directory. It must get ready, answer an assessment, and on SIGTERM while
 * requests are in flight report not-ready, finish every request it accepted, and exit within the grace period.
 *
 * <p>Callers keep sending after readiness reports DOWN for as long as a cluster takes to stop routing to the pod
 * (two readiness-probe periods, for the probe to see it and the endpoint removal to reach every node), then stop;
 * every request sent until then must succeed. Without the shutdown delay this fails: the server would stop while
 * traffic still arrives.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedServiceIT {
    private static final Path APP = Path.of(System.getProperty("quarkus.app.dir", "target/quarkus-app"));
    private static final Path DEPLOYMENTS = Path.of("target", "smoke", "deployments").toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static final String PROFILE = "{\"usesPrivateData\": false, \"desiredChange\": \"DEEP_KNOWLEDGE\", "
            + "\"labeledExamples\": 10000, \"mlExpertise\": \"CAN_HIRE\", \"trainingBudgetUsd\": 10000, "
            + "\"projectName\": \"smoke\"}";

    private static Process service;
    private static Path log;
    private static String base;
    private static long startMillis;
    private static long readyMillis;

    @BeforeAll
    static void startTheWayTheImageDoes() throws Exception {
        Dockerfile dockerfile = Dockerfile.load();
        Manifests k8s = Manifests.load();
        copyReadOnly(APP, DEPLOYMENTS);

        Map<String, String> environment = new LinkedHashMap<>(dockerfile.environment());
        environment.putAll(k8s.configMap.getData());
        k8s.deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()
                .forEach(variable -> environment.put(variable.getName(), variable.getValue()));
        int port = Integer.parseInt(environment.get("QUARKUS_HTTP_PORT"));
        if (!free(port)) {
            port = freePort(); // the only deviation from the Deployment: its port is taken on this machine
            environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        }
        base = "http://127.0.0.1:" + port;

        List<String> command = new ArrayList<>();
        String uid = dockerfile.last().one("USER").arguments().split(":")[0];
        if (isRoot()) {
            command.addAll(List.of("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "--"));
        }
        for (String argument : dockerfile.entrypoint()) {
            command.add(argument.replace("/deployments", DEPLOYMENTS.toString()));
        }
        log = Files.createTempFile("packaged-service", ".log");
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-rw-rw-"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(DEPLOYMENTS.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv("PATH"));
        builder.environment().putAll(environment);
        startMillis = System.currentTimeMillis();
        service = builder.start();
        waitUntilReady(Duration.ofSeconds(60));
        readyMillis = System.currentTimeMillis() - startMillis;
    }

    @AfterAll
    static void stop() throws IOException {
        if (service != null && service.isAlive()) {
            service.destroyForcibly();
        }
        System.out.println("Packaged service log:\n" + Files.readString(log));
    }

    @Test
    @Order(1)
    void getsReadyAndAnswersAnAssessment() throws Exception {
        HttpResponse<String> assessment = post("/assessments", PROFILE);
        assertEquals(200, assessment.statusCode(), assessment.body());
        JsonNode body = new ObjectMapper().readTree(assessment.body());
        assertEquals("HIRE_ML_ENGINEER", body.get("approach").asText());
        System.out.println("Ready " + readyMillis + " ms after start");
    }

    @Test
    @Order(2)
    void runsUnprivilegedInAReadOnlyDirectoryAndLogsJson() throws Exception {
        if (isRoot()) {
            String status = Files.readString(Path.of("/proc", Long.toString(service.pid()), "status"));
            String uid = status.lines().filter(line -> line.startsWith("Uid:")).findFirst().orElseThrow();
            assertTrue(!uid.matches("Uid:\\s+0\\b.*"), "the service runs unprivileged: " + uid);
        }
        try (Stream<Path> files = Files.walk(DEPLOYMENTS)) {
            for (Path path : files.toList()) {
                String permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
                assertTrue(!permissions.contains("w"), "read-only for everyone: " + path + " " + permissions);
            }
        }
        List<String> lines = Files.readAllLines(log).stream().filter(line -> line.startsWith("{")).toList();
        assertTrue(lines.size() >= 3, "JSON log lines, as the ConfigMap asks");
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            json.readTree(line);
        }
        assertTrue(lines.stream().anyMatch(line -> line.contains("advisor.decision") && line.contains("smoke")),
                "the decision log line of the assessment");
    }

    @Test
    @Order(3)
    void onSigtermStopsBeingReadyFinishesEveryAcceptedRequestAndExits() throws Exception {
        Manifests k8s = Manifests.load();
        long grace = k8s.deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
        AtomicBoolean routing = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger inFlightAtSigterm = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 8; i++) {
            callers.submit(() -> {
                while (routing.get()) {
                    inFlight.incrementAndGet();
                    sent.incrementAndGet();
                    try {
                        HttpResponse<String> response = post("/assessments", PROFILE);
                        if (response.statusCode() != 200) {
                            failures.add(response.statusCode() + " " + response.body());
                        }
                    } catch (Exception e) {
                        failures.add(e.toString());
                    } finally {
                        inFlight.decrementAndGet();
                    }
                }
                return null;
            });
        }
        Thread.sleep(1_500); // the callers are in full swing
        inFlightAtSigterm.set(inFlight.get());
        long signalled = System.currentTimeMillis();
        service.destroy(); // SIGTERM
        while (status("/q/health/ready") == 200) {
            Thread.sleep(50);
        }
        long notReadyAfter = System.currentTimeMillis() - signalled;
        int readinessPeriod = k8s.deployment.getSpec().getTemplate().getSpec().getContainers().get(0)
                .getReadinessProbe().getPeriodSeconds();
        Thread.sleep(2_000L * readinessPeriod); // traffic still arrives until the cluster has noticed
        routing.set(false); // the Service no longer routes to the pod
        callers.shutdown();
        assertTrue(callers.awaitTermination(30, TimeUnit.SECONDS));

        assertTrue(service.waitFor(grace, TimeUnit.SECONDS), "exits within terminationGracePeriodSeconds");
        long exitedAfter = System.currentTimeMillis() - signalled;
        System.out.printf("SIGTERM with %d requests in flight: not ready after %d ms, %d requests sent in all, "
                + "exit %d after %d ms%n", inFlightAtSigterm.get(), notReadyAfter, sent.get(), service.exitValue(),
                exitedAfter);
        assertEquals(0, failures.size(), () -> failures.size() + " of " + sent.get()
                + " requests sent while the cluster still routed here failed: "
                + failures.stream().distinct().limit(5).toList());
        assertTrue(inFlightAtSigterm.get() > 0, "requests were in flight when SIGTERM came");
        assertTrue(notReadyAfter < 2_000, "readiness reports DOWN at once: " + notReadyAfter + " ms");
        assertTrue(List.of(0, 143).contains(service.exitValue()), "clean exit: " + service.exitValue());
        assertTrue(Files.readString(log).contains("stopped in"), "Quarkus shut down, not killed");
    }

    private static void waitUntilReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new AssertionError("the service exited: " + Files.readString(log));
            }
            if (status("/q/health/ready") == 200) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not ready after " + timeout + ": " + Files.readString(log));
    }

    private static int status(String path) {
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

    private static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void copyReadOnly(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    path.toFile().setWritable(true, false);
                    Files.delete(path);
                }
            }
        }
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

    private static boolean isRoot() throws IOException {
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
