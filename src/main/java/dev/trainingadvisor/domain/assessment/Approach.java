package dev.trainingadvisor.domain.assessment;

/** What the service recommends (spec §1). The names are stable codes that clients rely on. */
public enum Approach {
    PROMPT_ENGINEERING,
    RAG,
    HIRE_ML_ENGINEER,
    TRAINING;

    private final String textKey = "approach." + name();

    public String textKey() {
        return textKey;
    }
}
