package dev.trainingadvisor.api.change;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.trainingadvisor.api.assessment.AssessmentRequest;
import dev.trainingadvisor.api.assessment.AssessmentRules;
import dev.trainingadvisor.api.assessment.AssessmentService;
import dev.trainingadvisor.api.auth.Requesters;
import dev.trainingadvisor.api.common.ValidBody;
import dev.trainingadvisor.api.market.Market;
import dev.trainingadvisor.api.market.MarketDataDto;
import dev.trainingadvisor.api.market.MarketDataException;
import dev.trainingadvisor.api.market.MarketDataLoader;
import dev.trainingadvisor.api.problem.FieldError;
import dev.trainingadvisor.api.problem.ProblemException;
import dev.trainingadvisor.api.problem.ProblemType;
import dev.trainingadvisor.api.problem.Problems;
import dev.trainingadvisor.domain.access.Requester;
import dev.trainingadvisor.domain.assessment.Approach;
import dev.trainingadvisor.domain.assessment.RulesetId;
import dev.trainingadvisor.domain.history.HistoryQuery;
import dev.trainingadvisor.domain.history.HistoryStore;
import dev.trainingadvisor.domain.history.HistoryUnavailableException;
import dev.trainingadvisor.domain.history.Replayed;
import dev.trainingadvisor.domain.market.MarketData;
import dev.trainingadvisor.history.History;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.UUID;

/**
 * {@code POST /impact-analyses} (issue 19): replays the recorded decisions a filter selects, one at a time as the
 * database streams them, under the running market data or a candidate file and each record's ruleset or another, and
 * tallies what changes. Memory holds the tallies and one page of ids, never the records. Records nothing, counts
 * nothing, installs nothing.
 */
@Singleton
public class ImpactAnalyses {
    /** The most ids of records that cannot be decided that an answer lists. */
    static final int NOT_EVALUABLE_IDS = 100;

    private final Optional<HistoryStore> store;
    private final Requesters requesters;
    private final AssessmentService assessments;
    private final ValidBody validBody;
    private final Market market;
    private final ObjectMapper json;
    private final ObjectReader profiles;

    public ImpactAnalyses(History history, Requesters requesters, AssessmentService assessments, ValidBody validBody,
                          Market market, ObjectMapper json) {
        this.store = history.store();
        this.requesters = requesters;
        this.assessments = assessments;
        this.validBody = validBody;
        this.market = market;
        this.json = json;
        this.profiles = json.readerFor(AssessmentRequest.class);
    }

    /**
     * The impact of {@code request}, which must satisfy Bean Validation already.
     *
     * @throws ProblemException 404 history-off; 401 without a token and 403 without advisor-auditor (or
     *                          advisor-admin) under oidc; 400 invalid-request for a candidate that does not validate
     *                          (each problem at its JSON Pointer under /marketData) or a cursor not given out; 503
     *                          history-unavailable
     */
    public ImpactAnalysisDto analyse(ImpactAnalysisRequest request) {
        HistoryStore history = store.orElseThrow(ProblemException::historyOff);
        Requester requester = requesters.forHistory();
        if (!requester.seesAll()) {
            throw new ProblemException(ProblemType.FORBIDDEN, language -> Problems.detail(language,
                    "auditorRequired"), language -> List.of());
        }
        Optional<MarketData> candidate = Optional.ofNullable(request.marketData()).map(this::candidate);
        MarketData data = candidate.orElseGet(market::data);
        Optional<RulesetId> ruleset = Optional.ofNullable(request.ruleset()).flatMap(RulesetId::of);
        int limit = request.limit() == null ? ImpactAnalysisRequest.DEFAULT_LIMIT : request.limit();
        String binding = binding(request, data, candidate.isPresent());
        Optional<HistoryQuery.Position> after = Optional.ofNullable(request.cursor())
                .map(cursor -> position(cursor, binding));
        Tally tally = new Tally(limit, after, binding);
        LocalDate today = market.today();
        Period maxAge = market.maxAge();
        try {
            history.replay(Optional.empty(), filter(request.records()), record -> tally.add(record,
                    replay(record, ruleset, data, today, maxAge)));
        } catch (HistoryUnavailableException e) {
            throw ProblemException.historyUnavailable();
        }
        return tally.answer(MarketDataDto.of(data), candidate.isPresent());
    }

