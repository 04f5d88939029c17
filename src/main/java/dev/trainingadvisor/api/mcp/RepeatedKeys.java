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
 * JSON-RPC body. Bodies that are not UTF-8 without NUL bytes (which the shared JSON reader, {@link Utf8Only}, refuses
 * with a REST problem) are answered Parse error (-32700) here; other bodies that are not JSON are left to the
 * extension, which answers the same.
 */
@Singleton
public class RepeatedKeys {
    /** JSON-RPC 2.0 §5.1: the JSON sent is not a valid Request object. */
    static final int INVALID_REQUEST = -32600;
    /** JSON-RPC 2.0 §5.1: invalid JSON was received. */
    static final int PARSE_ERROR = -32700;
    static final String PATH = "/mcp";

    private static final JsonFactory FACTORY = new JsonFactory();
    private final long limit;

    public RepeatedKeys(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
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
            refuse(context, PARSE_ERROR, "Parse error: a message is UTF-8 JSON without NUL bytes (RFC 8259 §8.1)");
            return;
        }
        Optional<String> repeated = firstRepeated(body);
        if (repeated.isEmpty()) {
            dropNullArguments(context);
            context.next();
            return;
        }
        refuse(context, INVALID_REQUEST, "Invalid Request: a key appears twice in one object, at " + repeated.get());
    }

    private static void refuse(RoutingContext context, int code, String message) {
        JsonObject error = new JsonObject().put("jsonrpc", "2.0").putNull("id").put("error", new JsonObject()
                .put("code", code).put("message", message));
        context.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(error.toBuffer());
    }

    /**
     * An argument sent as JSON {@code null} is taken as absent, as the REST reader takes a null property: the
     * extension copies the arguments into a map that refuses null values, and answered a JSON-RPC Internal error
     * instead of the tool's own problem ({@code /profile} must not be null).
     */
    @SuppressWarnings("deprecation")
    private static void dropNullArguments(RoutingContext context) {
        if (context.body().buffer() == null || context.body().length() == 0) {
            return;
        }
        Object message;
        try {
            message = io.vertx.core.json.Json.decodeValue(context.body().buffer());
        } catch (io.vertx.core.json.DecodeException notJson) {
            return; // the extension answers Parse error
        }
        if (message instanceof JsonObject object && object.getValue("params") instanceof JsonObject params
                && params.getValue("arguments") instanceof JsonObject arguments
                && arguments.getMap().containsValue(null)) {
            arguments.getMap().values().removeIf(java.util.Objects::isNull);
            context.setBody(object.toBuffer());
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
