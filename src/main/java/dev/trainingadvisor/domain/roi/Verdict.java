package dev.trainingadvisor.domain.roi;

/** Whether training pays for itself within the horizon. */
public enum Verdict {
    PAYS_OFF,
    DOES_NOT_PAY_OFF
}