    /**
     * What replacing market data {@code before} by {@code after} changes across the whole history (issue 19 point 4):
     * every record decided again under its own ruleset, once under each data, on today's date, streamed as
     * {@link #analyse} streams. A record flips when its approach or its set of warning codes differs between the two.
     * Records whose profile cannot be decided are counted as replayed, never as flipped.
     *
     * @return the counts; empty with history off
     * @throws HistoryUnavailableException when the database cannot answer
     */
    public Optional<Flips> flips(MarketData before, MarketData after) {
        if (store.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = market.today();
        Period maxAge = market.maxAge();
        long[] counts = new long[3]; // replayed, flips, approach flips
        store.get().replay(Optional.empty(), HistoryQuery.Filter.NONE, record -> {
            counts[0]++;
            Optional<AssessmentService.Replay> was = replay(record, Optional.empty(), before, today, maxAge);
            if (was.isEmpty()) {
                return;
            }
            AssessmentService.Replay is = replay(record, Optional.empty(), after, today, maxAge).orElseThrow();
            boolean approach = was.get().approach() != is.approach();
            if (approach || !new java.util.HashSet<>(was.get().warnings()).equals(new java.util.HashSet<>(
                    is.warnings()))) {
                counts[1]++;
            }
            if (approach) {
                counts[2]++;
            }
        });
        return Optional.of(new Flips(counts[0], counts[1], counts[2]));
    }

    /**
     * Counts of {@link #flips}: records replayed, decisions changed (approach or warnings), decisions whose approach
     * changed.
     */
    public record Flips(long replayed, long flips, long approachFlips) {
    }

    /** One record decided again; empty when its profile cannot be decided under the ruleset asked for. */
    private Optional<AssessmentService.Replay> replay(Replayed record, Optional<RulesetId> ruleset, MarketData data,
                                                      LocalDate today, Period maxAge) {
        RulesetId target = ruleset.orElseGet(() -> RulesetId.of(record.provenance().ruleset()).orElseThrow());
        AssessmentRequest profile;
        try {
            profile = validBody.require(profiles.<AssessmentRequest>readValue(record.profile().bytes()));
            AssessmentRules.check(profile, target);
        } catch (ProblemException | IOException e) {
            return Optional.empty();
        }
        return Optional.of(assessments.replay(profile, target, data, today, maxAge));
    }

    /** The candidate file, validated as ADVISOR_MARKET_DATA is; its problems at their pointers under /marketData. */
    private MarketData candidate(com.fasterxml.jackson.databind.JsonNode file) {
        try {
            return MarketDataLoader.load(file, "candidate");
        } catch (MarketDataException e) {
            List<MarketDataException.Problem> problems = e.problems();
            throw new ProblemException(ProblemType.INVALID_REQUEST,
                    language -> Problems.detail(language, "badMarketData", "count",
                            Integer.toString(problems.size())),
                    language -> problems.stream().map(problem -> FieldError.atPointer("/marketData"
                            + problem.pointer(), Problems.detail(language, "marketDataProblem", "detail",
                            problem.detail()))).toList());
        }
    }

    private static HistoryQuery.Filter filter(ImpactAnalysisRequest.Records records) {
        if (records == null) {
            return HistoryQuery.Filter.NONE;
        }
        return new HistoryQuery.Filter(Optional.ofNullable(records.approach()),
                records.ruleset() == null ? OptionalInt.empty() : OptionalInt.of(records.ruleset()),
                Optional.ofNullable(records.projectName()),
                Optional.ofNullable(records.warning()).map(Enum::name),
                Optional.ofNullable(records.from()).map(java.time.OffsetDateTime::toInstant),
                Optional.ofNullable(records.to()).map(java.time.OffsetDateTime::toInstant));
    }

    /**
     * A page's cursor: the position of the last id of the page before and the analysis it belongs to,
     * "time|sequence|binding" in base64url ({@link #binding}).
     */
    static String cursor(HistoryQuery.Position position, String binding) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((position.recordedAt() + "|"
                + position.sequence() + "|" + binding).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The position {@code cursor} continues after, when it was given out for the analysis {@code binding} names; a
     * cursor of another analysis (other records, ruleset or market data: its flipped ids are another list) is refused
     * as one never given out.
     */
    static HistoryQuery.Position position(String cursor, String binding) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length == 3 && parts[2].equals(binding)) {
                return new HistoryQuery.Position(Instant.parse(parts[0]), Long.parseLong(parts[1]));
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            // below: the same problem for every cursor not given out
        }
        throw ProblemException.invalid(language -> FieldError.atPointer("/cursor",
                Problems.detail(language, "badImpactCursor")));
    }

