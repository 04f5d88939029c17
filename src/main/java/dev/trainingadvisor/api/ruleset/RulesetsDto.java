package dev.trainingadvisor.api.ruleset;

import dev.trainingadvisor.api.common.GuideSectionDto;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The rulesets a request can choose, and the default (ADVISOR-RULES §9). */
@Schema(name = "Rulesets", description = "The rulesets POST /assessments and GET /decision-tree can decide with "
        + "(?ruleset=), the one used without the parameter, and how ruleset 2 departs from ruleset 1.")
public record RulesetsDto(
        @Schema(required = true, description = "The ruleset used when a request names none (ADVISOR_DEFAULT_RULESET).",
                minimum = "1", maximum = "2", examples = "2") int defaultRuleset,
        @Schema(required = true) List<RulesetDto> rulesets) {

    @Schema(name = "Ruleset", description = "One ruleset.")
    public record RulesetDto(
            @Schema(required = true, description = "The value of ?ruleset=.", minimum = "1", maximum = "2") int id,
            @Schema(required = true, description = "As rulesetVersion in its answers.") String version,
            @Schema(required = true, description = "Its name, for people.") String name,
            @Schema(required = true, description = "What it decides, for people.") String description,
            @Schema(required = true, nullable = true, description = "The ruleset it departs from (and names in "
                    + "DEPARTS_FROM_LITERAL_TREE); null for ruleset 1.", minimum = "1", maximum = "2")
            Integer departsFrom,
            @Schema(required = true, description = "How it departs from that ruleset; empty for ruleset 1.")
            List<ChangeDto> changes) {
    }

    @Schema(name = "RulesetChange", description = "One way a ruleset departs from the literal tree, with the guide "
            + "sections behind it.")
    public record ChangeDto(
            @Schema(required = true, description = "Stable code.", examples = "BEHAVIOUR_PATH") String code,
            @Schema(required = true, description = "The step of ADVISOR-RULES §9 that states it.", examples = "§9.3")
            String step,
            @Schema(required = true) String title,
            @Schema(required = true) String text,
            @Schema(required = true) List<GuideSectionDto> guideSections) {
    }
}
