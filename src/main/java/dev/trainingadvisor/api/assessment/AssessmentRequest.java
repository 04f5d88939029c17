package dev.trainingadvisor.api.assessment;

import dev.trainingadvisor.domain.Limits;
import dev.trainingadvisor.domain.assessment.DesiredChange;
import dev.trainingadvisor.domain.assessment.MlExpertise;
import dev.trainingadvisor.domain.assessment.PrivateDataRole;
import dev.trainingadvisor.domain.assessment.PromptingOutcome;
import dev.trainingadvisor.domain.assessment.PromptTechnique;
import dev.trainingadvisor.domain.assessment.RagOptimization;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.CodePointLength;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.UniqueElements;

/**
 * A project profile (ADVISOR-RULES §2, §9). Absent optional fields are unknown, and unknown is never counted as met.
 * Which fields a ruleset requires beyond the two every ruleset needs is checked by {@link AssessmentRules}.
 */
@Schema(name = "AssessmentRequest", description = "A project profile. usesPrivateData and desiredChange are always "
        + "required; ruleset 1 (?ruleset=1) also requires labeledExamples, mlExpertise and trainingBudgetUsd, which "
        + "ruleset 2 reads as unknown when absent (an unknown answer never passes a gate or threshold, and the answer "
        + "lists it under toFindOut). The optional fields fill in the checklists, hire signals and next steps. An absent "
        + "optional field is unknown, and unknown never counts as met. Unknown properties are rejected, so a typo "
        + "cannot silently change the answer.")
public record AssessmentRequest(
        @Schema(required = true, description = "The AI must work with the team's own or private data (decision tree "
                + "Q1).")
        @NotNull
        Boolean usesPrivateData,

        @Schema(description = "Only with usesPrivateData: true (else 400). KNOWLEDGE_SOURCE (also when absent): the AI "
                + "must find facts in the team's documents - policies, manuals, case files - which is what RAG is for. "
                + "TASK_INPUT: private records are only the input of a task, with nothing to look up (classify this "
                + "application, summarise this call); ruleset 2 then goes on to desiredChange. Ruleset 1 ignores it.")
        PrivateDataRole privateDataRole,

        @Schema(required = true, description = "What the AI must do differently (tree Q2); the choice decides the path. "
                + "NONE: a general model already does the job (answering general questions, drafting common text). "
                + "STYLE_TONE_FORMAT: how it answers - voice, persona, layout (a brand voice, a character, always a "
                + "table). TASK_SKILL: mapping given inputs to outputs it cannot yet produce reliably - a label, an "
                + "extraction, a score (route tickets, extract fields from invoices, rate a posting); ruleset 1 reads "
                + "it as STYLE_TONE_FORMAT. DEEP_KNOWLEDGE: facts or expertise it must know (case law, internal "
                + "procedures, a medical speciality).")
        @NotNull
        DesiredChange desiredChange,

        @Schema(description = "Count of high-quality labeled input/output pairs (tree Q3, golden rule 1). 10,000 or "
                + "more counts as \"10k+\"; on ruleset 2's behaviour path 1,000 or more. Required by ruleset 1.",
                minimum = "0", maximum = "1000000000")
        @Min(0) @Max(Limits.MAX_LABELED_EXAMPLES)
        Long labeledExamples,

        @Schema(description = "NONE: no ML expertise and cannot hire; CAN_HIRE: can hire ML engineers; IN_HOUSE: has "
                + "an ML team (tree Q4, golden rule 3). Required by ruleset 1.")
        MlExpertise mlExpertise,

        @Schema(description = "Money available for training and experiments, in USD (golden rule 2). Required by "
                + "ruleset 1.", minimum = "0", maximum = Limits.MAX_USD)
        @DecimalMin("0") @DecimalMax(Limits.MAX_USD)
        @Digits(integer = Limits.MAX_INTEGER_DIGITS, fraction = Limits.MAX_FRACTION_DIGITS)
        BigDecimal trainingBudgetUsd,

        @Schema(description = "A name to recognise the assessment by; echoed back and logged.",
                minLength = 1, maxLength = Limits.MAX_PROJECT_NAME_LENGTH)
        @CodePointLength(min = 1, max = Limits.MAX_PROJECT_NAME_LENGTH) // characters, as JSON Schema counts
        String projectName,

        @Schema(description = "Whether the knowledge the AI needs is already in public training data (SFT: met when "
                + "false).")
        Boolean knowledgeInPublicData,

        @Schema(description = "RAG is too slow or too expensive for the use case (SFT).")
        Boolean ragTooSlowOrExpensive,

        @Schema(description = "RAG accuracy after optimisation, in percent (hire signal below 90).",
                minimum = "0", maximum = "100")
        @DecimalMin("0") @DecimalMax(Limits.MAX_PERCENT)
        @Digits(integer = 3, fraction = Limits.MAX_FRACTION_DIGITS)
        BigDecimal ragAccuracyPercent,

        @Schema(description = "RAG optimisations already in place (next steps); each at most once.",
                uniqueItems = true, maxItems = 3)
        @UniqueElements @Size(max = 3)
        List<@NotNull RagOptimization> ragOptimizations,

        @Schema(description = "Advanced prompting techniques already in use (next steps; ruleset 2's "
                + "PROMPTING_EXHAUSTED); each at most once.", uniqueItems = true, maxItems = 2)
        @UniqueElements @Size(max = 2)
        List<@NotNull PromptTechnique> promptTechniques,

        @Schema(description = "What advanced prompting achieved when tried (ruleset 2's behaviour path): NOT_TRIED, "
                + "SUFFICIENT, INSUFFICIENT_QUALITY (also when it failed on both quality and cost) or TOO_COSTLY. "
                + "Absent is unknown. Ruleset 1 ignores it.")
        PromptingOutcome promptingOutcome,

        @Schema(description = "How many LLM providers have been tested against each other (next steps).",
                minimum = "0", maximum = "1000")
        @Min(0) @Max(Limits.MAX_PROVIDERS_TESTED)
        Long providersTested,

        @Schema(description = "Monthly spend on LLM API calls in USD (hire signal above 10,000).",
                minimum = "0", maximum = Limits.MAX_USD)
        @DecimalMin("0") @DecimalMax(Limits.MAX_USD)
        @Digits(integer = Limits.MAX_INTEGER_DIGITS, fraction = Limits.MAX_FRACTION_DIGITS)
        BigDecimal monthlyApiSpendUsd,

        @Schema(description = "Hours of human feedback data available (RLHF: 100 or more).",
                minimum = "0", maximum = Limits.MAX_HOURS)
        @DecimalMin("0") @DecimalMax(Limits.MAX_HOURS)
        @Digits(integer = 10, fraction = Limits.MAX_FRACTION_DIGITS)
        BigDecimal humanFeedbackHours,

        @Schema(description = "A research team with RLHF expertise is available (RLHF).")
        Boolean rlhfExpertise,

        @Schema(description = "The team already does SFT and needs to cut its cost (PEFT).")
        Boolean alreadyDoingSft,

        @Schema(description = "Several specialised models must be deployed (PEFT).")
        Boolean multipleSpecializedModels,

        @Schema(description = "The ML engineers know LoRA/QLoRA (PEFT).")
        Boolean loraExperience,

        @Schema(description = "The model must run on devices or in a constrained environment (hire signal).")
        Boolean onDeviceDeployment,

        @Schema(description = "The company wants a proprietary model as an AI advantage (hire signal).")
        Boolean proprietaryModelWanted) {
}
