package dev.trainingadvisor.api.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.trainingadvisor.api.assessment.AssessmentAnswer;
import dev.trainingadvisor.api.assessment.AssessmentBatchResponse;
import dev.trainingadvisor.api.assessment.AssessmentResponse;
import dev.trainingadvisor.api.assessment.AssessmentSummary;
import dev.trainingadvisor.api.assessment.WarningCode;
import dev.trainingadvisor.api.json.EncodedJson;
import dev.trainingadvisor.api.language.RequestLanguage;
import dev.trainingadvisor.api.market.Market;
import dev.trainingadvisor.api.ops.ConsoleLog;
import dev.trainingadvisor.api.problem.Problem;
import dev.trainingadvisor.api.problem.ProblemException;
import dev.trainingadvisor.api.problem.ProblemType;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.assessment.RulesetFingerprint;
import dev.trainingadvisor.domain.assessment.RulesetId;
import dev.trainingadvisor.domain.assessment.Rulesets;
import dev.trainingadvisor.domain.history.AssessmentRecord;
import dev.trainingadvisor.domain.history.Caller;
import dev.trainingadvisor.domain.history.Content;
import dev.trainingadvisor.domain.history.HistoryStore;
import dev.trainingadvisor.domain.history.Json;
import dev.trainingadvisor.domain.history.Outcome;
import dev.trainingadvisor.domain.history.Provenance;
import dev.trainingadvisor.history.History;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Records answered assessments before they are sent (issue 18). The answer is written to bytes here, once: those
 * bytes are both what the record keeps and what the response body carries, so {@code GET /assessments/{id}} gives
 * back exactly what was sent. The response goes out only when the store reports the record committed; the wait
 * blocks no thread (the stage completes on the request's own event loop).
 */
@Singleton
public class Recorder {
    private final Optional<HistoryStore> store;
    private final ObjectMapper json;
    /** The profile as received: only the properties it had (the request object holds the others as null). */
    private final ObjectWriter profiles;
    private final Market market;
    private final Map<RulesetId, String> fingerprints = new EnumMap<>(RulesetId.class);
    private final ConsoleLog console;
    private static final org.jboss.logging.Logger DECISIONS = org.jboss.logging.Logger.getLogger(
            dev.trainingadvisor.api.assessment.AssessmentService.DECISION_LOG);

    public Recorder(History history, ObjectMapper json, Market market, ConsoleLog console) {
        this.store = history.store();
        this.console = console;
        this.json = json;
        this.profiles = json.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL).writer();
        this.market = market;
        for (RulesetId ruleset : RulesetId.values()) {
            fingerprints.put(ruleset, RulesetFingerprint.compute(Rulesets.of(ruleset)));
        }
    }

    /** Whether answers are recorded. */
    public boolean on() {
        return store.isPresent();
    }

    /**
     * A profile and the answer to it, about to be sent.
     *
     * @param profile     the profile as received (its JSON)
     * @param answer      the full or lean answer
     * @param projectName the request's project name, if any
     */
    public record Answered(Object profile, AssessmentAnswer answer, Optional<String> projectName) {
    }

    /**
     * The 200 response to {@code POST /assessments}, once its record is committed: the answer's bytes, and a
     * {@code Location} of the record. With history off, the answer at once, without {@code Location}.
     */
    public CompletionStage<Response> single(Answered answered, Language language, Caller caller) {
        if (store.isEmpty()) {
            return CompletableFuture.completedFuture(Response.ok(answered.answer()).build());
        }
        byte[] body = bytes(answered.answer());
        AssessmentRecord record = record(answered, body, language, caller);
        Response response = Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .location(URI.create("/assessments/" + record.id()))
                .build();
        return whenCommitted(List.of(record), response);
    }

    /**
     * The answer's bytes once its record is committed - at once with history off - for a caller other than REST (the
     * MCP tool {@code assess_project}): the same record, owner and commit as {@link #single}, without a response.
     *
     * @throws ProblemException 503 {@code history-unavailable} (through the stage) when the record cannot be kept
     */
    public CompletionStage<byte[]> committed(Answered answered, Language language, Caller caller) {
        byte[] body = bytes(answered.answer());
        if (store.isEmpty()) {
            return CompletableFuture.completedFuture(body);
        }
        CompletableFuture<byte[]> sent = new CompletableFuture<>();
        List<AssessmentRecord> records = List.of(record(answered, body, language, caller));
        store.get().record(records).whenComplete((committed, failure) -> {
            if (failure == null) {
                sent.complete(body);
            } else {
                unrecorded(records);
                sent.completeExceptionally(ProblemException.historyUnavailable());
            }
        });
        return sent;
    }

    /**
     * The 200 response to a batch, once the records of all its assessed profiles are committed in one transaction.
     * Each assessed answer is encoded once: its bytes are its record's answer and, as they are, its place in the body.
     *
     * @param assessed the assessed profiles and their answers, which are the answers of {@code response}'s results
     */
    public CompletionStage<Response> batch(List<Answered> assessed, AssessmentBatchResponse response,
                                           Language language, Caller caller) {
        if (store.isEmpty()) {
            return CompletableFuture.completedFuture(Response.ok(response).build());
        }
        Map<Object, byte[]> encoded = new IdentityHashMap<>(assessed.size() * 2);
        List<AssessmentRecord> records = new ArrayList<>(assessed.size());
        for (Answered answered : assessed) {
            byte[] answer = bytes(answered.answer());
            encoded.put(answered.answer(), answer);
            records.add(record(answered, answer, language, caller));
        }
        byte[] body = bytes(encodedBatch(response, encoded));
        return whenCommitted(records, Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build());
    }

    /**
     * {@code response} as Jackson writes it, with each answer found in {@code encoded} (by identity) written from those
     * bytes instead of being serialised again: the same properties in the same order as {@link AssessmentBatchResponse}
     * and its {@code Result} ({@code RecorderTest} compares the bytes).
     */
    static Object encodedBatch(AssessmentBatchResponse response, Map<Object, byte[]> encoded) {
        List<EncodedResult> results = new ArrayList<>(response.results().size());
        for (AssessmentBatchResponse.Result result : response.results()) {
            results.add(new EncodedResult(result.index(), result.status(),
                    encoded(result.assessment(), encoded), encoded(result.assessmentSummary(), encoded),
                    result.problem()));
        }
        return new EncodedBatch(response.total(), response.assessed(), response.refused(), results);
    }

    private static Object encoded(Object answer, Map<Object, byte[]> encoded) {
        if (answer == null) {
            return null;
        }
        byte[] bytes = encoded.get(answer);
        return bytes == null ? answer : new RawValue(new EncodedJson(bytes));
    }

    /** {@link AssessmentBatchResponse} with its answers already encoded. */
    private record EncodedBatch(int total, int assessed, int refused, List<EncodedResult> results) {
    }

    /** {@link AssessmentBatchResponse.Result} with its answer already encoded. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record EncodedResult(int index, int status, Object assessment, Object assessmentSummary,
                                 Problem problem) {
    }

    private CompletionStage<Response> whenCommitted(List<AssessmentRecord> records, Response response) {
        Context context = Vertx.currentContext();
        CompletableFuture<Response> sent = new CompletableFuture<>();
        store.get().record(records).whenComplete((committed, failure) -> {
            if (failure != null) {
                unrecorded(records);
            }
            Runnable complete = failure == null ? () -> sent.complete(response)
                    : () -> sent.completeExceptionally(ProblemException.historyUnavailable());
            if (context == null) {
                complete.run();
            } else {
                context.runOnContext(ignored -> complete.run());
            }
        });
        return sent;
    }

    /**
     * The decision log's word that these assessments were not delivered: each was logged when it was decided
     * ({@code "event":"assessment"}), and its record could not be kept, so the caller got 503
     * {@code history-unavailable} instead of the answer. One line per assessment, {@code "event":
     * "assessment-unrecorded"} with its id and the problem type, written by the console's writer thread.
     */
    private void unrecorded(List<AssessmentRecord> records) {
        for (AssessmentRecord record : records) {
            console.submit(new ConsoleLog.JsonLine(DECISIONS, new UnrecordedEntry("assessment-unrecorded", record.id(),
                    ProblemType.HISTORY_UNAVAILABLE.uri()), json));
        }
    }

    /** A decision-log entry for an assessment decided but not delivered. */
    record UnrecordedEntry(String event, java.util.UUID assessmentId, String problem) {
    }

    private AssessmentRecord record(Answered answered, byte[] body, Language language, Caller caller) {
        Content content = new Content(Json.of(profile(answered.profile())), Json.of(body),
                RequestLanguage.tag(language), answered.answer() instanceof AssessmentSummary
                ? Content.Representation.LEAN : Content.Representation.FULL);
        if (answered.answer() instanceof AssessmentResponse full) {
            List<String> warnings = full.warnings().stream().map(AssessmentResponse.Warning::code).distinct()
                    .toList();
            return new AssessmentRecord(full.assessmentId(), full.evaluatedAt(),
                    provenance(full.ruleset(), full.rulesetVersion(), full.marketData() != null
                            ? full.marketData().version() : market.data().version()),
                    new Outcome(full.approach(), full.reasonCode().name(), warnings, answered.projectName()),
                    content, caller);
        }
        AssessmentSummary lean = (AssessmentSummary) answered.answer();
        return new AssessmentRecord(lean.assessmentId(), lean.evaluatedAt(),
                provenance(lean.ruleset(), lean.rulesetVersion(), market.data().version()),
                new Outcome(lean.approach(), lean.reasonCode().name(),
                        lean.warnings().stream().map(WarningCode::name).toList(), answered.projectName()),
                content, caller);
    }

    /** @param marketDataVersion the version the answer used: kept in history before it was swapped in */
    private Provenance provenance(int ruleset, String version, String marketDataVersion) {
        RulesetId id = RulesetId.of(ruleset).orElseThrow();
        return new Provenance(ruleset, version, fingerprints.get(id), marketDataVersion);
    }

    private byte[] profile(Object profile) {
        try {
            return profiles.writeValueAsBytes(profile);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
