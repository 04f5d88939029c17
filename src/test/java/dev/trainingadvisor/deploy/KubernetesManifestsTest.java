package dev.trainingadvisor.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trainingadvisor.api.market.MarketDataLoader;
import dev.trainingadvisor.domain.market.MarketData;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The manifests promise what the service really does: asked of the running service where they name it. */
@QuarkusTest
class KubernetesManifestsTest {
    private final Manifests k8s = Manifests.load();

    private PodSpec pod() {
        return k8s.deployment.getSpec().getTemplate().getSpec();
    }

    private Container container() {
        List<Container> containers = pod().getContainers();
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    private Map<String, String> podLabels() {
        return k8s.deployment.getSpec().getTemplate().getMetadata().getLabels();
    }

    @Test
    void kustomizationDeploysEveryManifestAndNothingElse() {
        assertEquals(Map.of("apiVersion", "kustomize.config.k8s.io/v1beta1", "kind", "Kustomization").entrySet()
                        .stream().allMatch(e -> e.getValue().equals(k8s.kustomization.get(e.getKey()))), true);
        assertEquals(k8s.files.stream().sorted().toList(),
                ((List<?>) k8s.kustomization.get("resources")).stream().map(String::valueOf).sorted().toList());
        assertTrue(List.of("apiVersion", "kind", "labels", "resources", "images").containsAll(k8s.kustomization.keySet()),
                "unknown kustomization fields: " + k8s.kustomization.keySet());
        List<?> images = (List<?>) k8s.kustomization.get("images");
        assertEquals(container().getImage().split(":")[0], ((Map<?, ?>) images.get(0)).get("name"));
    }

    @Test
    void probesAskTheHealthEndpointsTheServiceReallyServes() {
        Container container = container();
        assertProbe(container.getStartupProbe(), "/q/health/started");
        assertProbe(container.getLivenessProbe(), "/q/health/live");
        assertProbe(container.getReadinessProbe(), "/q/health/ready");
    }

    private void assertProbe(Probe probe, String expectedPath) {
        assertNotNull(probe, expectedPath);
        String path = probe.getHttpGet().getPath();
        assertEquals(expectedPath, path);
        assertEquals("http", probe.getHttpGet().getPort().getStrVal(), "probes use the named service port");
        given().get(path).then().statusCode(200);
    }

    /** PackagedServiceIT starts the service with this environment and checks it listens on that port. */
    @Test
    void portIsTheSameEverywhere() {
        ContainerPort http = container().getPorts().stream().filter(p -> "http".equals(p.getName())).findFirst()
                .orElseThrow();
        int servicePort = Integer.parseInt(k8s.configMap.getData().get("QUARKUS_HTTP_PORT"));
        assertEquals(servicePort, http.getContainerPort(), "containerPort is QUARKUS_HTTP_PORT");
        ServicePort port = k8s.service.getSpec().getPorts().get(0);
        assertEquals("http", port.getTargetPort().getStrVal());
        assertEquals(String.valueOf(servicePort),
                k8s.deployment.getSpec().getTemplate().getMetadata().getAnnotations().get("prometheus.io/port"));
        assertEquals(container().getPorts().size(), 1);
    }

    @Test
    void runsUnderThePodSecurityRestrictedProfile() {
        PodSecurityContext podSecurity = pod().getSecurityContext();
        assertEquals(Boolean.TRUE, podSecurity.getRunAsNonRoot());
        assertTrue(podSecurity.getRunAsUser() != null && podSecurity.getRunAsUser() > 0);
        assertEquals("RuntimeDefault", podSecurity.getSeccompProfile().getType());
        SecurityContext security = container().getSecurityContext();
        assertEquals(Boolean.FALSE, security.getAllowPrivilegeEscalation());
        assertEquals(Boolean.TRUE, security.getReadOnlyRootFilesystem());
        assertEquals(Boolean.TRUE, security.getRunAsNonRoot());
        assertEquals(List.of("ALL"), security.getCapabilities().getDrop());
        assertTrue(security.getCapabilities().getAdd() == null || security.getCapabilities().getAdd().isEmpty());
        assertFalse(Boolean.TRUE.equals(security.getPrivileged()));
        assertEquals("RuntimeDefault", security.getSeccompProfile().getType());
        assertTrue(pod().getHostNetwork() == null || !pod().getHostNetwork());
        assertEquals(Boolean.FALSE, pod().getAutomountServiceAccountToken());
    }

    @Test
    void tmpIsTheOnlyWritablePlaceAndIsAnEmptyDir() {
        List<VolumeMount> mounts = container().getVolumeMounts().stream()
                .filter(mount -> !Boolean.TRUE.equals(mount.getReadOnly())).toList();
        assertEquals(1, mounts.size());
        assertEquals("/tmp", mounts.get(0).getMountPath());
        Volume volume = pod().getVolumes().stream().filter(v -> v.getName().equals(mounts.get(0).getName()))
                .findFirst().orElseThrow();
        assertNotNull(volume.getEmptyDir());
        assertFalse(Boolean.TRUE.equals(mounts.get(0).getReadOnly()));
    }

    @Test
    void theMarketDataConfigMapIsMountedReadOnlyWhereAdvisorMarketDataPoints() {
        Path file = Path.of(k8s.configMap.getData().get("ADVISOR_MARKET_DATA"));
        VolumeMount mount = container().getVolumeMounts().stream()
                .filter(m -> file.startsWith(m.getMountPath())).findFirst().orElseThrow();
        assertEquals(Boolean.TRUE, mount.getReadOnly());
        Volume volume = pod().getVolumes().stream().filter(v -> v.getName().equals(mount.getName()))
                .findFirst().orElseThrow();
        assertEquals(k8s.marketData.getMetadata().getName(), volume.getConfigMap().getName());
        assertTrue(k8s.marketData.getData().containsKey(file.getFileName().toString()),
                "the ConfigMap has the file " + file.getFileName());
    }

    @Test
    void theMarketDataInTheConfigMapValidatesAndIsNoOlderThanTheBuiltInData() {
        String json = k8s.marketData.getData().get("market-data.json");
        MarketData mounted = MarketDataLoader.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "k8s/market-data-configmap.yaml");
        assertFalse(mounted.asOf().isBefore(MarketDataLoader.builtIn().asOf()),
                "the ConfigMap would roll the market back to " + mounted.asOf());
        Period.parse(k8s.configMap.getData().get("ADVISOR_MARKET_DATA_MAX_AGE"));
    }

