package dev.trainingadvisor.api.change;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.trainingadvisor.api.assessment.AssessmentResponse;
import dev.trainingadvisor.api.assessment.ValidUntilDto;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.Texts;
import dev.trainingadvisor.domain.assessment.Approach;
import dev.trainingadvisor.domain.catalogue.MethodId;
import dev.trainingadvisor.domain.history.Reassessment;
import dev.trainingadvisor.domain.market.MarketTexts;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /assessments/{id}/reassessment} (issue 19): a recorded decision decided again, and what changed. */
@Schema(name = "Reassessment", description = "A recorded assessment's profile decided again under the market data in "
        + "use and the chosen ruleset (nothing is recorded), what changed against the record and why.")
public record ReassessmentDto(
        @Schema(required = true, description = "The recorded assessment's id.") UUID assessmentId,
        @Schema(required = true, description = "When the recorded assessment was answered.") Instant recordedAt,
        @Schema(required = true) Changes changes,
        @Schema(required = true, description = "Why the answer may differ: RULESET_CHANGED (another ruleset or "
                + "ruleset version decides now), MARKET_DATA_CHANGED (another market data version is in use; only "
                + "when either answer is TRAINING), DATE_PASSED (a dated fact the recorded TRAINING answer depended "
                + "on has taken effect since, one per fact, earliest first). Empty when nothing changed around the "
                + "decision.") List<Reason> reasons,
        @Schema(required = true, description = "The new assessment, in the language of Accept-Language. It is not "
                + "recorded: its assessmentId identifies this answer only.") AssessmentResponse assessment) {

    /** The wire form of a re-assessment. */
    public static ReassessmentDto of(Reassessments.Outcome outcome, Language language) {
        Reassessment.Changes changes = outcome.result().changes();
        return new ReassessmentDto(outcome.record().id(), outcome.record().recordedAt(),
                new Changes(changes.any(), changes.approachBefore(), changes.approachAfter(), changes.methodsAdded(),
                        changes.methodsRemoved(), changes.warningsAdded(), changes.warningsRemoved()),
                outcome.result().reasons().stream().map(reason -> Reason.of(reason, language)).toList(),
                outcome.assessment());
    }

    @Schema(name = "ReassessmentChanges", description = "What differs between the recorded answer and the new one.")
    public record Changes(
            @Schema(required = true, description = "Anything below differs.") boolean changed,
            @Schema(required = true, description = "The recorded recommendation.") Approach approachBefore,
            @Schema(required = true, description = "The recommendation now.") Approach approachAfter,
            @Schema(required = true, description = "Recommended now, not in the record.") List<MethodId> methodsAdded,
            @Schema(required = true, description = "Recommended in the record, not now.")
            List<MethodId> methodsRemoved,
            @Schema(required = true, description = "Warning codes carried now, not in the record.")
            List<String> warningsAdded,
            @Schema(required = true, description = "Warning codes of the record not carried now.")
            List<String> warningsRemoved) {
    }

    @Schema(name = "ReassessmentReason", description = "One reason the answer may differ from the record.")
    public record Reason(
            @Schema(required = true, enumeration = {"RULESET_CHANGED", "MARKET_DATA_CHANGED", "DATE_PASSED"})
            String code,
            @Schema(required = true, description = "The reason, for people.") String message,
            @Schema(description = "RULESET_CHANGED: the recorded ruleset and version (\"2@2\"); MARKET_DATA_CHANGED: "
                    + "the recorded market data version. Absent for DATE_PASSED.")
            @JsonInclude(JsonInclude.Include.NON_NULL) String from,
            @Schema(description = "The ruleset and version, or market data version, deciding now. Absent for "
                    + "DATE_PASSED.")
            @JsonInclude(JsonInclude.Include.NON_NULL) String to,
            @Schema(description = "DATE_PASSED: the dated fact, as the recorded answer's validUntil would name it "
                    + "(date: the last day the recorded answer held).")
            @JsonInclude(JsonInclude.Include.NON_NULL) ValidUntilDto datedFact) {

        static Reason of(Reassessment.Reason reason, Language language) {
            Texts texts = Texts.in(language);
            if (reason instanceof Reassessment.RulesetChanged ruleset) {
                String from = ruleset.fromRuleset() + "@" + ruleset.fromVersion();
                String to = ruleset.toRuleset() + "@" + ruleset.toVersion();
                return new Reason("RULESET_CHANGED", texts.format("reassessment.RULESET_CHANGED",
                        "fromRuleset", Integer.toString(ruleset.fromRuleset()), "fromVersion",
                        ruleset.fromVersion(), "toRuleset", Integer.toString(ruleset.toRuleset()), "toVersion",
                        ruleset.toVersion()), from, to, null);
            }
            if (reason instanceof Reassessment.MarketDataChanged data) {
                return new Reason("MARKET_DATA_CHANGED", texts.format("reassessment.MARKET_DATA_CHANGED", "from",
                        data.fromVersion(), "to", data.toVersion()), data.fromVersion(), data.toVersion(), null);
            }
            Reassessment.DatePassed passed = (Reassessment.DatePassed) reason;
            return new Reason("DATE_PASSED", texts.format("reassessment.DATE_PASSED", "date",
                    passed.fact().lastDay().toString(), "fact", MarketTexts.fact(passed.fact(), language)), null,
                    null, ValidUntilDto.of(passed.fact(), language));
        }
    }
}
