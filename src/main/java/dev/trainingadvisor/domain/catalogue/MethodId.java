package dev.trainingadvisor.domain.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** The four approaches of the guide's comparison table, by their stable ids. */
public enum MethodId {
    RAG,
    SFT,
    RLHF,
    PEFT;

    /** The method with this id, exactly as written (ids are case-sensitive). */
    public static Optional<MethodId> byCode(String code) {
        return Arrays.stream(values()).filter(method -> method.name().equals(code)).findFirst();
    }
}
