package dev.trainingadvisor.domain.catalogue;

/** How far the guide documents a method: fully, or only as a concept ("🚧 concept-only docs, coming soon"). */
public enum Documentation {
    FULL,
    CONCEPT_ONLY
}
