package dev.trainingadvisor.domain.assessment;

/**
 * A criterion of a checklist or a gate question: a stable code, the condition that decides its status (MET, NOT_MET,
 * or UNKNOWN when an answer it needs is absent) and the key of its text.
 */
public interface Requirement {
    String code();

    Condition condition();

    String textKey();
}
