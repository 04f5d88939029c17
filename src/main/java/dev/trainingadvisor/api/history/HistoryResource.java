package dev.trainingadvisor.api.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trainingadvisor.api.assessment.WarningCode;
import dev.trainingadvisor.api.common.QueryParameters;
import dev.trainingadvisor.api.json.CalendarDates;
import dev.trainingadvisor.api.problem.ProblemException;
import dev.trainingadvisor.api.problem.ProblemType;
import dev.trainingadvisor.api.problem.Problems;
import dev.trainingadvisor.domain.assessment.Approach;
import dev.trainingadvisor.domain.assessment.RulesetId;
import dev.trainingadvisor.domain.history.AssessmentRecord;
import dev.trainingadvisor.domain.history.HistoryPage;
import dev.trainingadvisor.domain.history.HistoryQuery;
import dev.trainingadvisor.domain.history.HistoryStore;
import dev.trainingadvisor.domain.history.HistoryUnavailableException;
import dev.trainingadvisor.history.History;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import dev.trainingadvisor.api.auth.Requesters;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * The decision history (issue 18): read one recorded assessment, list them newest first, erase one. Every operation
 * answers 404 {@code history-off} when the service keeps no history, and 503 {@code history-unavailable} when its
 * database cannot answer. Blocking: each reads the database on a worker thread.
 */
@Path("/assessments")
@Tag(name = "Assessment history")
@Blocking
public class HistoryResource {
    private static final Logger ERASURES = Logger.getLogger("advisor.erasure");
    static final String APPROACH = "approach";
    static final String RULESET = "ruleset";
    static final String PROJECT_NAME = "projectName";
    static final String WARNING = "warning";
    static final String FROM = "from";
    static final String TO = "to";
    static final String LIMIT = "limit";
    static final String CURSOR = "cursor";
    private static final Set<String> LIST_PARAMETERS = Set.of(APPROACH, RULESET, PROJECT_NAME, WARNING, FROM, TO,
            LIMIT, CURSOR);
    /** Records per page unless {@code limit} says otherwise. */
    static final int DEFAULT_LIMIT = 20;

    private final Optional<HistoryStore> store;
    private final ObjectMapper json;

    private final Requesters requesters;

    public HistoryResource(History history, ObjectMapper json, Requesters requesters) {
        this.store = history.store();
        this.json = json;
        this.requesters = requesters;
    }

