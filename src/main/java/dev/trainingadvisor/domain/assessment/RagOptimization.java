package dev.trainingadvisor.domain.assessment;

/** The RAG optimisations the guide asks a team to exhaust before anything else. */
public enum RagOptimization {
    HYBRID_SEARCH,
    RERANKING,
    BETTER_CHUNKING
}
