package dev.trainingadvisor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trainingadvisor.api.AdvisorConfig;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every ConfigMap key is a real configuration key, settable at run time: either one of the Quarkus properties that
 * the extensions on the classpath document (their config model names each property's environment variable and
 * phase), or one of this service's own ({@link AdvisorConfig}).
 */
class ConfigMapKeysTest {

    @Test
    void everyConfigMapKeyIsARunTimeConfigKey() throws IOException {
        Map<String, JsonNode> documented = documentedEnvironmentVariables();
        assertTrue(documented.size() > 500, "the config models were found: " + documented.size());
        List<String> unknown = new ArrayList<>();
        for (String key : Manifests.load().configMap.getData().keySet()) {
            if (key.startsWith("ADVISOR_")) {
                if (!advisorKeys().contains(key)) {
                    unknown.add(key + " (no such advisor.* property)");
                }
                continue;
            }
            JsonNode property = documented.get(key);
            if (property == null) {
                unknown.add(key + " (no such Quarkus property)");
            } else if (!"RUN_TIME".equals(property.path("phase").asText())) {
                unknown.add(key + " (fixed at build time: " + property.path("phase").asText() + ")");
            } else if (property.has("deprecation")) {
                unknown.add(key + " (deprecated)");
            }
        }
        assertEquals(List.of(), unknown);
    }

    @Test
    void aMisspeltKeyWouldBeCaught() throws IOException {
        Map<String, JsonNode> documented = documentedEnvironmentVariables();
        assertTrue(documented.containsKey("QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE"));
        assertTrue(!documented.containsKey("QUARKUS_HTTP_LIMIT_MAX_BODY_SIZE"));
        assertTrue(!documented.containsKey("QUARKUS_LOG_CONSOLE_JSON_ENABLE"));
    }

    private static List<String> advisorKeys() {
        List<String> keys = new ArrayList<>();
        for (Method method : AdvisorConfig.class.getDeclaredMethods()) {
            String kebab = method.getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
            keys.add(("advisor." + kebab).replaceAll("[^a-zA-Z0-9]", "_").toUpperCase(Locale.ROOT));
        }
        return keys;
    }

    private static Map<String, JsonNode> documentedEnvironmentVariables() throws IOException {
        Map<String, JsonNode> byVariable = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        Enumeration<URL> models = ConfigMapKeysTest.class.getClassLoader()
                .getResources("META-INF/quarkus-config-doc/quarkus-config-model.json");
        while (models.hasMoreElements()) {
            try (InputStream in = models.nextElement().openStream()) {
                collect(json.readTree(in), byVariable);
            }
        }
        return byVariable;
    }

    private static void collect(JsonNode node, Map<String, JsonNode> into) {
        if (node.isObject()) {
            JsonNode variable = node.path("path").path("environmentVariable");
            if (variable.isTextual()) {
                into.put(variable.asText(), node);
            }
        }
        node.elements().forEachRemaining(child -> collect(child, into));
    }
}
