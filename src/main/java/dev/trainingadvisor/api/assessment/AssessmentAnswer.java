package dev.trainingadvisor.api.assessment;

/**
 * What {@code POST /assessments} answers: the full {@link AssessmentResponse}, or the lean {@link AssessmentSummary}
 * for {@code Prefer: return=minimal}. One declared type for the one JSON media type, so the resource method stays typed
 * (Jackson writes the record it is given).
 */
public sealed interface AssessmentAnswer permits AssessmentResponse, AssessmentSummary {
}
