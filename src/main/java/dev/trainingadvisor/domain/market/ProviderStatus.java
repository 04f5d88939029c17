package dev.trainingadvisor.domain.market;

/** Whether a provider takes fine-tuning jobs (ADVISOR-RULES §10). */
public enum ProviderStatus {
    /** Takes new fine-tuning jobs. */
    AVAILABLE,
    /** Still runs, but takes no new jobs after a announced date ({@code newJobsUntil}). */
    CLOSING,
    /** Ended ({@code discontinuedOn}). */
    DISCONTINUED
}
