package dev.trainingadvisor.api.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;

/**
 * The MCP tools' input schemas (JSON Schema 2020-12, as MCP's {@code inputSchema} is), built from the committed
 * contract ({@code openapi/openapi.yaml}, packaged as {@code META-INF/contract/openapi.yaml}): a tool argument that
 * carries a REST body is the contract's component schema of that body, with the components it refers to under
 * {@code $defs}. So an agent sees exactly the shapes a REST client sees; OpenApiContractTest keeps the committed
 * contract equal to the served one.
 */
final class ToolSchemas {
    static final String CONTRACT = "/META-INF/contract/openapi.yaml";
    private static final String COMPONENTS = "#/components/schemas/";
    private static final String DEFS = "#/$defs/";

    private final JsonNode components;

    private ToolSchemas(JsonNode components) {
        this.components = components;
    }

    /** The component schemas of the packaged contract. */
    static ToolSchemas fromContract() {
        try (InputStream in = ToolSchemas.class.getResourceAsStream(CONTRACT)) {
            if (in == null) {
                throw new IllegalStateException(CONTRACT + " is not packaged: the build copies openapi/openapi.yaml");
            }
            ObjectMapper yaml = new YAMLMapper();
            return new ToolSchemas(yaml.readTree(in).path("components").path("schemas"));
        } catch (IOException e) {
            throw new UncheckedIOException(CONTRACT + " cannot be read", e);
        }
    }

    /** A schema of an object with the given properties, no others; {@code required} names those it needs. */
    ObjectNode object(Map<String, JsonNode> properties, String... required) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        schema.put("type", "object");
        ObjectNode props = schema.putObject("properties");
        properties.forEach(props::set);
        ArrayNode names = schema.putArray("required");
        for (String name : required) {
            names.add(name);
        }
        schema.put("additionalProperties", false);
        ObjectNode defs = JsonNodeFactory.instance.objectNode();
        Deque<JsonNode> todo = new ArrayDeque<>(properties.values());
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            String ref = node.path("$ref").asText("");
            if (ref.startsWith(DEFS)) {
                String name = ref.substring(DEFS.length());
                if (!defs.has(name)) {
                    JsonNode component = components.get(name);
                    if (component == null) {
                        throw new IllegalStateException("the contract has no component schema " + name);
                    }
                    JsonNode rewritten = rewriteRefs(component.deepCopy());
                    defs.set(name, rewritten);
                    todo.push(rewritten);
                }
            }
            for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
                todo.push(children.next());
            }
        }
        if (!defs.isEmpty()) {
            schema.set("$defs", defs);
        }
        return schema;
    }

    /** A reference to the contract's component schema {@code name}, to use as a property of {@link #object}. */
    static JsonNode body(String name, String description) {
        ObjectNode ref = JsonNodeFactory.instance.objectNode();
        ref.put("$ref", DEFS + name);
        ref.put("description", description);
        return ref;
    }

    /** A plain schema: {@code {"type": type, "description": description}}. */
    static ObjectNode of(String type, String description) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        schema.put("type", type);
        schema.put("description", description);
        return schema;
    }

    /** Turns the contract's {@code #/components/schemas/X} references into {@code #/$defs/X}. */
    private static JsonNode rewriteRefs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(COMPONENTS)) {
                object.put("$ref", DEFS + ref.asText().substring(COMPONENTS.length()));
            }
        }
        for (JsonNode child : node) {
            rewriteRefs(child);
        }
        return node;
    }
}
