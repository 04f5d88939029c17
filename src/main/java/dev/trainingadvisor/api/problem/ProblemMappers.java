package dev.trainingadvisor.api.problem;

import dev.trainingadvisor.api.common.AcceptQuality;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.trainingadvisor.api.json.WholeCharacters;
import dev.trainingadvisor.api.json.CalendarDates;
import dev.trainingadvisor.api.json.WholeNumbers;
import dev.trainingadvisor.api.language.Languages;
import dev.trainingadvisor.domain.Language;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every failure becomes an RFC 9457 problem: Jackson's (malformed JSON, wrong types, unknown properties), Bean
 * Validation's (missing or out-of-range values), JAX-RS's (404, 405, 406, 413, 415) and anything unexpected (500,
 * logged with an id the response repeats; never a stack trace or class name in the response). Failures are told apart
 * by their type and by where the parser stood (its current token, its root context), never by a library's message
 * text, so that a Jackson upgrade that rewords a message cannot turn a 400 into another 400 or a 500
 * ({@code ProblemMappersRealExceptionsTest}). The answers are written by {@link ProblemWriter}.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String STATIC_FILE_METHODS = "GET, HEAD, OPTIONS";

    private final Languages languages;
    private final AllowedMethods allowedMethods;

    public ProblemMappers(Languages languages, AllowedMethods allowedMethods) {
        this.languages = languages;
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Language language = languages.of(headers);
        return ProblemWriter.response(problem(e, language, path(uri)), language).build();
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        Language language = languages.of(headers);
        return ProblemWriter.response(problem(e, language, path(uri)), language).build();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Language language = languages.of(headers);
        return ProblemWriter.response(problem(e, language, path(uri)), language).build();
    }

    /**
     * The problem a request body gets for its Bean Validation violations: 400 {@code invalid-request}, one error per
     * violation, by JSON Pointer relative to the validated object, sorted by pointer and then by detail, so that the
     * same body always gets the same document (Bean Validation reports violations as an unordered set). Also used for
     * each item of a batch.
     */
    public static Problem problem(ConstraintViolationException e, Language language, String instance) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> fieldError(violation, language))
                .sorted(Comparator.comparing(FieldError::pointer).thenComparing(FieldError::detail))
                .toList();
        return Problems.invalidProblem(language, instance, errors);
    }

    /**
     * The problem a request body gets when Jackson cannot read or bind it: 400 {@code malformed-json} (syntax,
     * truncation, trailing tokens, too complex) or 400 {@code invalid-request} (wrong type, unknown property, number
     * too large, no content), by JSON Pointer relative to the document Jackson was reading. Also used
     * for each item of a batch.
     */
    public static Problem problem(JsonProcessingException e, Language language, String instance) {
        if (e instanceof MismatchedInputException mismatched) {
            return mismatchedProblem(mismatched, language, instance);
        }
        if (e instanceof JsonMappingException mapping && mapping.getCause() instanceof InputCoercionException) {
            return Problems.invalidProblem(language, instance,
                    List.of(FieldError.atPointer(pointer(mapping), Problems.detail(language, "numberTooLarge"))));
        }
        if (e instanceof InputCoercionException) {
            return Problems.invalidProblem(language, instance,
                    List.of(FieldError.atPointer("", Problems.detail(language, "numberTooLarge"))));
        }
        Throwable root = e instanceof JsonMappingException && e.getCause() instanceof JsonProcessingException cause
                ? cause : e;
        if (root instanceof StreamConstraintsException) {
            return malformed(language, "tooComplex", ((JsonProcessingException) root).getLocation(), instance);
        }
        if (root instanceof JsonEOFException) {
            return malformed(language, "truncated", ((JsonProcessingException) root).getLocation(), instance);
        }
        return malformed(language, "syntax", ((JsonProcessingException) root).getLocation(), instance);
    }

    private static Problem mismatchedProblem(MismatchedInputException e, Language language, String instance) {
        if (e.getProcessor() instanceof JsonParser parser && e.getPath().isEmpty() && rootValues(parser) == 0) {
            // Nothing was read: the body had no JSON value at all.
            return Problems.invalidProblem(language, instance,
                    List.of(FieldError.atPointer("", Problems.detail(language, "missingBody"))));
        }
        if (e.getProcessor() instanceof JsonParser parser && e.getPath().isEmpty() && rootValues(parser) > 1) {
            // A second value where the document should have ended (FAIL_ON_TRAILING_TOKENS).
            return malformed(language, "trailing", e.getLocation(), instance);
        }
        String pointer = pointer(e);
        if (e instanceof WholeCharacters.UnpairedSurrogate) {
            return Problems.invalidProblem(language, instance, List.of(FieldError.atPointer(pointer,
                    Problems.detail(language, "unpairedSurrogate"))));
        }
        if (e instanceof CalendarDates.NotCalendarDate) {
            return Problems.invalidProblem(language, instance, List.of(FieldError.atPointer(pointer,
                    Problems.detail(language, "notCalendarDate"))));
        }
        if (e instanceof CalendarDates.NotDateTime) {
            return Problems.invalidProblem(language, instance, List.of(FieldError.atPointer(pointer,
                    Problems.detail(language, "badInstant"))));
        }
        if (e instanceof WholeNumbers.NotPlainInteger whole) {
            String detail = whole.plain()
                    .map(plain -> Problems.detail(language, "wholeNumberForm", "plain", plain))
                    .orElseGet(() -> Problems.detail(language, "numberTooLarge"));
            return Problems.invalidProblem(language, instance, List.of(FieldError.atPointer(pointer, detail)));
        }
        String detail = e instanceof UnrecognizedPropertyException unknown
                ? Problems.detail(language, "unknownProperty", "known", known(unknown.getKnownPropertyIds()))
                : wrongType(e.getTargetType(), language);
        return Problems.invalidProblem(language, instance, List.of(FieldError.atPointer(pointer, detail)));
    }

    /**
     * How many values the parser has begun at the root of the document: 0 when the body held none (only whitespace),
     * 1 while it reads the body's one value, 2 once it met a value after it. Jackson counts them in the root context
     * (its entry count), which stays as it was when the parser is closed.
     */
    private static int rootValues(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        while (context != null && !context.inRoot()) {
            context = context.getParent();
        }
        return context == null ? 1 : context.getEntryCount();
    }

    /** The Accept header as the client sent it, before {@link AcceptQuality} narrowed it. */
    private static String sentAccept(HttpHeaders headers, jakarta.ws.rs.container.ContainerRequestContext context) {
        Object original = context.getProperty(AcceptQuality.ORIGINAL_ACCEPT);
        return original != null ? original.toString() : headers.getHeaderString(HttpHeaders.ACCEPT);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri, Request request,
                        jakarta.ws.rs.container.ContainerRequestContext context) {
        if (e.getCause() instanceof MismatchedInputException mismatched) {
            return mismatched(mismatched, headers, uri);
        }
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, headers, uri);
        }
        Language language = languages.of(headers);
        int status = e.getResponse().getStatus();
        if (status >= 500 && !(e instanceof ProblemException)) {
            return unexpected(e, headers, uri);
        }
        boolean staticFile = status == 404 && !(e instanceof ProblemException)
                && !HttpMethod.GET.equals(request.getMethod())
                && !HttpMethod.HEAD.equals(request.getMethod()) && allowedMethods.isStaticFile(path(uri));
        if (staticFile) {
            status = 405; // the page and its files are there; they only take GET and HEAD
        }
        Object allow = staticFile ? STATIC_FILE_METHODS
                : status == 405 ? allowedMethods.allow(path(uri))
                : e.getResponse().getHeaders().getFirst(HttpHeaders.ALLOW);
        Problem problem;
        if (e instanceof ProblemException decided) {
            problem = Problems.problem(decided.type(), language, decided.detail(language), path(uri),
                    decided.errors(language));
        } else {
            problem = ProblemWriter.forStatus(status, language, new ProblemWriter.RefusedRequest(
                    request.getMethod(), path(uri), allow == null ? "" : String.valueOf(allow),
                    sentAccept(headers, context), headers.getHeaderString(HttpHeaders.CONTENT_TYPE),
                    true));
        }
        Response.ResponseBuilder response = ProblemWriter.response(problem, language);
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        if (e instanceof ProblemException.InvalidToken) {
            response.header(Problems.WWW_AUTHENTICATE, null) // replaces the bare challenge
                    .header(Problems.WWW_AUTHENTICATE, Problems.INVALID_TOKEN_CHALLENGE);
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        Language language = languages.of(headers);
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", errorId, path(uri));
        return ProblemWriter.response(Problems.problem(ProblemType.INTERNAL_ERROR, language,
                Problems.detail(language, "internalError", "errorId", errorId), path(uri), List.of()), language)
                .build();
    }

    private static Problem malformed(Language language, String reason, JsonLocation location, String instance) {
        String where = location == null || location.getLineNr() < 0
                ? ""
                : Problems.detail(language, "at", "line", Integer.toString(location.getLineNr()),
                        "column", Integer.toString(location.getColumnNr()));
        return Problems.problem(ProblemType.MALFORMED_JSON, language,
                Problems.detail(language, "malformed." + reason) + where, instance, List.of());
    }

    private static FieldError fieldError(ConstraintViolation<?> violation, Language language) {
        StringBuilder pointer = new StringBuilder();
        boolean element = false;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.PARAMETER || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                pointer.append('/').append(Problems.token(String.valueOf(node.getKey())));
            }
            if (kind == ElementKind.CONTAINER_ELEMENT) {
                element = true;
            } else if (node.getName() != null) {
                pointer.append('/').append(Problems.token(node.getName()));
            }
        }
        return FieldError.atPointer(pointer.toString(), Violations.detail(violation, element, language));
    }

    /** The JSON Pointer of the value Jackson could not bind: its path of property names and array indexes. */
    static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                pointer.append('/').append(Problems.token(reference.getFieldName()));
            } else if (reference.getIndex() >= 0) {
                pointer.append('/').append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    private static String known(Collection<Object> names) {
        return names.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    /**
     * "must be ..." with what the contract expects where a value of the wrong type came, in the client's terms (never
     * a class name).
     */
    @SuppressWarnings("unchecked")
    private static String wrongType(Class<?> target, Language language) {
        if (target == null) {
            return Problems.wrongType(language, "value");
        }
        if (target.isEnum()) {
            return Problems.wrongType(language, "enum", "codes", Problems.codes((Class<? extends Enum<?>>) target));
        }
        if (target == Boolean.class || target == boolean.class) {
            return Problems.wrongType(language, "boolean");
        }
        if (target == Long.class || target == Integer.class || target == long.class || target == int.class
                || target == BigInteger.class) {
            return Problems.wrongType(language, "integer");
        }
        if (Number.class.isAssignableFrom(target) || target == BigDecimal.class) {
            return Problems.wrongType(language, "number");
        }
        if (target == String.class) {
            return Problems.wrongType(language, "string");
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return Problems.wrongType(language, "array");
        }
        return Problems.wrongType(language, "object");
    }

    private static String path(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }

}