    @Test
    void requestsAndLimitsCpuAndMemory() {
        var resources = container().getResources();
        for (String resource : List.of("cpu", "memory")) {
            assertNotNull(resources.getRequests().get(resource), "request " + resource);
            assertNotNull(resources.getLimits().get(resource), "limit " + resource);
        }
    }

    @Test
    void rollsOutWithoutEverLosingCapacity() {
        assertTrue(k8s.deployment.getSpec().getReplicas() >= 2);
        var rolling = k8s.deployment.getSpec().getStrategy().getRollingUpdate();
        assertEquals("RollingUpdate", k8s.deployment.getSpec().getStrategy().getType());
        assertEquals(0, rolling.getMaxUnavailable().getIntVal());
        assertTrue(rolling.getMaxSurge().getIntVal() >= 1);
        assertEquals(k8s.deployment.getSpec().getSelector().getMatchLabels().entrySet().stream()
                .allMatch(e -> e.getValue().equals(podLabels().get(e.getKey()))), true);
    }

    @Test
    void shutdownDelaysFitInsideTheGracePeriod() {
        Duration delay = Duration.parse("PT" + k8s.configMap.getData().get("QUARKUS_SHUTDOWN_DELAY").toUpperCase());
        Duration timeout = Duration.parse("PT" + k8s.configMap.getData().get("QUARKUS_SHUTDOWN_TIMEOUT").toUpperCase());
        long grace = pod().getTerminationGracePeriodSeconds();
        assertTrue(delay.plus(timeout).plusSeconds(5).getSeconds() <= grace,
                "delay " + delay + " + timeout " + timeout + " + 5s JVM exit must fit in " + grace + "s");
        assertTrue(delay.getSeconds() >= 2 * container().getReadinessProbe().getPeriodSeconds(),
                "the delay outlasts two readiness periods, so the endpoint is gone before the server stops");
    }

    @Test
    void serviceHpaPdbAndNetworkPolicySelectTheDeploymentsPods() {
        assertTrue(selects(k8s.service.getSpec().getSelector()), "service");
        assertTrue(selects(k8s.pdb.getSpec().getSelector().getMatchLabels()), "pdb");
        assertTrue(selects(k8s.networkPolicy.getSpec().getPodSelector().getMatchLabels()), "network policy");
        var target = k8s.hpa.getSpec().getScaleTargetRef();
        assertEquals("Deployment", target.getKind());
        assertEquals("apps/v1", target.getApiVersion());
        assertEquals(k8s.deployment.getMetadata().getName(), target.getName());
        assertTrue(k8s.hpa.getSpec().getMinReplicas() >= 2);
        assertEquals("cpu", k8s.hpa.getSpec().getMetrics().get(0).getResource().getName());
        assertEquals(k8s.configMap.getMetadata().getName(),
                container().getEnvFrom().get(0).getConfigMapRef().getName());
    }

    @Test
    void theClusterKeepsHistoryToItsOwnersWithAnIdentityProviderAndAnAudience() {
        Map<String, String> settings = k8s.configMap.getData();
        assertEquals("oidc", settings.get("ADVISOR_AUTH"), "history holds other teams' plans: not a shared space");
        boolean discovery = settings.containsKey("QUARKUS_OIDC_AUTH_SERVER_URL");
        boolean fixedKey = settings.containsKey("QUARKUS_OIDC_PUBLIC_KEY") && settings.containsKey(
                "QUARKUS_OIDC_TOKEN_ISSUER");
        assertTrue(discovery != fixedKey, "one identity provider: a discovery URL, or a fixed key with its issuer");
        assertFalse(settings.getOrDefault("QUARKUS_OIDC_TOKEN_AUDIENCE", "").isBlank(),
                "tokens meant for another service are refused");
    }

    @Test
    void pdbLetsADrainEvictOneReplicaAtATime() {
        assertEquals(1, k8s.pdb.getSpec().getMaxUnavailable().getIntVal());
    }

    @Test
    void networkPolicyAdmitsOnlyTheServicePort() {
        assertEquals(List.of("Ingress"), k8s.networkPolicy.getSpec().getPolicyTypes());
        List<NetworkPolicyIngressRule> rules = k8s.networkPolicy.getSpec().getIngress();
        assertEquals(1, rules.size());
        List<NetworkPolicyPort> ports = rules.get(0).getPorts();
        assertEquals(1, ports.size());
        assertEquals("TCP", ports.get(0).getProtocol());
        assertEquals(container().getPorts().get(0).getContainerPort(), ports.get(0).getPort().getIntVal());
    }

    private boolean selects(Map<String, String> selector) {
        return selector != null && !selector.isEmpty()
                && selector.entrySet().stream().allMatch(e -> e.getValue().equals(podLabels().get(e.getKey())));
    }
}
