package dev.trainingadvisor.domain.assessment;

/** The state of one criterion. An absent optional answer is {@link #UNKNOWN}, which never counts as met. */
public enum Status {
    MET,
    NOT_MET,
    UNKNOWN;

    static Status of(boolean met) {
        return met ? MET : NOT_MET;
    }

    /** All of them: any NOT_MET wins, then any UNKNOWN, else MET. */
    Status and(Status other) {
        if (this == NOT_MET || other == NOT_MET) {
            return NOT_MET;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : MET;
    }
}
