package dev.trainingadvisor.api.assessment;

/** For tests outside the package: {@link AssessmentBatch#PARALLEL_FROM}. */
public final class AssessmentBatchAccess {
    private AssessmentBatchAccess() {
    }

    public static int parallelFrom() {
        return AssessmentBatch.PARALLEL_FROM;
    }
}
