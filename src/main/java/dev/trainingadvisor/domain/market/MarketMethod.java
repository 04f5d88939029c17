package dev.trainingadvisor.domain.market;

import dev.trainingadvisor.domain.catalogue.MethodId;
import java.util.Optional;

/**
 * Training methods as providers sell them (ADVISOR-RULES §10): supervised fine-tuning, parameter-efficient fine-tuning
 * (LoRA and kin), direct preference optimisation, reinforcement fine-tuning.
 */
public enum MarketMethod {
    SFT, PEFT, DPO, RFT;

    /** The market method that carries out one of the guide's methods; RAG and RLHF are not sold as fine-tuning. */
    public static Optional<MarketMethod> of(MethodId method) {
        return switch (method) {
            case SFT -> Optional.of(SFT);
            case PEFT -> Optional.of(PEFT);
            case RAG, RLHF -> Optional.empty();
        };
    }
}
