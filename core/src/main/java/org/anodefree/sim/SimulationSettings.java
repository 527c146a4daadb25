package org.anodefree.sim;

import org.anodefree.InputException;

/**
 * Numerical settings of the time stepper. The step is adaptive: each time step is the longest that
 * keeps every pixel's thickness change below a fraction of its thickness (or of a floor, for pixels
 * that just nucleated), every filament's advance below a fraction of the separator, and lands exactly
 * on the step's capacity or time limit.
 *
 * @param maxThicknessChangeFraction largest change of a pixel's Li thickness per time step, as a
 *     fraction of max(thickness, floor)
 * @param thicknessFloorMeters the thickness the fraction applies to for thin or new deposits
 * @param maxFilamentAdvanceFraction largest filament advance per time step, as a fraction of the separator
 * @param minStepSeconds shortest time step (limits the step count at depletion and nucleation)
 * @param maxStepSeconds longest time step
 * @param maxStepGrowth largest ratio of one time step to the previous within a protocol step
 * @param afterShortSeconds how long the run goes on after a short circuit before it stops
 * @param maxTimeSteps safety limit on time steps per run
 */
public record SimulationSettings(double maxThicknessChangeFraction, double thicknessFloorMeters,
        double maxFilamentAdvanceFraction, double minStepSeconds, double maxStepSeconds, double maxStepGrowth,
        double afterShortSeconds, long maxTimeSteps) {

    public SimulationSettings {
        if (!(maxThicknessChangeFraction > 0 && maxThicknessChangeFraction <= 1)
                || !(maxFilamentAdvanceFraction > 0 && maxFilamentAdvanceFraction <= 1)) {
            throw new InputException("simulation settings: change fractions must be in (0, 1], got "
                    + maxThicknessChangeFraction + " and " + maxFilamentAdvanceFraction);
        }
        if (!(thicknessFloorMeters > 0) || !(minStepSeconds > 0) || !(maxStepSeconds >= minStepSeconds)
                || !(maxStepGrowth > 1) || !(afterShortSeconds >= 0) || maxTimeSteps < 1) {
            throw new InputException("simulation settings: need floor > 0, 0 < min step <= max step, growth > 1, "
                    + "after-short time >= 0 and at least one time step; got " + thicknessFloorMeters + " m, "
                    + minStepSeconds + " s, " + maxStepSeconds + " s, " + maxStepGrowth + ", " + afterShortSeconds
                    + " s, " + maxTimeSteps);
        }
    }

    /**
     * Defaults: 10% thickness change (of at least 0.5 um), 2% of the separator per filament step,
     * steps from 1 ms to 5 min growing at most 2x, one hour after a short, 2 million steps.
     */
    public static SimulationSettings defaults() {
        return new SimulationSettings(0.1, 0.5e-6, 0.02, 1e-3, 300, 2.0, 3600, 2_000_000);
    }

    /** The same settings with every time-step bound scaled by {@code factor} (time-step convergence). */
    public SimulationSettings refined(double factor) {
        return new SimulationSettings(maxThicknessChangeFraction * factor, thicknessFloorMeters,
                maxFilamentAdvanceFraction * factor, minStepSeconds * factor, maxStepSeconds * factor, maxStepGrowth,
                afterShortSeconds, maxTimeSteps);
    }
}
