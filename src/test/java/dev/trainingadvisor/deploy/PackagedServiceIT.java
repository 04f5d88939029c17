package dev.trainingadvisor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
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

    private static PackagedService packaged;
    private static Process service;
    private static Path log;
    private static Path deployments;

    @BeforeAll
    static void startTheWayTheImageDoes() throws Exception {
        packaged = PackagedService.start("smoke", List.of());
        service = packaged.process;
        log = packaged.log;
        deployments = packaged.deployments;
    }

    @AfterAll
    static void stop() throws IOException {
        packaged.close();
        System.out.println("Packaged service log:\n" + Files.readString(log));
    }

    @Test
    @Order(1)
    void getsReadyAndAnswersAnAssessment() throws Exception {
        HttpResponse<String> assessment = post("/assessments", PROFILE);
        assertEquals(200, assessment.statusCode(), assessment.body());
        JsonNode body = new ObjectMapper().readTree(assessment.body());
        assertEquals("HIRE_ML_ENGINEER", body.get("approach").asText());
        System.out.println("Ready " + packaged.readyMillis + " ms after start");
    }

    @Test
    @Order(2)
    void underTheDeploymentsOidcSettingHistoryIsOnlyItsOwnersAndAssessingStaysOpen() throws Exception {
        HttpResponse<String> assessed = post("/assessments", PROFILE);
        assertEquals(200, assessed.statusCode(), "assessing needs no token");
        String location = java.net.URI.create(assessed.headers().firstValue("Location").orElseThrow()).getPath();
        HttpResponse<String> anonymous = packaged.get(location);
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        HttpResponse<String> auditor = HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(packaged.base + location))
                .header("Authorization", "Bearer " + dev.trainingadvisor.api.auth.Tokens.of("audit", "advisor-auditor"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, auditor.statusCode(), "an auditor reads an anonymous record: " + auditor.body());
        HttpResponse<String> other = HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(packaged.base + location))
                .header("Authorization", "Bearer " + dev.trainingadvisor.api.auth.Tokens.of("someone-else"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, other.statusCode(), "another caller's record does not exist for it");
    }

    @Test
    @Order(2)
    void runsUnprivilegedInAReadOnlyDirectoryAndLogsJson() throws Exception {
        if (PackagedService.isRoot()) {
            String status = Files.readString(Path.of("/proc", Long.toString(service.pid()), "status"));
            String uid = status.lines().filter(line -> line.startsWith("Uid:")).findFirst().orElseThrow();
            assertTrue(!uid.matches("Uid:\\s+0\\b.*"), "the service runs unprivileged: " + uid);
        }
        try (Stream<Path> files = Files.walk(deployments)) {
            for (Path path : files.toList()) {
                String permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
                assertTrue(!permissions.contains("w"), "read-only for everyone: " + path + " " + permissions);
            }
        }
        // The console is flushed every 100 ms (ConsoleLog): the decision line is waited for, not looked for once.
        List<String> lines = packaged.awaitLog(all -> all.stream().anyMatch(
                        line -> line.contains("advisor.decision") && line.contains("smoke")), Duration.ofSeconds(10),
                "the decision log line of the assessment").stream().filter(line -> line.startsWith("{")).toList();
        assertTrue(lines.size() >= 3, "JSON log lines, as the ConfigMap asks");
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            json.readTree(line);
        }
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
        long swing = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (sent.get() < 200 || inFlight.get() == 0) { // the callers are in full swing
            assertTrue(System.nanoTime() < swing, "the callers did not get going: " + failures);
            Thread.sleep(10);
        }
        inFlightAtSigterm.set(inFlight.get());
        long signalled = System.currentTimeMillis();
        service.destroy(); // SIGTERM
        long notReadyDeadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (status("/q/health/ready") == 200) {
            assertTrue(System.nanoTime() < notReadyDeadline, "still ready 10 s after SIGTERM");
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
        // The promise is an order, not a speed: readiness is DOWN while the service still serves (the ConfigMap's
        // QUARKUS_SHUTDOWN_DELAY), so the cluster stops routing before anything is refused.
        long delayMillis = java.time.Duration.parse("PT" + k8s.configMap.getData().get("QUARKUS_SHUTDOWN_DELAY")
                .toUpperCase(java.util.Locale.ROOT)).toMillis();
        assertTrue(notReadyAfter < delayMillis, "readiness reports DOWN within the shutdown delay: " + notReadyAfter
                + " ms");
        assertTrue(List.of(0, 143).contains(service.exitValue()), "clean exit: " + service.exitValue());
        assertTrue(Files.readString(log).contains("stopped in"), "Quarkus shut down, not killed");
    }

    private static int status(String path) {
        return packaged.status(path);
    }

    private static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return packaged.post(path, body);
    }
}