    /**
     * What decides which ids an analysis flips, as a short digest (SHA-256, 96 bits, base64url) a cursor carries: the
     * records' filters (times as instants), the ruleset asked for, and the market data (a candidate's content as sent,
     * else the running data's version). The limit is not in it: a page may be of another size than the one before.
     */
    static String binding(ImpactAnalysisRequest request, MarketData data, boolean candidate) {
        String analysis = filter(request.records()) + "|" + request.ruleset() + "|"
                + (candidate ? "candidate " + request.marketData() : "running " + data.version());
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(analysis.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 12));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The counts of one analysis, and the one page of flipped ids it lists. Warnings are compared as sets of codes:
     * a record keeps the distinct codes of its answer ({@code outcome.warnings}, {@code uniqueItems}), not how often
     * a code came (a full answer names {@code PROVIDER_CLOSING} once per closing provider) nor its text, so a second
     * provider closing under a code already there is not a flip here; what a record's dated facts became is its
     * reassessment's {@code reasons} ({@code GET /assessments/{id}/reassessment}).
     */
    static final class Tally {
        private final int limit;
        private final Optional<HistoryQuery.Position> after;
        private final String binding;
        private long replayed;
        private final Map<Approach, Map<Approach, long[]>> transitions = new EnumMap<>(Approach.class);
        private final Map<String, long[]> added = new TreeMap<>();
        private final Map<String, long[]> removed = new TreeMap<>();
        private long notEvaluable;
        private final List<UUID> notEvaluableIds = new ArrayList<>();
        private long flipped;
        private long approachFlipped;
        private final List<UUID> page = new ArrayList<>();
        private HistoryQuery.Position last;
        private boolean more;

        Tally(int limit, Optional<HistoryQuery.Position> after, String binding) {
            this.limit = limit;
            this.after = after;
            this.binding = binding;
        }

        void add(Replayed record, Optional<AssessmentService.Replay> now) {
            replayed++;
            if (now.isEmpty()) {
                notEvaluable++;
                if (notEvaluableIds.size() < NOT_EVALUABLE_IDS) {
                    notEvaluableIds.add(record.id());
                }
                return;
            }
            Approach before = record.outcome().approach();
            Approach after = now.get().approach();
            transitions.computeIfAbsent(before, b -> new EnumMap<>(Approach.class))
                    .computeIfAbsent(after, a -> new long[1])[0]++;
            List<String> was = record.outcome().warnings();
            List<String> is = now.get().warnings();
            List<String> gained = is.stream().filter(code -> !was.contains(code)).toList();
            List<String> lost = was.stream().filter(code -> !is.contains(code)).toList();
            gained.forEach(code -> added.computeIfAbsent(code, c -> new long[1])[0]++);
            lost.forEach(code -> removed.computeIfAbsent(code, c -> new long[1])[0]++);
            if (before != after) {
                approachFlipped++;
            }
            if (before != after || !gained.isEmpty() || !lost.isEmpty()) {
                flipped++;
                if (isAfterCursor(record.position())) {
                    if (page.size() < limit) {
                        page.add(record.id());
                        last = record.position();
                    } else {
                        more = true;
                    }
                }
            }
        }

        /** Newest first: a position after the cursor is older, or as old and written earlier. */
        private boolean isAfterCursor(HistoryQuery.Position position) {
            return after.map(cursor -> position.recordedAt().isBefore(cursor.recordedAt())
                    || (position.recordedAt().equals(cursor.recordedAt()) && position.sequence() < cursor.sequence()))
                    .orElse(true);
        }

        ImpactAnalysisDto answer(MarketDataDto data, boolean candidate) {
            List<ImpactAnalysisDto.Transition> approaches = new ArrayList<>();
            transitions.forEach((before, afters) -> afters.forEach((after, count) ->
                    approaches.add(new ImpactAnalysisDto.Transition(before, after, count[0]))));
            return new ImpactAnalysisDto(replayed, data, candidate, approaches, counts(added), counts(removed),
                    new ImpactAnalysisDto.NotEvaluable(notEvaluable, notEvaluableIds),
                    new ImpactAnalysisDto.Flipped(flipped, approachFlipped, page, more ? cursor(last, binding) : null));
        }

        private static List<ImpactAnalysisDto.WarningCount> counts(Map<String, long[]> counts) {
            return counts.entrySet().stream()
                    .map(entry -> new ImpactAnalysisDto.WarningCount(entry.getKey(), entry.getValue()[0])).toList();
        }
    }
}
