package dev.trainingadvisor.api.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.trainingadvisor.api.common.ValidBody;
import dev.trainingadvisor.api.problem.Refusals;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.assessment.RulesetId;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Assesses each profile of a batch on its own, as {@code POST /assessments} would assess it alone: read with the
 * service's strict {@link ObjectMapper}, validated (Bean Validation, then {@link AssessmentRules} for the ruleset),
 * assessed, counted and logged. A profile that fails any step gets the problem the single call would give, its
 * pointers moved under {@code /profiles/<index>}; the others are not affected.
 */
@Singleton
public class AssessmentBatch {
    /**
     * From this many profiles on, the batch is assessed on all cores (the common fork-join pool and the request's own
     * thread); results keep the batch's order either way. Each profile is independent, and a large batch is the one
     * request whose work can be shared out: one client's single calls use one core at a time.
     */
    static final int PARALLEL_FROM = 8;

    private final AssessmentService service;
    private final ValidBody validBody;
    private final ObjectReader requests;

    public AssessmentBatch(AssessmentService service, ValidBody validBody, ObjectMapper json) {
        this.service = service;
        this.validBody = validBody;
        this.requests = json.readerFor(AssessmentRequest.class);
    }

    /**
     * One result per profile, in order: the full assessment in {@code language}, or with {@code minimal} the lean one.
     *
     * @param instance the request path, for the items' problem documents
     */
    public AssessmentBatchResponse assess(List<JsonNode> profiles, RulesetId ruleset, Language language,
                                          boolean minimal, String instance) {
        IntStream indexes = IntStream.range(0, profiles.size());
        if (profiles.size() >= PARALLEL_FROM) {
            indexes = indexes.parallel();
        }
        List<AssessmentBatchResponse.Result> results = indexes
                .mapToObj(index -> assessOne(index, profiles.get(index), ruleset, language, minimal, instance))
                .toList();
        int assessed = 0;
        for (AssessmentBatchResponse.Result result : results) {
            if (result.problem() == null) {
                assessed++;
            }
        }
        return new AssessmentBatchResponse(results.size(), assessed, results.size() - assessed, results);
    }

    private AssessmentBatchResponse.Result assessOne(int index, JsonNode profile, RulesetId ruleset,
                                                     Language language, boolean minimal, String instance) {
        Refusals.Outcome<AssessmentBatchResponse.Result> outcome = Refusals.attempt(language, instance, () -> {
            AssessmentRequest request = validBody.require(read(profile));
            AssessmentRules.check(request, ruleset);
            return minimal ? AssessmentBatchResponse.Result.of(index, service.summarise(request, ruleset))
                    : AssessmentBatchResponse.Result.of(index, service.assess(request, ruleset, language).response());
        });
        return outcome.fold(result -> result,
                problem -> AssessmentBatchResponse.Result.of(index, problem.under("/profiles/" + index)));
    }

    private AssessmentRequest read(JsonNode profile) throws JsonProcessingException {
        try {
            return requests.readValue(profile);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // reading a tree does no I/O
        }
    }
}
