package dev.trainingadvisor.api.common;

import dev.trainingadvisor.api.json.EncodedOnce;
import dev.trainingadvisor.domain.GuideSection;
import dev.trainingadvisor.domain.Texts;
import dev.trainingadvisor.domain.assessment.Assessment.SectionRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where in the guide something comes from. */
@EncodedOnce
@Schema(name = "GuideSection", description = "A section of the guide: its stable id, its title in the response's "
        + "language, and the guide's own (Chinese) heading to find it by. RULESET marks what ruleset 1 decides where "
        + "the guide is silent.")
public record GuideSectionDto(
        @Schema(required = true, description = "Stable id of the section.") GuideSection id,
        @Schema(required = true, description = "The section's title in the response's language.") String title,
        @Schema(required = true, description = "The guide's heading, verbatim (empty for RULESET).") String heading) {

    public static GuideSectionDto of(SectionRef ref) {
        return new GuideSectionDto(ref.section(), ref.title(), ref.section().heading());
    }

    public static GuideSectionDto of(GuideSection section, Texts texts) {
        return new GuideSectionDto(section, texts.get(section.textKey()), section.heading());
    }
}
