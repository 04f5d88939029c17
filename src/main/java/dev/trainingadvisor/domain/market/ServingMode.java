package dev.trainingadvisor.domain.market;

/** How a fine-tune is served and billed (ADVISOR-RULES §12.1). */
public enum ServingMode {
    /** Per token only: per-query price × volume (Vertex tuned Gemini, Bedrock on-demand custom Nova, OpenAI). */
    PER_TOKEN,
    /** Per token plus an hourly fee per deployment, used or not (Azure: $1.70 an hour). */
    PER_TOKEN_PLUS_HOSTING,
    /** Dedicated GPUs billed by the hour per replica, no per-token charge (Together, Fireworks). */
    DEDICATED
}
