package dev.trainingadvisor.domain.assessment;

/** What the AI must do differently (decision tree Q2). */
public enum DesiredChange {
    NONE,
    STYLE_TONE_FORMAT,
    DEEP_KNOWLEDGE
}
