package dev.trainingadvisor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The manifests of {@code k8s/}, parsed into typed Kubernetes objects (fabric8). fabric8 keeps a field it does not
 * know in the object's {@code additionalProperties} instead of failing, so every object is walked and any such field
 * - a misspelling, a field of another API version - fails the load with its path.
 */
final class Manifests {
    static final Path DIR = Path.of("k8s");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    final Deployment deployment;
    final Service service;
    final HorizontalPodAutoscaler hpa;
    final PodDisruptionBudget pdb;
    /** The settings, as environment variables ({@code training-advisor}). */
    final ConfigMap configMap;
    /** The market data file, mounted into the pod ({@code training-advisor-market-data}). */
    final ConfigMap marketData;
    final NetworkPolicy networkPolicy;
    /** The history's PostgreSQL credentials (the pods read them as environment variables). */
    final io.fabric8.kubernetes.api.model.Secret postgresql;
    final Map<String, Object> kustomization;
    final List<String> files;

    private Manifests() {
        List<HasMetadata> objects = new ArrayList<>();
        files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(DIR)) {
            for (Path file : paths.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".yaml") || name.equals("kustomization.yaml")) {
                    continue;
                }
                files.add(name);
                try (InputStream in = Files.newInputStream(file)) {
                    HasMetadata object = SERIALIZATION.unmarshal(in);
                    List<String> unknown = new ArrayList<>();
                    unknownFields(object, object.getKind(), unknown, new IdentityHashMap<>());
                    assertEquals(List.of(), unknown, name + " has fields Kubernetes does not know");
                    objects.add(object);
                }
            }
            kustomization = new ObjectMapper(new YAMLFactory()).readValue(DIR.resolve("kustomization.yaml").toFile(),
                    Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deployment = one(objects, Deployment.class);
        service = one(objects, Service.class);
        hpa = one(objects, HorizontalPodAutoscaler.class);
        pdb = one(objects, PodDisruptionBudget.class);
        configMap = named(objects, ConfigMap.class, "training-advisor");
        marketData = named(objects, ConfigMap.class, "training-advisor-market-data");
        networkPolicy = one(objects, NetworkPolicy.class);
        postgresql = named(objects, io.fabric8.kubernetes.api.model.Secret.class, "training-advisor-postgresql");
        assertEquals(8, objects.size(), "one object of each kind (two ConfigMaps), nothing else: " + objects);
    }

    static Manifests load() {
        return new Manifests();
    }

    private static <T extends HasMetadata> T named(List<HasMetadata> objects, Class<T> type, String name) {
        List<T> found = objects.stream().filter(type::isInstance).map(type::cast)
                .filter(object -> object.getMetadata().getName().equals(name)).toList();
        assertEquals(1, found.size(), "expected exactly one " + type.getSimpleName() + " " + name);
        return found.get(0);
    }

    private static <T> T one(List<HasMetadata> objects, Class<T> type) {
        List<T> found = objects.stream().filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, found.size(), "expected exactly one " + type.getSimpleName());
        return found.get(0);
    }

    /** Walks fabric8 model objects through their getters, collecting every non-empty additionalProperties. */
    private static void unknownFields(Object node, String path, List<String> unknown, Map<Object, Boolean> seen) {
        if (node == null || seen.put(node, Boolean.TRUE) != null) {
            return;
        }
        if (node instanceof Collection<?> collection) {
            int i = 0;
            for (Object item : collection) {
                unknownFields(item, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> unknownFields(value, path + "." + key, unknown, seen));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get")
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(node);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            String field = path + "." + decapitalize(getter.getName().substring(3));
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(path + " " + extra.keySet());
                }
            } else {
                unknownFields(value, field, unknown, seen);
            }
        }
    }

    private static String decapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
