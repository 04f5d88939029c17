package dev.trainingadvisor.api.change;

import dev.trainingadvisor.api.market.MarketDataDto;
import dev.trainingadvisor.domain.assessment.Approach;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /impact-analyses}' answer (issue 19): what replaying the recorded decisions changes. */
@Schema(name = "ImpactAnalysis", description = "What deciding the selected recorded assessments again would change: "
        + "counts by approach before and after, warnings added and removed, records that cannot be decided under the "
        + "ruleset asked for, and the ids whose approach flips (paged).")
public record ImpactAnalysisDto(
        @Schema(required = true, description = "Records selected and replayed.") long replayed,
        @Schema(required = true, description = "The market data decided with: the running data, or the candidate.")
        MarketDataDto marketData,
        @Schema(required = true, description = "True when marketData is the candidate of the request.")
        boolean candidate,
        @Schema(required = true, description = "One entry per recorded approach and approach now, with how many "
                + "records went from one to the other (unchanged ones included: before = after); records that cannot "
                + "be decided are not counted here.") List<Transition> approaches,
        @Schema(required = true, description = "Per warning code, how many records carry it now and did not.")
        List<WarningCount> warningsAdded,
        @Schema(required = true, description = "Per warning code, how many records carried it and do not now.")
        List<WarningCount> warningsRemoved,
        @Schema(required = true) NotEvaluable notEvaluable,
        @Schema(required = true) Flipped flipped) {

    @Schema(name = "ImpactTransition", description = "Records recorded with one approach and decided now with another "
            + "(or the same).")
    public record Transition(@Schema(required = true) Approach before, @Schema(required = true) Approach after,
                             @Schema(required = true) long count) {
    }

    @Schema(name = "ImpactWarningCount")
    public record WarningCount(@Schema(required = true) String code, @Schema(required = true) long count) {
    }

    @Schema(name = "ImpactNotEvaluable", description = "Records that cannot be decided under the ruleset asked for: "
            + "ruleset 1 needs labeledExamples, mlExpertise and trainingBudgetUsd, which ruleset 2 lets a profile "
            + "leave out.")
    public record NotEvaluable(@Schema(required = true) long count,
                               @Schema(required = true, description = "The first 100 of their ids, newest first.")
                               List<UUID> ids) {
    }

    @Schema(name = "ImpactFlipped", description = "The records whose advice flips - their approach or their warning "
            + "codes differ now (a TRAINING answer whose provider closed gains PROVIDER_DISCONTINUED) - newest first, "
            + "a page at a time.")
    public record Flipped(@Schema(required = true, description = "How many flip in all.") long count,
                          @Schema(required = true, description = "How many of them change approach.")
                          long approachChanged,
                          @Schema(required = true, description = "This page of their ids.") List<UUID> ids,
                          @Schema(required = true, nullable = true, description = "The cursor of the next page (send "
                                  + "it as `cursor` with the same request), or null on the last page.")
                          String next) {
    }
}
