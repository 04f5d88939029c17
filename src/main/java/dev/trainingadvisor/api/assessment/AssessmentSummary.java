package dev.trainingadvisor.api.assessment;

import dev.trainingadvisor.domain.assessment.Approach;
import dev.trainingadvisor.domain.assessment.DecisionTree.NodeId;
import dev.trainingadvisor.domain.catalogue.MethodId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The lean answer ({@code Prefer: return=minimal}, RFC 7240 §4.2): the decision's codes and its identity, for
 * programs that need only the decision. No texts, so nothing in it depends on the language; no decision path,
 * checklists, counterfactuals or next steps, which are not even computed. Each property is the full
 * {@link AssessmentResponse}'s property of the same name, except {@code warnings}: the distinct codes of its warnings,
 * in their order.
 */
@Schema(name = "AssessmentSummary", description = "The lean assessment, answered for `Prefer: return=minimal` "
        + "(RFC 7240): the decision's codes and identity only. Every property means what the full Assessment's "
        + "property of the same name means; `warnings` holds the distinct codes of the full answer's warnings. No "
        + "texts: nothing in it depends on Accept-Language. The decision path, checklists, counterfactuals and next "
        + "steps are neither computed nor sent.")
public record AssessmentSummary(
        @Schema(required = true, description = "Identifies this assessment (also in the decision log).")
        UUID assessmentId,
        @Schema(required = true, description = "The ruleset that decided (1 or 2).", minimum = "1", maximum = "2",
                examples = "2")
        int ruleset,
        @Schema(required = true, description = "The version of that ruleset.", examples = "2")
        String rulesetVersion,
        @Schema(required = true, description = "When the assessment was made (UTC).")
        Instant evaluatedAt,
        @Schema(required = true, description = "The recommendation.")
        Approach approach,
        @Schema(required = true, description = "The decision tree's outcome, which says why.")
        NodeId reasonCode,
        @Schema(required = true, description = "The rule of ADVISOR-RULES that decided.", examples = "§9.3b")
        String step,
        @Schema(required = true, description = "Methods to train with, SFT first; empty unless approach is TRAINING.")
        List<MethodId> recommendedMethods,
        @Schema(required = true, description = "Methods whose checklist is fully met although the approach is not "
                + "TRAINING.")
        List<MethodId> escalationOptions,
        @Schema(required = true, description = "True when any hire signal is MET.")
        boolean mlExpertAdvised,
        @Schema(required = true, description = "The distinct codes of the full answer's warnings, in its order.",
                uniqueItems = true)
        List<WarningCode> warnings,
        @Schema(description = "The full answer's validUntil, without its text: for a TRAINING answer the last day it "
                + "holds as given and the code of the dated fact that ends it; absent when there is none.")
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        ValidUntilDto validUntil) implements AssessmentAnswer {
}
