package dev.trainingadvisor.api.change;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.trainingadvisor.api.assessment.AssessmentRequest;
import dev.trainingadvisor.api.assessment.AssessmentResponse;
import dev.trainingadvisor.api.assessment.AssessmentRules;
import dev.trainingadvisor.api.assessment.AssessmentService;
import dev.trainingadvisor.api.common.ValidBody;
import dev.trainingadvisor.api.history.HistoryResource;
import dev.trainingadvisor.api.market.Market;
import dev.trainingadvisor.api.market.MarketDataException;
import dev.trainingadvisor.api.market.MarketDataLoader;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.assessment.Approach;
import dev.trainingadvisor.domain.assessment.RulesetId;
import dev.trainingadvisor.domain.catalogue.MethodId;
import dev.trainingadvisor.domain.history.AssessmentRecord;
import dev.trainingadvisor.domain.history.HistoryStore;
import dev.trainingadvisor.domain.history.Reassessment;
import dev.trainingadvisor.domain.market.DatedFact;
import dev.trainingadvisor.domain.market.MarketAdvice;
import dev.trainingadvisor.domain.market.MarketData;
import dev.trainingadvisor.history.History;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Re-assesses recorded decisions (issue 19): the recorded profile decided again under the market data in use and a
 * chosen ruleset, compared with what was recorded. Records nothing, counts nothing. Used by
 * {@code GET /assessments/{id}/reassessment}, the MCP tool {@code reassess_assessment} and the impact analysis.
 */
@Singleton
public class Reassessments {
    private final HistoryResource history;
    private final Optional<HistoryStore> store;
    private final AssessmentService assessments;
    private final ValidBody validBody;
    private final Market market;
    private final ObjectReader requests;
    private final ObjectMapper json;
    /** Kept market data versions already read back, by version: a version's content never changes. */
    private final Map<String, MarketData> keptVersions = new ConcurrentHashMap<>();

    public Reassessments(HistoryResource history, History kept, AssessmentService assessments, ValidBody validBody,
                         Market market, ObjectMapper json) {
        this.history = history;
        this.store = kept.store();
        this.assessments = assessments;
        this.validBody = validBody;
        this.market = market;
        this.json = json;
        this.requests = json.readerFor(AssessmentRequest.class);
    }

    /** A re-assessment: the record, the new answer, and what changed and why. */
    public record Outcome(AssessmentRecord record, AssessmentResponse assessment, Reassessment.Result result) {
    }

    /**
     * Re-assesses the record with this id, which the requester must be allowed to read (the access rules of
     * {@code GET /assessments/{id}}).
     *
     * @param ruleset the ruleset to decide with; empty: the recorded one
     * @throws dev.trainingadvisor.api.problem.ProblemException as {@link HistoryResource#find}, and 400
     *         invalid-request when the recorded profile leaves out what the chosen ruleset requires (its pointers
     *         point into the recorded profile)
     */
    public Outcome reassess(String assessmentId, Optional<RulesetId> ruleset, Language language) {
        AssessmentRecord record = history.find(assessmentId);
        RulesetId chosen = ruleset.orElseGet(() -> RulesetId.of(record.provenance().ruleset()).orElseThrow());
        AssessmentRequest request = validBody.require(profile(record));
        AssessmentRules.check(request, chosen);
        AssessmentResponse now = assessments.evaluate(request, chosen, language);
        String marketVersion = now.marketData() != null ? now.marketData().version() : market.data().version();
        Reassessment.Decided after = new Reassessment.Decided(now.ruleset(), now.rulesetVersion(), marketVersion,
                now.approach(), now.recommendedMethods(),
                now.warnings().stream().map(AssessmentResponse.Warning::code).distinct().toList());
        Reassessment.Decided before = recorded(record);
        return new Outcome(record, now, Reassessment.compare(before, after, passed(record, before)));
    }

    /** The recorded decision, as a comparison reads it. */
    public Reassessment.Decided recorded(AssessmentRecord record) {
        return new Reassessment.Decided(record.provenance().ruleset(), record.provenance().rulesetVersion(),
                record.provenance().marketDataVersion(), record.outcome().approach(), methods(record),
                record.outcome().warnings());
    }

    /**
     * The dated facts the recorded TRAINING answer depended on (in the market data it was decided with, on the day
     * it was decided) that have taken effect by today.
     */
    public List<DatedFact> passed(AssessmentRecord record, Reassessment.Decided before) {
        if (before.approach() != Approach.TRAINING) {
            return List.of();
        }
        LocalDate decidedOn = LocalDate.ofInstant(record.recordedAt(), ZoneOffset.UTC);
        LocalDate today = market.today();
        MarketData data = marketData(before.marketDataVersion());
        List<DatedFact> passed = new ArrayList<>();
        for (DatedFact fact : MarketAdvice.datedFacts(before.methods(), data, decidedOn, market.maxAge())) {
            if (fact.lastDay().isBefore(today)) {
                passed.add(fact);
            }
        }
        return passed;
    }

    /** The market data of this version: the one in use, else the one history kept, else (not kept) the one in use. */
    MarketData marketData(String version) {
        MarketData current = market.data();
        if (current.version().equals(version) || store.isEmpty()) {
            return current;
        }
        return keptVersions.computeIfAbsent(version, v -> store.get().marketData(v).map(kept -> {
            try {
                return MarketDataLoader.load(new ByteArrayInputStream(kept.content().bytes()), "history:" + v);
            } catch (MarketDataException e) {
                return current;
            }
        }).orElse(current));
    }

    /** The recorded profile, read as POST /assessments reads a body. */
    AssessmentRequest profile(AssessmentRecord record) {
        try {
            return requests.readValue(record.content().profile().bytes());
        } catch (IOException e) {
            throw new UncheckedIOException("a recorded profile is no longer readable: " + record.id(), e);
        }
    }

    /** The recorded answer's recommended methods (full and lean answers both carry them). */
    List<MethodId> methods(AssessmentRecord record) {
        try {
            JsonNode answer = json.readTree(record.content().answer().bytes());
            List<MethodId> methods = new ArrayList<>(3);
            answer.path("recommendedMethods").forEach(method -> methods.add(MethodId.valueOf(method.asText())));
            return methods;
        } catch (IOException e) {
            throw new UncheckedIOException("a recorded answer is no longer readable: " + record.id(), e);
        }
    }
}
