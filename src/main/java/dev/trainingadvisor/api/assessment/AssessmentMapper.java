package dev.trainingadvisor.api.assessment;

import dev.trainingadvisor.api.common.GuideSectionDto;
import dev.trainingadvisor.api.language.RequestLanguage;
import dev.trainingadvisor.domain.assessment.Assessment;
import dev.trainingadvisor.domain.assessment.FieldValue;
import dev.trainingadvisor.domain.assessment.NextStepId;
import dev.trainingadvisor.domain.assessment.Profile;
import dev.trainingadvisor.domain.assessment.ProfileField;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Between the wire and the domain: a request becomes a {@link Profile}, an {@link Assessment} a response. */
final class AssessmentMapper {
    static final String ROI_LINK = "/cost-comparisons";

    private AssessmentMapper() {
    }

    static Profile toProfile(AssessmentRequest request) {
        Profile.Builder profile = Profile.builder()
                .usesPrivateData(request.usesPrivateData())
                .desiredChange(request.desiredChange());
        if (request.labeledExamples() != null) {
            profile.labeledExamples(request.labeledExamples());
        }
        if (request.mlExpertise() != null) {
            profile.mlExpertise(request.mlExpertise());
        }
        amount(profile, ProfileField.TRAINING_BUDGET_USD, request.trainingBudgetUsd());
        if (request.privateDataRole() != null) {
            profile.choice(ProfileField.PRIVATE_DATA_ROLE, request.privateDataRole());
        }
        if (request.promptingOutcome() != null) {
            profile.choice(ProfileField.PROMPTING_OUTCOME, request.promptingOutcome());
        }
        if (request.projectName() != null) {
            profile.projectName(request.projectName());
        }
        flag(profile, ProfileField.KNOWLEDGE_IN_PUBLIC_DATA, request.knowledgeInPublicData());
        flag(profile, ProfileField.RAG_TOO_SLOW_OR_EXPENSIVE, request.ragTooSlowOrExpensive());
        amount(profile, ProfileField.RAG_ACCURACY_PERCENT, request.ragAccuracyPercent());
        if (request.ragOptimizations() != null) {
            profile.ragOptimizations(request.ragOptimizations());
        }
        if (request.promptTechniques() != null) {
            profile.promptTechniques(request.promptTechniques());
        }
        if (request.providersTested() != null) {
            profile.providersTested(request.providersTested());
        }
        amount(profile, ProfileField.MONTHLY_API_SPEND_USD, request.monthlyApiSpendUsd());
        amount(profile, ProfileField.HUMAN_FEEDBACK_HOURS, request.humanFeedbackHours());
        flag(profile, ProfileField.RLHF_EXPERTISE, request.rlhfExpertise());
        flag(profile, ProfileField.ALREADY_DOING_SFT, request.alreadyDoingSft());
        flag(profile, ProfileField.MULTIPLE_SPECIALIZED_MODELS, request.multipleSpecializedModels());
        flag(profile, ProfileField.LORA_EXPERIENCE, request.loraExperience());
        flag(profile, ProfileField.ON_DEVICE_DEPLOYMENT, request.onDeviceDeployment());
        flag(profile, ProfileField.PROPRIETARY_MODEL_WANTED, request.proprietaryModelWanted());
        return profile.build();
    }

    private static void flag(Profile.Builder profile, ProfileField field, Boolean value) {
        if (value != null) {
            profile.flag(field, value);
        }
    }

    private static void amount(Profile.Builder profile, ProfileField field, BigDecimal value) {
        if (value != null) {
            profile.amount(field, value);
        }
    }

    static AssessmentResponse toResponse(Assessment assessment, UUID id, Instant evaluatedAt) {
        return new AssessmentResponse(
                id,
                assessment.ruleset().number(),
                assessment.rulesetVersion(),
                evaluatedAt,
                RequestLanguage.tag(assessment.language()),
                assessment.projectName().orElse(null),
                assessment.approach(),
                assessment.reasonCode(),
                assessment.step(),
                assessment.recommendedMethods(),
                assessment.escalationOptions(),
                assessment.summary(),
                assessment.decisionPath().stream().map(step -> new AssessmentResponse.PathStep(step.node(),
                        step.question(), step.fields().stream().map(ProfileField::fieldName).toList(), step.answer(),
                        step.answerText(), step.next(), GuideSectionDto.of(step.source()), step.step())).toList(),
                new AssessmentResponse.Gate(assessment.gate().passed(), assessment.gate().reached(),
                        criteria(assessment.gate().questions()), GuideSectionDto.of(assessment.gate().source())),
                assessment.checklists().stream().map(checklist -> new AssessmentResponse.Checklist(checklist.method(),
                        checklist.fullyMet(), criteria(checklist.criteria()), GuideSectionDto.of(checklist.source()),
                        checklist.variant().orElse(null)))
                        .toList(),
                criteria(assessment.hireSignals()),
                assessment.mlExpertAdvised(),
                assessment.nextSteps().stream().map(step -> new AssessmentResponse.NextStep(step.id().name(), step.done(),
                        step.missing(), step.text(), step.id() == NextStepId.COMPUTE_ROI ? ROI_LINK : null)).toList(),
                assessment.counterfactuals().stream().map(counterfactual -> new AssessmentResponse.Counterfactual(
                        counterfactual.changes().stream().map(change -> new AssessmentResponse.Change(
                                change.field().fieldName(), json(change.value()))).toList(),
                        counterfactual.approach(), counterfactual.reasonCode(), counterfactual.description(),
                        counterfactual.onlyUnstated()))
                        .toList(),
                assessment.toFindOut().stream().map(unknown -> new AssessmentResponse.FindOut(
                        unknown.field().fieldName(), unknown.question(), unknown.stoppedAt().orElse(null),
                        unknown.criteria(), unknown.leadsTo())).toList(),
                assessment.warnings().stream().map(warning -> new AssessmentResponse.Warning(warning.code().name(),
                        warning.text(), warning.sources().stream().map(GuideSectionDto::of).toList(),
                        warning.literalApproach().orElse(null), warning.step().orElse(null), List.of())).toList(),
                null, List.of(), List.of(), null);
    }

    private static List<AssessmentResponse.Criterion> criteria(List<Assessment.CriterionResult> results) {
        return results.stream().map(r -> new AssessmentResponse.Criterion(r.code(), r.status(), r.text())).toList();
    }

    /** A field value as the request would carry it: boolean, code string, or number. */
    static Object json(FieldValue value) {
        if (value instanceof FieldValue.Flag flag) {
            return flag.value();
        } else if (value instanceof FieldValue.Choice choice) {
            return choice.value().name();
        } else if (value instanceof FieldValue.Count count) {
            return count.value();
        } else if (value instanceof FieldValue.Amount amount) {
            return amount.value();
        } else if (value instanceof FieldValue.Choices choices) {
            return choices.values().stream().map(Enum::name).sorted().toList();
        }
        return ((FieldValue.Text) value).value();
    }
}
