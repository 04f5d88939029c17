package dev.trainingadvisor.api.openapi;

import dev.trainingadvisor.api.common.AcceptQuality;
import dev.trainingadvisor.api.common.ConditionalRequests;
import dev.trainingadvisor.api.common.FirstRequest;
import dev.trainingadvisor.api.common.QueryParameters;
import dev.trainingadvisor.api.common.ResponseCoding;
import dev.trainingadvisor.api.language.Languages;
import dev.trainingadvisor.api.problem.Problem;
import dev.trainingadvisor.api.problem.ProblemException;
import dev.trainingadvisor.api.problem.ProblemType;
import dev.trainingadvisor.api.problem.ProblemWriter;
import dev.trainingadvisor.api.problem.Problems;
import dev.trainingadvisor.domain.Language;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How {@code /q/openapi} (and {@code .json}, {@code .yaml}, {@code .yml}) answers GET and HEAD, decided before
 * SmallRye OpenAPI's handler writes the document ({@link ContractDocument}), as every operation of the service
 * answers:
 * <ul>
 * <li>query parameters: {@value #FORMAT} on {@code /q/openapi} only ({@code json} or {@code yaml}, in any letter
 * case, as the extension reads {@code JSON}); an unknown, repeated or other value is a 400 problem naming it
 * ({@link QueryParameters}). The extension took any other value for YAML and any parameter as none.</li>
 * <li>the format: the path's suffix, else {@value #FORMAT}, else {@code Accept}: of {@code application/yaml} and
 * {@code application/json} the one with the higher quality ({@link AcceptQuality#quality}, RFC 9110 §12.5.1), a tie
 * as the extension decides (JSON when Accept names {@code application/json}, else YAML, the default); an Accept that
 * admits neither is a 406 problem naming both (the extension answered JSON to {@code application/json;q=0}). The
 * extension is then handed an Accept naming the chosen type only.</li>
 * <li>the content coding ({@link ResponseCoding}, about 540 KB of JSON compress to a tenth), the strong
 * {@code ETag} of the format's bytes (per coding), {@code If-None-Match} answered 304, {@code Cache-Control:
 * no-cache}, and {@code Vary} naming what chose the answer.</li>
 * </ul>
 * The first request for the document waits for it to be built on a worker thread, never on the event loop.
 */
@Singleton
public class ContractEndpoint {
    /** The query parameter that names the format. */
    static final String FORMAT = "format";
    static final String YAML = Format.YAML.getMimeType();
    static final String JSON = Format.JSON.getMimeType();

    private final ContractDocument document;
    private final ProblemWriter writer;
    private final Languages languages;

    public ContractEndpoint(ContractDocument document, ProblemWriter writer, Languages languages) {
        this.document = document;
        this.writer = writer;
        this.languages = languages;
    }

    void install(@Observes Router router) {
        // after the body limits (BodyLimit), before the extension's routes (default order); the methods that read it
        router.routeWithRegex(ContractDocument.PATHS).method(HttpMethod.GET).method(HttpMethod.HEAD)
                .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::negotiate);
    }

    private void negotiate(RoutingContext context) {
        HttpServerRequest request = context.request();
        Language language = languages.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String path = request.path();
        Optional<Format> named = path.endsWith(".json") ? Optional.of(Format.JSON)
                : path.endsWith(".yaml") || path.endsWith(".yml") ? Optional.of(Format.YAML) : Optional.empty();
        boolean negotiated = false;
        Format format;
        try {
            Map<String, List<String>> query = new QueryStringDecoder(request.uri()).parameters();
            QueryParameters.allowOnly(query, named.isPresent() ? Set.of() : Set.of(FORMAT));
            if (named.isEmpty() && query.containsKey(FORMAT)) {
                named = Optional.of(format(query.get(FORMAT).get(0)));
            }
        } catch (ProblemException refused) {
            refuse(context, refused.toProblem(language, path), language);
            return;
        }
        if (named.isPresent()) {
            format = named.get();
        } else {
            String accept = String.join(", ", request.headers().getAll(HttpHeaders.ACCEPT));
            Optional<Format> chosen = byAccept(accept);
            if (chosen.isEmpty()) {
                context.response().headers().set(HttpHeaders.VARY, HttpHeaders.ACCEPT); // Accept chose the 406
                refuse(context, Problems.problem(ProblemType.NOT_ACCEPTABLE, language, Problems.detail(language,
                        "notAcceptableType", "accept", accept, "types", YAML + ", " + JSON), path, List.of()),
                        language);
                return;
            }
            format = chosen.get();
            negotiated = true;
        }
        request.headers().set(HttpHeaders.ACCEPT, format.getMimeType()); // what the extension reads
        Optional<String> coding = ResponseCoding.choose(request, true);
        if (coding.isEmpty()) {
            refuse(context, ResponseCoding.notAcceptable(language, request, true), language);
            return;
        }
        boolean byAccept = negotiated;
        if (document.built()) {
            answer(context, format, coding.get(), byAccept);
        } else {
            FirstRequest.then(context, () -> document.representation(format),
                    () -> answer(context, format, coding.get(), byAccept));
        }
    }

    private void answer(RoutingContext context, Format format, String coding, boolean byAccept) {
        ContractDocument.Representation representation = document.representation(format);
        String tag = ResponseCoding.entityTag(representation.tag(), coding);
        MultiMap headers = context.response().headers();
        headers.set(HttpHeaders.ETAG, tag);
        headers.set(HttpHeaders.CACHE_CONTROL, "no-cache");
        headers.set(HttpHeaders.VARY, byAccept ? "Accept, Accept-Encoding" : HttpHeaders.ACCEPT_ENCODING.toString());
        if (ConditionalRequests.notModified(context.request(), tag, Optional.empty())) {
            ConditionalRequests.answerNotModified(context);
            return;
        }
        ResponseCoding.apply(context, coding, representation.bytes().length);
        context.next();
    }

    /**
     * The format {@code accept} (the Accept field lines joined) chooses: YAML without a preference, else the type of
     * the higher quality, a tie as the extension decides; empty when it admits neither.
     */
    static Optional<Format> byAccept(String accept) {
        if (AcceptQuality.noPreference(accept)) {
            return Optional.of(Format.YAML);
        }
        double yaml = AcceptQuality.quality(accept, YAML);
        double json = AcceptQuality.quality(accept, JSON);
        if (yaml <= 0 && json <= 0) {
            return Optional.empty();
        }
        if (yaml == json) {
            return Optional.of(accept.contains(JSON) ? Format.JSON : Format.YAML);
        }
        return Optional.of(json > yaml ? Format.JSON : Format.YAML);
    }

    /** The format {@value #FORMAT} names, in any letter case; otherwise a 400 problem at that parameter. */
    private static Format format(String value) {
        if (value.equalsIgnoreCase("json")) {
            return Format.JSON;
        }
        if (value.equalsIgnoreCase("yaml")) {
            return Format.YAML;
        }
        throw ProblemException.badParameter(FORMAT,
                language -> Problems.wrongType(language, "enum", "codes", "json, yaml"));
    }

    private void refuse(RoutingContext context, Problem problem, Language language) {
        writer.write(context, problem, language, null, ProblemWriter.RestOfBody.READ);
    }
}
