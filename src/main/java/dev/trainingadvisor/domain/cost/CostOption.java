package dev.trainingadvisor.domain.cost;

/**
 * The three ways of answering a query that ADVISOR-RULES §11 compares. The declaration order is the tie order of
 * {@code cheapest}: on equal totals the simpler option wins (PROMPTING, then RAG, then FINE_TUNED).
 */
public enum CostOption {
    /** A base model with a longer prompt (few-shot examples); no retrieval, no training. */
    PROMPTING,
    /** A base model with retrieved context in the prompt, plus the running cost of the retrieval. */
    RAG,
    /** A fine-tuned model: shorter prompts at the provider's fine-tuned token prices, plus training. */
    FINE_TUNED
}
