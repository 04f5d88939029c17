package dev.trainingadvisor.domain.assessment;

/**
 * What the AI must do differently (decision tree Q2). {@link #TASK_SKILL} is ruleset 2's (ADVISOR-RULES §9): a narrow
 * task learned from input/output pairs; ruleset 1 reads it as {@link #STYLE_TONE_FORMAT}, a change of behaviour.
 */
public enum DesiredChange {
    NONE,
    STYLE_TONE_FORMAT,
    TASK_SKILL,
    DEEP_KNOWLEDGE
}
