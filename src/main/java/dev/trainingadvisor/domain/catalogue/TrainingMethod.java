package dev.trainingadvisor.domain.catalogue;

import dev.trainingadvisor.domain.GuideSection;
import java.util.List;
import java.util.Optional;

/**
 * One row of the guide's comparison table, with what its overview and checklist pages add. Every figure is the
 * guide's; where the guide gives none, the field is empty rather than invented.
 *
 * @param costTier the table's cost column, {@code $} to {@code $$$$}
 * @param costRangeUsd the guide's cost figure in USD, where it gives one
 * @param exampleRange how many labeled examples it needs, where the guide says
 */
public record TrainingMethod(
        MethodId id,
        String name,
        String whatItDoes,
        String whenCompaniesUseIt,
        FrontEndRelevance frontEndRelevance,
        String frontEndRelevanceText,
        String costTier,
        Optional<Range> costRangeUsd,
        String cost,
        Optional<Range> exampleRange,
        String dataNeeds,
        List<String> pros,
        List<String> cons,
        List<String> useCases,
        String example,
        Documentation documentation,
        List<GuideSection> sources) {

    public TrainingMethod {
        pros = List.copyOf(pros);
        cons = List.copyOf(cons);
        useCases = List.copyOf(useCases);
        sources = List.copyOf(sources);
    }
}
