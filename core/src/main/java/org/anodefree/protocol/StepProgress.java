package org.anodefree.protocol;

/**
 * How far a running step has got: the quantities its limits are tested against. SI units; the charge
 * and current density are magnitudes (the step's mode gives their direction).
 *
 * @param elapsedSeconds time since the step began
 * @param passedCoulombsPerM2 charge passed since the step began, per electrode area
 * @param cellVolts cell voltage now (sign convention of {@link ProtocolValidator})
 * @param currentDensityAmpsPerM2 magnitude of the current density now (what a hold's limit is tested on)
 */
public record StepProgress(double elapsedSeconds, double passedCoulombsPerM2, double cellVolts,
        double currentDensityAmpsPerM2) {
}
