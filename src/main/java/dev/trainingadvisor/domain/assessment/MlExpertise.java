package dev.trainingadvisor.domain.assessment;

/** Access to ML expertise: none and cannot hire, can hire, or an in-house ML team (tree Q4, gate 3). */
public enum MlExpertise {
    NONE,
    CAN_HIRE,
    IN_HOUSE
}
