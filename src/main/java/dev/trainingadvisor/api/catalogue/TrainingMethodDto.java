package dev.trainingadvisor.api.catalogue;

import dev.trainingadvisor.api.common.GuideSectionDto;
import dev.trainingadvisor.domain.Texts;
import dev.trainingadvisor.domain.catalogue.Documentation;
import dev.trainingadvisor.domain.catalogue.FrontEndRelevance;
import dev.trainingadvisor.domain.catalogue.MethodId;
import dev.trainingadvisor.domain.catalogue.TrainingMethod;
import dev.trainingadvisor.domain.Language;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of the guide's comparison table. */
@Schema(name = "TrainingMethod", description = "One row of the guide's comparison table, with what its overview and "
        + "checklist pages add. Every figure is the guide's; where it gives none the field is null or the list empty.")
public record TrainingMethodDto(
        @Schema(required = true) MethodId id,
        @Schema(required = true) String name,
        @Schema(required = true, description = "The table's \"what it does\".") String whatItDoes,
        @Schema(required = true, description = "The table's \"when companies use it\".") String whenCompaniesUseIt,
        @Schema(required = true, description = "The table's \"front-end relevance\".")
        FrontEndRelevance frontEndRelevance,
        @Schema(required = true, description = "The relevance, for people.") String frontEndRelevanceText,
        @Schema(required = true, description = "The table's cost column.", enumeration = {"$", "$$", "$$$", "$$$$"})
        String costTier,
        @Schema(required = true, nullable = true, description = "The guide's cost figure in USD, or null (RAG).")
        RangeDto costRangeUsd,
        @Schema(required = true, description = "The cost in words, with every figure the guide gives.") String cost,
        @Schema(required = true, nullable = true, description = "How many labeled examples it needs, where the "
                + "guide says (SFT: 1,000-100,000+).") RangeDto labeledExamples,
        @Schema(required = true, description = "The data it needs, in words.") String dataNeeds,
        @Schema(required = true, description = "Pros the guide lists (may be empty).") List<String> pros,
        @Schema(required = true, description = "Cons the guide lists (may be empty).") List<String> cons,
        @Schema(required = true, description = "Uses the guide names.") List<String> useCases,
        @Schema(required = true, description = "The guide's example.") String example,
        @Schema(required = true, description = "FULL, or CONCEPT_ONLY where the guide only sketches the method.")
        Documentation documentation,
        @Schema(required = true, description = "Where the guide covers it.") List<GuideSectionDto> guideSections) {

    static TrainingMethodDto of(TrainingMethod method, Language language) {
        Texts texts = Texts.in(language);
        return new TrainingMethodDto(method.id(), method.name(), method.whatItDoes(), method.whenCompaniesUseIt(),
                method.frontEndRelevance(), method.frontEndRelevanceText(), method.costTier(),
                method.costRangeUsd().map(RangeDto::of).orElse(null), method.cost(),
                method.exampleRange().map(RangeDto::of).orElse(null), method.dataNeeds(), method.pros(),
                method.cons(), method.useCases(), method.example(), method.documentation(),
                method.sources().stream().map(section -> GuideSectionDto.of(section, texts)).toList());
    }
}