    @GET
    @Path("{assessmentId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAssessmentRecord", summary = "Read a recorded assessment",
            description = "The assessment with this id as it was recorded when it was answered: the answer byte for "
                    + "byte as it was sent (its language then, whatever Accept-Language says now; Content-Language "
                    + "says it), the profile it answered, the ruleset's version and fingerprint and the market data "
                    + "version it was decided with. POST /assessments gives each answer's record as its Location. "
                    + "404 for an id never recorded, erased or past the retention period (ADVISOR_HISTORY_RETENTION), "
                    + "or, with type /problems/history-off, when the service keeps no history.")
    @APIResponse(responseCode = "200", description = "The record.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssessmentRecordDto.class)))
    @APIResponse(responseCode = "404", description = "No record with this id (type /problems/not-found), or the "
            + "service keeps no history (type /problems/history-off).",
            content = @Content(mediaType = Problems.MEDIA_TYPE,
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response get(@Parameter(description = "The assessment's id (assessmentId of its answer).")
                        @PathParam("assessmentId") String assessmentId, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        AssessmentRecord record = find(assessmentId);
        return Response.ok(AssessmentRecordDto.of(record))
                .header(HttpHeaders.CONTENT_LANGUAGE, record.content().language())
                .build();
    }

    /**
     * The record with this id, as its requester may read it (also the MCP tool {@code get_assessment}).
     *
     * @throws ProblemException 404 {@code history-off} without history, 401 without a token under oidc, 404
     *                          {@code not-found} for an id not recorded, erased, expired or another caller's
     */
    public AssessmentRecord find(String assessmentId) {
        HistoryStore history = store.orElseThrow(ProblemException::historyOff);
        Optional<String> scope = requesters.forHistory().readScope();
        return id(assessmentId)
                .flatMap(id -> read(() -> history.find(id, scope)))
                .orElseThrow(() -> unknown(assessmentId));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listAssessmentRecords", summary = "List recorded assessments",
            description = "Recorded assessments, newest first, without their profiles and answers (each item's href "
                    + "reads one). Filters, all optional and combined: approach, ruleset, projectName (exactly), "
                    + "warning (a code the answer carries), from (recorded at or after) and to (before). At most "
                    + "`limit` per page (1 to 100, 20 unless given); when there may be more, the Link header's "
                    + "rel=\"next\" (and `next`) gives the next page's URL, with the same filters and a cursor. "
                    + "404 with type /problems/history-off when the service keeps no history.")
    @APIResponse(responseCode = "200", description = "One page, newest first.",
            headers = @Header(name = "Link", description = "RFC 8288: <the next page>; rel=\"next\", when there may "
                    + "be one.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssessmentRecordListDto.class)))
    @APIResponse(responseCode = "404", description = "The service keeps no history (type /problems/history-off).",
            content = @Content(mediaType = Problems.MEDIA_TYPE,
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response list(
            @Parameter(description = "Only this recommendation.", schema = @Schema(implementation = Approach.class))
            @QueryParam(APPROACH) String approach,
            @Parameter(description = "Only this ruleset.", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"1", "2"})) @QueryParam(RULESET) String ruleset,
            @Parameter(description = "Only this projectName, exactly.", schema = @Schema(type = SchemaType.STRING,
                    minLength = 1, maxLength = 200)) @QueryParam(PROJECT_NAME) String projectName,
            @Parameter(description = "Only answers carrying this warning code.",
                    schema = @Schema(implementation = WarningCode.class)) @QueryParam(WARNING) String warning,
            @Parameter(description = "Only those recorded at or after this time (RFC 3339).",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam(FROM) String from,
            @Parameter(description = "Only those recorded before this time (RFC 3339).",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam(TO) String to,
            @Parameter(description = "At most this many records (1 to 100; 20 unless given).",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam(LIMIT) String limit,
            @Parameter(description = "Where the page starts: the cursor of the previous page's rel=\"next\" link.",
                    schema = @Schema(type = SchemaType.STRING)) @QueryParam(CURSOR) String cursor,
            @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, LIST_PARAMETERS);
        HistoryStore history = store.orElseThrow(ProblemException::historyOff);
        HistoryQuery.Filter filter = new HistoryQuery.Filter(
                QueryParameters.value(uri, APPROACH)
                        .map(value -> QueryParameters.code(APPROACH, value, Approach.class)),
                QueryParameters.value(uri, RULESET).map(value -> RulesetId.parse(value)
                        .map(id -> OptionalInt.of(id.number())).orElseThrow(() -> ProblemException.badParameter(
                                RULESET, language -> Problems.wrongType(language, "enum", "codes", "1, 2"))))
                        .orElse(OptionalInt.empty()),
                QueryParameters.value(uri, PROJECT_NAME).map(HistoryResource::projectName),
                QueryParameters.value(uri, WARNING)
                        .map(value -> QueryParameters.code(WARNING, value, WarningCode.class).name()),
                QueryParameters.value(uri, FROM).map(value -> instant(FROM, value)),
                QueryParameters.value(uri, TO).map(value -> instant(TO, value)));
        int size = QueryParameters.value(uri, LIMIT).map(HistoryResource::limit).orElse(DEFAULT_LIMIT);
        Optional<HistoryQuery.Position> after = QueryParameters.value(uri, CURSOR).map(HistoryResource::position);
        Optional<String> scope = requesters.forHistory().readScope();
        HistoryPage page = read(() -> history.list(new HistoryQuery(scope, filter, after, size)));
        String next = page.next().map(position -> uri.getRequestUriBuilder()
                .replaceQueryParam(CURSOR, cursor(position)).build().toString()).orElse(null);
        Response.ResponseBuilder response = Response.ok(new AssessmentRecordListDto(
                page.records().stream().map(AssessmentRecordListDto.Item::of).toList(), next));
        if (next != null) {
            response.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response.build();
    }

    @DELETE
    @Path("{assessmentId}")
    @Operation(operationId = "eraseAssessmentRecord", summary = "Erase a recorded assessment",
            description = "Erases the record with this id, its profile and answer with it; it cannot be read or "
                    + "listed again. The erasure itself is logged by id (category advisor.erasure), nothing more. "
                    + "404 for an id not recorded (or already erased or expired), or with type "
                    + "/problems/history-off when the service keeps no history.")
    @APIResponse(responseCode = "204", description = "Erased.")
    @APIResponse(responseCode = "404", description = "No record with this id (type /problems/not-found), or the "
            + "service keeps no history (type /problems/history-off).",
            content = @Content(mediaType = Problems.MEDIA_TYPE,
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response erase(@Parameter(description = "The assessment's id.") @PathParam("assessmentId")
                          String assessmentId, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        HistoryStore history = store.orElseThrow(ProblemException::historyOff);
        Optional<String> scope = requesters.forHistory().eraseScope();
        UUID id = id(assessmentId).orElseThrow(() -> unknown(assessmentId));
        if (!read(() -> history.erase(id, scope))) {
            throw unknown(assessmentId);
        }
        logErasure(id);
        return Response.noContent().build();
    }

    /** The erasure log entry: the id erased, nothing of what it held. */
    record ErasureLogEntry(String event, UUID assessmentId) {
    }

    private void logErasure(UUID id) {
        try {
            ERASURES.info(json.writeValueAsString(new ErasureLogEntry("erasure", id)));
        } catch (JsonProcessingException e) {
            ERASURES.infof("erasure %s", id);
        }
    }

    private static <T> T read(Supplier<T> read) {
        try {
            return read.get();
        } catch (HistoryUnavailableException e) {
            throw ProblemException.historyUnavailable();
        }
    }

    private static Optional<UUID> id(String value) {
        try {
            UUID id = UUID.fromString(value);
            return id.toString().equals(value.toLowerCase(java.util.Locale.ROOT)) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ProblemException unknown(String id) {
        return new ProblemException(ProblemType.NOT_FOUND,
                language -> Problems.detail(language, "unknownAssessment", "id", id), language -> java.util.List.of());
    }


    private static String projectName(String value) {
        if (value.isEmpty() || value.length() > 200) {
            throw ProblemException.badParameter(PROJECT_NAME, language -> Problems.wrongType(language, "string"));
        }
        return value;
    }

    /** {@code value} as an RFC 3339 date-time ({@link CalendarDates#dateTime}), else a 400 naming the parameter. */
    private static Instant instant(String parameter, String value) {
        return CalendarDates.dateTime(value).map(OffsetDateTime::toInstant).orElseThrow(() ->
                ProblemException.badParameter(parameter, language -> Problems.detail(language, "badInstant")));
    }

    private static int limit(String value) {
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= HistoryQuery.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ProblemException.badParameter(LIMIT, language -> Problems.detail(language, "badLimit"));
    }

    /** An opaque cursor: base64url of the last record's time and sequence number. */
    static String cursor(HistoryQuery.Position position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                (position.recordedAt() + "|" + position.sequence()).getBytes(StandardCharsets.UTF_8));
    }

    static HistoryQuery.Position position(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            return new HistoryQuery.Position(Instant.parse(text.substring(0, bar)),
                    Long.parseLong(text.substring(bar + 1)));
        } catch (IllegalArgumentException | DateTimeParseException | IndexOutOfBoundsException e) {
            throw ProblemException.badParameter(CURSOR, language -> Problems.detail(language, "badCursor"));
        }
    }
}
