package dev.trainingadvisor.domain.catalogue;

/** The four approaches of the guide's comparison table, by their stable ids. */
public enum MethodId {
    RAG,
    SFT,
    RLHF,
    PEFT
}
