package dev.trainingadvisor.domain.catalogue;

/** The comparison table's "front-end relevance" column. */
public enum FrontEndRelevance {
    YOU_IMPLEMENT,
    HIRE_ML_ENGINEER,
    RESEARCH_TEAMS_ONLY,
    ML_ENGINEER_IMPLEMENTS
}
