package dev.trainingadvisor.domain.assessment;

/** The advanced prompting techniques the guide names. */
public enum PromptTechnique {
    FEW_SHOT,
    CHAIN_OF_THOUGHT
}
