package dev.trainingadvisor.api.mcp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.trainingadvisor.api.json.Utf8Only;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses an MCP message in which one object names a key twice, before the MCP extension parses it: its JSON parser
 * keeps the last value, so {@code {"labeledExamples": 5000, "labeledExamples": 5}} would reach a tool as 5, where
 * the REST reader refuses it. The answer is a JSON-RPC error, Invalid Request (-32600), naming the repeated key's
 * JSON Pointer (RFC 6901), with HTTP 200 as the extension answers its own Parse error: on MCP, errors travel in the
 * JSON-RPC body; its {@code id} is the message's when that is readable and named once, else null (JSON-RPC 2.0 §5).
 * Bodies that are not UTF-8 without NUL bytes (which the shared JSON reader, {@link Utf8Only}, refuses
 * with a REST problem) are answered Parse error (-32700) here; other bodies that are not JSON are left to the
 * extension, which answers the same. A batch, or an {@code id} that is neither a string nor a number, or a number the
 * answer could not carry back as sent, is an Invalid Request with id null ({@link #notOneRequest}): the extension
 * took all three.
 */
@Singleton
public class RepeatedKeys {
    /** JSON-RPC 2.0 §5.1: the JSON sent is not a valid Request object. */
    static final int INVALID_REQUEST = -32600;
    /** JSON-RPC 2.0 §5.1: invalid method parameters. */
    static final int INVALID_PARAMS = -32602;
    /** JSON-RPC 2.0 §5.1: invalid JSON was received. */
    static final int PARSE_ERROR = -32700;
    static final String PATH = "/mcp";

    private static final JsonFactory FACTORY = new JsonFactory();
    private final long limit;

    public RepeatedKeys(@ConfigProperty(name = "advisor.body-limit", defaultValue = "64K") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        BodyHandler reader = BodyHandler.create(false).setBodyLimit(limit);
        router.post(PATH).order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT).handler(reader).handler(this::check);
    }

    private void check(RoutingContext context) {
        byte[] body = context.body().buffer() == null ? new byte[0] : context.body().buffer().getBytes();
        if (body.length > 0 && !Utf8Only.isUtf8Json(body)) {
            // the shared JSON reader (Utf8Only) refuses these bytes with a REST problem, which no JSON-RPC caller of
            // it expects: this is the message's own JSON-RPC answer instead
            refuse(context, Optional.empty(), PARSE_ERROR, "Parse error: a message is UTF-8 JSON without NUL bytes (RFC 8259 §8.1)");
            return;
        }
        Optional<String> repeated = firstRepeated(body);
        if (repeated.isPresent()) {
            refuse(context, readableId(body), INVALID_REQUEST,
                    "Invalid Request: a key appears twice in one object, at " + repeated.get());
            return;
        }
        Object message = message(context);
        Optional<String> notRequest = notOneRequest(message, body);
        if (notRequest.isPresent()) {
            refuse(context, Optional.empty(), INVALID_REQUEST, "Invalid Request: " + notRequest.get());
            return;
        }
        Optional<String> invalid = message instanceof JsonObject object ? dropNullArguments(context, object)
                : Optional.empty();
        if (invalid.isPresent()) {
            refuse(context, readableId(body), INVALID_PARAMS, "Invalid params: " + invalid.get());
            return;
        }
        context.next();
    }

    /** The message as Vert.x reads it; null when there is none or it is not JSON (the extension answers that). */
    @SuppressWarnings("deprecation")
    private static Object message(RoutingContext context) {
        if (context.body().buffer() == null || context.body().length() == 0) {
            return null;
        }
        try {
            return io.vertx.core.json.Json.decodeValue(context.body().buffer());
        } catch (io.vertx.core.json.DecodeException notJson) {
            return null;
        }
    }

    /**
     * Why {@code message} (as Vert.x reads {@code json}) is not one JSON-RPC message MCP takes, which the extension
     * does not check: a batch (a JSON array; JSON-RPC 2.0 §6 has them, MCP 2025-06-18 removed them: a POST carries one
     * message), an {@code id} that is neither a string nor a number (JSON-RPC 2.0 §4; MCP: a string or an integer, not
     * null), or a number id that is not written as a plain integer ({@link #readableId}: a fraction or an exponent, or
     * {@code -0}). JSON-RPC 2.0 §5 wants the answer's id to be the request's; the extension's codec reads such a
     * number as a decimal and writes it its own way ({@code 1e0} was answered {@code 1}, {@code 1E+2} as {@code 100},
     * {@code 1e400} as 401 digits), and JSON-RPC 2.0 §4 says an id SHOULD NOT have a fraction. The answer's id is null
     * (JSON-RPC 2.0 §5: the id could not be read). Empty for anything else, including a message that is not JSON.
     */
    static Optional<String> notOneRequest(Object message, byte[] json) {
        if (message instanceof io.vertx.core.json.JsonArray) {
            return Optional.of("a batch (JSON array) is not taken; send one message per POST (MCP 2025-06-18)");
        }
        if (!(message instanceof JsonObject object) || !object.containsKey("id")) {
            return Optional.empty();
        }
        Object id = object.getValue("id");
        if (!(id instanceof String || id instanceof Number)) {
            return Optional.of("id must be a string or a number (JSON-RPC 2.0 §4)");
        }
        if (id instanceof Number && readableId(json).isEmpty()) {
            return Optional.of("a number id must be an integer without fraction or exponent (JSON-RPC 2.0 §4, MCP "
                    + "2025-06-18), so that the answer carries it back as sent (§5)");
        }
        return Optional.empty();
    }

    private static void refuse(RoutingContext context, Optional<Object> id, int code, String message) {
        JsonObject error = new JsonObject().put("jsonrpc", "2.0");
        id.ifPresentOrElse(value -> error.put("id", value), () -> error.putNull("id"));
        error.put("error", new JsonObject().put("code", code).put("message", message));
        context.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(error.toBuffer());
    }

    /**
     * An argument sent as JSON {@code null} is taken as absent, as the REST reader takes a null property: the
     * extension copies the arguments into a map that refuses null values, and answered a JSON-RPC Internal error
     * instead of the tool's own problem ({@code /profile} must not be null).
     *
     * @return what makes the message's {@code params} invalid ({@link #invalidParams}), if anything
     */
    private static Optional<String> dropNullArguments(RoutingContext context, JsonObject object) {
        Optional<String> invalid = invalidParams(object);
        if (invalid.isPresent()) {
            return invalid;
        }
        if (object.getValue("params") instanceof JsonObject params
                && params.getValue("arguments") instanceof JsonObject arguments
                && arguments.getMap().containsValue(null)) {
            arguments.getMap().values().removeIf(java.util.Objects::isNull);
            context.setBody(object.toBuffer());
        }
        return Optional.empty();
    }

    /**
     * What makes a request's {@code params} invalid for its MCP method (MCP 2025-06-18 schema), which the extension
     * does not check before it reads them: it answered HTTP 500 for {@code "params": []}, a JSON-RPC Internal error
     * for tool arguments that are not an object, and for a {@code tools/call} without a name it failed on the event
     * loop and the connection closed 30 s later. {@code params} must be an object; {@code tools/call} and
     * {@code prompts/get} need a string {@code name} and an object {@code arguments} if any; {@code resources/read} a
     * string {@code uri}; {@code initialize} a string {@code protocolVersion} and objects {@code capabilities} and
     * {@code clientInfo}; {@code _meta}, if any, is an object.
     */
    static Optional<String> invalidParams(JsonObject message) {
        if (!(message.getValue("method") instanceof String method) || !message.containsKey("params")) {
            return Optional.empty();
        }
        if (!(message.getValue("params") instanceof JsonObject params)) {
            return Optional.of("params must be an object");
        }
        if (params.containsKey("_meta") && !(params.getValue("_meta") instanceof JsonObject)) {
            return Optional.of("params._meta must be an object");
        }
        return switch (method) {
            case "tools/call", "prompts/get" -> !(params.getValue("name") instanceof String)
                    ? Optional.of("params.name must be a string")
                    : params.containsKey("arguments") && !(params.getValue("arguments") instanceof JsonObject)
                    ? Optional.of("params.arguments must be an object") : Optional.empty();
            case "resources/read" -> params.getValue("uri") instanceof String ? Optional.empty()
                    : Optional.of("params.uri must be a string");
            case "initialize" -> !(params.getValue("protocolVersion") instanceof String)
                    ? Optional.of("params.protocolVersion must be a string")
                    : !(params.getValue("capabilities") instanceof JsonObject)
                    ? Optional.of("params.capabilities must be an object")
                    : !(params.getValue("clientInfo") instanceof JsonObject)
                    ? Optional.of("params.clientInfo must be an object") : Optional.empty();
            default -> Optional.empty();
        };
    }

    /**
     * The message's JSON-RPC id (JSON-RPC 2.0 §4: a string or a number), so that a refusal answers the request it
     * refuses: when the message is one object naming {@code id} exactly once, with a string or an integer of any size
     * written as an answer writes it back (not {@code -0}). Empty (the answer's id is null, §5) when {@code id} is
     * absent, repeated, of another type, a number with a fraction or exponent, {@code -0}, or the JSON cannot be read
     * to the end of the message's top level.
     */
    static Optional<Object> readableId(byte[] json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            Object id = null;
            int ids = 0;
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("id")) {
                    ids++;
                    id = value == JsonToken.VALUE_STRING ? parser.getText()
                            : value == JsonToken.VALUE_NUMBER_INT && !parser.getText().equals("-0")
                            ? parser.getNumberValue() : null;
                }
                parser.skipChildren();
            }
            return token == JsonToken.END_OBJECT && ids == 1 ? Optional.ofNullable(id) : Optional.empty();
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory", e);
        }
    }

    /**
     * The JSON Pointer of the first key that an object of {@code json} names twice; empty when there is none or when
     * {@code json} is not JSON (the MCP extension answers that).
     */
    static Optional<String> firstRepeated(byte[] json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            Deque<Set<String>> objects = new ArrayDeque<>();
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case START_OBJECT -> objects.push(new HashSet<>());
                    case END_OBJECT -> objects.pop();
                    case FIELD_NAME -> {
                        if (!objects.peek().add(parser.currentName())) {
                            JsonPointer pointer = parser.getParsingContext().pathAsPointer();
                            return Optional.of(pointer.toString());
                        }
                    }
                    default -> {
                    }
                }
            }
            return Optional.empty();
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory", e);
        }
    }
}
