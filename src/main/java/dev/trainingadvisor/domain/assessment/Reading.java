package dev.trainingadvisor.domain.assessment;

/**
 * How a ruleset reads an answer it has no rule for: {@code field == from} is decided as {@code field == to}. Ruleset 1
 * reads {@code desiredChange: TASK_SKILL} as {@code STYLE_TONE_FORMAT} (ADVISOR-RULES §9).
 */
public record Reading(ProfileField field, FieldValue from, FieldValue to) {
    Profile apply(Profile profile) {
        return profile.get(field).filter(from::equals).isPresent()
                ? profile.with(java.util.List.of(new Assessment.Change(field, to)))
                : profile;
    }
}
