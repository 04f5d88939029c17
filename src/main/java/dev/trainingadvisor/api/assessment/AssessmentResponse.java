package dev.trainingadvisor.api.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.trainingadvisor.api.common.GuideSectionDto;
import dev.trainingadvisor.api.json.EncodedOnce;
import dev.trainingadvisor.api.market.MarketDataDto;
import dev.trainingadvisor.domain.assessment.Approach;
import dev.trainingadvisor.domain.assessment.DecisionTree.NodeId;
import dev.trainingadvisor.domain.assessment.Status;
import dev.trainingadvisor.domain.catalogue.MethodId;
import dev.trainingadvisor.domain.market.Eligibility;
import dev.trainingadvisor.domain.market.MarketMethod;
import dev.trainingadvisor.domain.market.ServingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole assessment (ADVISOR-RULES §4, §9). */
@Schema(name = "Assessment", description = "The recommended approach for a project profile, why, and what would "
        + "change it. Codes are stable and never translated; texts are in the language of Content-Language.")
public record AssessmentResponse(
        @Schema(required = true, description = "Identifies this assessment (also in the decision log).")
        UUID assessmentId,
        @Schema(required = true, description = "The ruleset that decided: 1 (the guide's tree read literally) or 2 "
                + "(the guide refined where real cases show the literal tree wrong); see GET /rulesets.",
                minimum = "1", maximum = "2", examples = "2")
        int ruleset,
        @Schema(required = true, description = "The version of that ruleset; it changes whenever one of its rules "
                + "changes.", examples = "2")
        String rulesetVersion,
        @Schema(required = true, description = "When the assessment was made (UTC).")
        Instant evaluatedAt,
        @Schema(required = true, description = "The language of every text in this response (as Content-Language).",
                enumeration = {"en", "zh-CN"})
        String language,
        @Schema(required = true, nullable = true, description = "The request's projectName, or null.")
        String projectName,
        @Schema(required = true, description = "The recommendation.")
        Approach approach,
        @Schema(required = true, description = "The decision tree's outcome, which says why (e.g. RAG_FEW_EXAMPLES).")
        NodeId reasonCode,
        @Schema(required = true, description = "The rule of ADVISOR-RULES that decided: the step of the last branch "
                + "taken (§3.1-§3.7 for ruleset 1, §9.1-§9.7 with §9.3a-§9.3e for ruleset 2).", examples = "§9.3b")
        String step,
        @Schema(required = true, description = "Methods to train with, SFT first; empty unless approach is TRAINING.")
        List<MethodId> recommendedMethods,
        @Schema(required = true, description = "Methods whose checklist is fully met although the approach is not "
                + "TRAINING (e.g. RLHF on the style path): where to escalate if the recommendation falls short.")
        List<MethodId> escalationOptions,
        @Schema(required = true, description = "The answer and its main reason, for people.")
        String summary,
        @Schema(required = true, description = "Each question asked, in order, with the answer read from the request "
                + "and the guide section behind it.")
        List<PathStep> decisionPath,
        @Schema(required = true, description = "The golden-rule gate: the three questions to ask before any training.")
        Gate gate,
        @Schema(required = true, description = "The SFT, RLHF and PEFT checklists, always all three.")
        List<Checklist> checklists,
        @Schema(required = true, description = "\"When to bring in an ML engineer\": informs, never changes the "
                + "approach.")
        List<Criterion> hireSignals,
        @Schema(required = true, description = "True when any hire signal is MET.")
        boolean mlExpertAdvised,
        @Schema(required = true, description = "\"What to do first\", in the guide's order, each done or open.")
        List<NextStep> nextSteps,
        @Schema(required = true, description = "What would change the answer; applying a counterfactual's changes "
                + "and assessing again gives exactly its approach. First, for each other approach that finding out "
                + "what the request left out can lead to, the smallest such change (onlyUnstated: true; it never "
                + "touches a stated field); then, for each other approach, the smallest change of any fields when it "
                + "differs from that one (onlyUnstated: false). Each approach appears at most once of each kind.")
        List<Counterfactual> counterfactuals,
        @Schema(required = true, description = "Each answer the request left out that stopped the decision, left a "
                + "criterion of the SFT or PEFT checklist or the gate UNKNOWN, or that an onlyUnstated counterfactual "
                + "sets, with the question to ask and the approaches finding it out can lead to (leadsTo).")
        List<FindOut> toFindOut,
        @Schema(required = true, description = "Where the guide contradicts itself in a way that touches this answer "
                + "(EXAMPLES_THRESHOLD_CONFLICT, STYLE_FINE_TUNING_CONFLICT, ML_EXPERTISE_GATE_VS_TREE); under ruleset 2 "
                + "DEPARTS_FROM_LITERAL_TREE when ruleset 1 would answer differently; and for a TRAINING answer what "
                + "today's market says: PROVIDER_CLOSING, PROVIDER_DISCONTINUED (one per guide provider in that state), "
                + "MARKET_DATA_STALE.")
        List<Warning> warnings,
        @Schema(description = "The market data a TRAINING answer used; absent for other approaches, which use none.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        MarketDataDto marketData,
        @Schema(required = true, description = "For a TRAINING answer, the providers that take jobs today for the "
                + "recommended methods (market data); empty otherwise.")
        List<AvailableProvider> availableProviders,
        @Schema(required = true, description = "For a TRAINING answer, the fine-tuning offerings (GET "
                + "/fine-tuning-offerings) that take new jobs today for the recommended methods: per-token serving "
                + "first, then by fixed monthly cost (unknown last), each with its eligibility limits; empty "
                + "otherwise (ADVISOR-RULES §12).")
        List<OfferingChoice> offerings,
        @Schema(description = "For a TRAINING answer, the last day it holds as given and the dated fact of the "
                + "market data that ends it (the earliest still ahead); absent when the answer depends on no dated "
                + "fact (every other approach).")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        ValidUntilDto validUntil) implements AssessmentAnswer {

    /** This answer with what the market data adds to a TRAINING answer (ADVISOR-RULES §10). */
    public AssessmentResponse withMarket(List<NextStep> extraSteps, List<Warning> extraWarnings,
                                         MarketDataDto usedMarketData, List<AvailableProvider> available,
                                         List<OfferingChoice> offeringChoices, ValidUntilDto holdsUntil) {
        return new AssessmentResponse(assessmentId, ruleset, rulesetVersion, evaluatedAt, language, projectName,
                approach, reasonCode, step, recommendedMethods, escalationOptions, summary, decisionPath, gate, checklists,
                hireSignals, mlExpertAdvised, concat(nextSteps, extraSteps), counterfactuals, toFindOut,
                concat(warnings, extraWarnings), usedMarketData, available, offeringChoices, holdsUntil);
    }

    @EncodedOnce
    @Schema(name = "OfferingChoice", description = "A fine-tuning offering that takes new jobs today for the "
            + "recommended methods.")
    public record OfferingChoice(
            @Schema(required = true, description = "Its id in GET /fine-tuning-offerings.") String id,
            @Schema(required = true, description = "Its provider's id in GET /providers.") String provider,
            @Schema(required = true, description = "Its base model's id in GET /models.") String baseModel,
            @Schema(required = true) ServingMode servingMode,
            @Schema(required = true, description = "The recommended methods it trains.") List<MarketMethod> methods,
            @Schema(required = true, nullable = true, description = "The hourly part of serving a month at 730 "
                    + "hours and one replica or deployment; 0 per token; null when the hourly price is unknown.")
            java.math.BigDecimal fixedMonthlyUsd,
            @Schema(required = true, nullable = true, description = "The day the fine-tune stops serving, when known.")
            java.time.LocalDate retiresOn,
            @Schema(required = true, description = "Who may train, where the provider limits it; empty when anyone "
                    + "may.") List<Eligibility> eligibility) {
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    @EncodedOnce
    @Schema(name = "AvailableProvider", description = "A provider that takes fine-tuning jobs today, and which of the "
            + "recommended methods it offers (market methods: SFT, PEFT).")
    public record AvailableProvider(
            @Schema(required = true, description = "Its id in GET /providers.") String id,
            @Schema(required = true) String name,
            @Schema(required = true) List<MarketMethod> methods) {
    }

    @EncodedOnce
    @Schema(name = "PathStep", description = "One question of the decision tree, as asked for this request.")
    public record PathStep(
            @Schema(required = true, description = "The question's node in GET /decision-tree.") NodeId node,
            @Schema(required = true, description = "The question, for people.") String question,
            @Schema(required = true, description = "The request fields it read.") List<String> fields,
            @Schema(required = true, description = "The branch taken, a stable code (YES, NO, DEEP_KNOWLEDGE, "
                    + "SFT_MET, ...).") String answer,
            @Schema(required = true, description = "The answer as read from the request, for people.")
            String answerText,
            @Schema(required = true, description = "The node the branch leads to.") NodeId next,
            @Schema(required = true) GuideSectionDto guideSection,
            @Schema(required = true, description = "The rule of ADVISOR-RULES the branch states.", examples = "§9.3a")
            String step) {
    }

    @EncodedOnce
    @Schema(name = "Criterion", description = "One criterion, gate question or hire signal. UNKNOWN means the "
            + "request did not say; it never counts as met.")
    public record Criterion(
            @Schema(required = true, description = "Stable id, e.g. LABELED_EXAMPLES_10K.") String code,
            @Schema(required = true) Status status,
            @Schema(required = true, description = "What the criterion asks, for people.") String text) {
    }

    @Schema(name = "Gate", description = "The golden rule: 10,000+ labeled examples, $10,000+ budget, ML expertise "
            + "(in-house or hireable). Any NOT_MET sends the decision to RAG.")
    public record Gate(
            @Schema(required = true, description = "All three questions are MET.") boolean passed,
            @Schema(required = true, description = "The decision got as far as the gate (it stops earlier for "
                    + "private data, style or no-change requests, and too few examples).") boolean reached,
            @Schema(required = true) List<Criterion> questions,
            @Schema(required = true) GuideSectionDto guideSection) {
    }

    @Schema(name = "Checklist", description = "A training method's checklist: consider the method only when every "
            + "criterion is MET.")
    public record Checklist(
            @Schema(required = true) MethodId method,
            @Schema(required = true, description = "Every criterion is MET.") boolean fullyMet,
            @Schema(required = true) List<Criterion> criteria,
            @Schema(required = true) GuideSectionDto guideSection,
            @Schema(required = true, nullable = true, description = "Ruleset 2's SFT variant: KNOWLEDGE for "
                    + "DEEP_KNOWLEDGE, BEHAVIOUR otherwise; null where a method has one checklist.",
                    enumeration = {"KNOWLEDGE", "BEHAVIOUR"}) String variant) {
    }

    @EncodedOnce
    @Schema(name = "NextStep", description = "A step the guide says to take before training.")
    public record NextStep(
            @Schema(required = true, description = "Stable code: EXHAUST_RAG_OPTIMIZATIONS, ADVANCED_PROMPTING, "
                    + "TEST_MULTIPLE_PROVIDERS, COMPUTE_ROI (the guide's \"what to do first\"), and for a TRAINING "
                    + "answer PLAN_FOR_BASE_MODEL_RETIREMENT (market data: a fine-tune dies with its base model).",
                    examples = "COMPUTE_ROI") String id,
            @Schema(required = true, description = "The request says the step is done.") boolean done,
            @Schema(required = true, description = "Codes still to do (e.g. RERANKING); empty when done or when the "
                    + "step has no parts.") List<String> missing,
            @Schema(required = true, description = "The step, for people.") String text,
            @Schema(required = true, nullable = true, description = "Where the service helps with the step "
                    + "(POST /cost-comparisons for COMPUTE_ROI, POST /roi-estimates when the saving is already known; "
                    + "GET /models for PLAN_FOR_BASE_MODEL_RETIREMENT), or null.", examples = "/cost-comparisons")
            String link) {
    }

    @EncodedOnce
    @Schema(name = "Counterfactual", description = "What would change the answer: set each field to its value and "
            + "the assessment gives `approach`, for the reason `reasonCode`.")
    public record Counterfactual(
            @Schema(required = true, minItems = 1) List<Change> changes,
            @Schema(required = true) Approach approach,
            @Schema(required = true) NodeId reasonCode,
            @Schema(required = true, description = "The change and its outcome, for people.") String description,
            @Schema(required = true, description = "Every change sets a field the request left out: finding those "
                    + "answers out is enough, no stated fact changes. No smaller change of only such fields leads to "
                    + "`approach`.") boolean onlyUnstated) {
    }

    @Schema(name = "Change", description = "Set a request field (by its JSON name) to a value of its own type: a "
            + "boolean, a code, a number, or a list of codes (promptTechniques, ragOptimizations).")
    public record Change(
            @Schema(required = true, description = "The request property to change.", examples = "labeledExamples")
            String field,
            @Schema(required = true, description = "Its new value.", anyOf = {Boolean.class, String.class,
                    java.math.BigDecimal.class, String[].class}, examples = "10000")
            Object value) {
    }

    @EncodedOnce
    @Schema(name = "Warning", description = "A contradiction in the guide that touches this answer and how the "
            + "ruleset resolves it; DEPARTS_FROM_LITERAL_TREE: ruleset 2 answers differently from ruleset 1; or what "
            + "today's market says against the guide's providers.")
    public record Warning(
            @Schema(required = true, description = "Stable code (see `warnings`).", enumeration = {
                    "EXAMPLES_THRESHOLD_CONFLICT", "STYLE_FINE_TUNING_CONFLICT", "ML_EXPERTISE_GATE_VS_TREE",
                    "DEPARTS_FROM_LITERAL_TREE", "PROVIDER_CLOSING", "PROVIDER_DISCONTINUED", "MARKET_DATA_STALE"},
                    examples = "PROVIDER_CLOSING")
            String code,
            @Schema(required = true, description = "The warning, for people.") String message,
            @Schema(required = true, description = "The guide sections concerned.")
            List<GuideSectionDto> guideSections,
            @Schema(required = true, nullable = true, description = "DEPARTS_FROM_LITERAL_TREE: ruleset 1's approach "
                    + "for the same request; null otherwise.") Approach literalTreeApproach,
            @Schema(required = true, nullable = true, description = "DEPARTS_FROM_LITERAL_TREE: the step of ruleset 2 "
                    + "where the two walks part; null otherwise.", examples = "§9.3") String step,
            @Schema(required = true, description = "The provider ids a market warning is about; empty otherwise.")
            List<String> providers) {
    }

    @EncodedOnce
    @Schema(name = "FindOut", description = "An answer the request left out that matters to this assessment.")
    public record FindOut(
            @Schema(required = true, description = "The request property to find out.", examples = "labeledExamples")
            String field,
            @Schema(required = true, description = "The question it answers, for people.") String question,
            @Schema(required = true, nullable = true, description = "The question of the decision path it left "
                    + "undecided (the walk took its UNKNOWN branch there); null when it did not stop the walk.")
            NodeId stoppedAt,
            @Schema(required = true, description = "The SFT or PEFT criteria it leaves UNKNOWN.")
            List<String> criteria,
            @Schema(required = true, description = "The approaches finding it out can lead to: those of the "
                    + "onlyUnstated counterfactuals that set it; empty when no such counterfactual does.")
            List<Approach> leadsTo) {
    }
}
