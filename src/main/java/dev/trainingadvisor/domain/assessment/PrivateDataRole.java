package dev.trainingadvisor.domain.assessment;

/**
 * What the team's private data is to the AI (ADVISOR-RULES §9, field {@code privateDataRole}): facts it must find
 * ({@link #KNOWLEDGE_SOURCE}, also what an absent answer means) or only the input of a task ({@link #TASK_INPUT}:
 * classify this application, summarise this call), with nothing to look up.
 */
public enum PrivateDataRole {
    KNOWLEDGE_SOURCE,
    TASK_INPUT
}
