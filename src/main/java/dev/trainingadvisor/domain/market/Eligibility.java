package dev.trainingadvisor.domain.market;

/** Who may buy an offering, where its provider limits it (ADVISOR-RULES §12.1 {@code eligibility}). */
public enum Eligibility {
    /** Only organisations already fine-tuning and using fine-tuned inference (OpenAI since 2026-05-07/07-02). */
    ACTIVE_FINE_TUNING_CUSTOMERS,
    /** Only in some regions or for models trained after a date (Bedrock on-demand custom Nova: US East). */
    REGION_LIMITED,
    /** A preview: no SLA, may change or end without notice. */
    PREVIEW
}
