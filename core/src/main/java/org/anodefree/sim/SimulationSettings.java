package org.anodefree.sim;

import org.anodefree.InputException;
import org.anodefree.model.LawNumerics;

/**
 * Numerical settings of the time stepper. The step is adaptive: each time step is the longest that
 * keeps every pixel's thickness change below a fraction of its thickness (or of a floor, for pixels
 * that just nucleated), every filament's advance below a fraction of the separator, and lands exactly
 * on the step's capacity or time limit. It is at most {@code maxStepSeconds}, or, on plateaus where the
 * last two solves show every pixel's current moving by less than a fraction of it per step (the error
 * of holding it over the step, {@link CurrentChangeStep}), up to {@code plateauStepSeconds}.
 *
 * @param maxThicknessChangeFraction largest change of a pixel's Li thickness per time step, as a
 *     fraction of max(thickness, floor)
 * @param thicknessFloorMeters the thickness the fraction applies to for thin or new deposits
 * @param maxCurrentChangeFraction largest change of a pixel's current per time step, as a fraction of
 *     max(|its current|, |the applied current density|), read off the last two solves
 * @param maxFilamentAdvanceFraction largest filament advance per time step, as a fraction of the separator
 * @param minStepSeconds shortest time step (limits the step count at depletion and nucleation)
 * @param maxStepSeconds longest time step without an error estimate that allows a longer one
 * @param plateauStepSeconds longest time step when the current-change bound allows it
 * @param plateauVoltageChangeVolts largest change of the cell voltage over a step longer than
 *     {@code maxStepSeconds}, read off the last two solves
 * @param maxStepGrowth largest ratio of one time step to the previous within a protocol step
 * @param afterShortSeconds how long the run goes on after a short circuit before it stops
 * @param nucleationWindowSeconds the time bare pixels have to nucleate at each level of the first
 *     polarisation onto bare Cu: a numerical stand-in for the double-layer charging time (~1 ms, not
 *     modelled); the nucleation dip's depth depends on it (docs/model.md), the plateau does not
 * @param maxTimeSteps safety limit on time steps per run
 * @param lawNumerics the laws' numerical settings (creep sub-steps, wetting thickness, weak-site density)
 */
public record SimulationSettings(double maxThicknessChangeFraction, double thicknessFloorMeters,
        double maxCurrentChangeFraction, double maxFilamentAdvanceFraction, double minStepSeconds, double maxStepSeconds,
        double plateauStepSeconds, double plateauVoltageChangeVolts, double maxStepGrowth,
        double afterShortSeconds, double nucleationWindowSeconds, long maxTimeSteps, LawNumerics lawNumerics) {

    public SimulationSettings {
        if (!(maxThicknessChangeFraction > 0 && maxThicknessChangeFraction <= 1)
                || !(maxCurrentChangeFraction > 0 && maxCurrentChangeFraction <= 1)
                || !(maxFilamentAdvanceFraction > 0 && maxFilamentAdvanceFraction <= 1)) {
            throw new InputException("simulation settings: change fractions must be in (0, 1], got "
                    + maxThicknessChangeFraction + ", " + maxCurrentChangeFraction + " and " + maxFilamentAdvanceFraction);
        }
        if (lawNumerics == null) {
            throw new InputException("simulation settings: the laws' numerical settings are required");
        }
        if (!(thicknessFloorMeters > 0) || !(minStepSeconds > 0) || !(maxStepSeconds >= minStepSeconds)
                || !(plateauStepSeconds >= maxStepSeconds) || !(plateauVoltageChangeVolts > 0) || !(maxStepGrowth > 1)
                || !(afterShortSeconds >= 0) || !(nucleationWindowSeconds > 0) || maxTimeSteps < 1) {
            throw new InputException("simulation settings: need floor > 0, 0 < min step <= max step <= plateau step, "
                    + "growth > 1, after-short time >= 0 and at least one time step; got " + thicknessFloorMeters + " m, "
                    + minStepSeconds + " s, " + maxStepSeconds + " s, " + plateauStepSeconds + " s, "
                    + plateauVoltageChangeVolts + " V, " + maxStepGrowth + ", " + afterShortSeconds
                    + " s, nucleation window " + nucleationWindowSeconds + " s, " + maxTimeSteps);
        }
    }

    /**
     * Defaults: 10% thickness change (of at least 0.5 um), 2% of the separator per filament step, steps
     * from 1 ms to 5 min growing at most 2x, and up to 1 h where every pixel's current moves by less than
     * 10% and the cell voltage by less than 1 mV per step; one hour after a short; a 1 s nucleation
     * window; 2 million steps.
     */
    public static SimulationSettings defaults() {
        return new SimulationSettings(0.1, 0.5e-6, 0.1, 0.02, 1e-3, 300, 3600, 1e-3, 2.0, 3600, 1.0, 2_000_000,
                LawNumerics.defaults());
    }

    /** The same settings with every time-step bound scaled by {@code factor} (time-step convergence). */
    public SimulationSettings refined(double factor) {
        return new SimulationSettings(maxThicknessChangeFraction * factor, thicknessFloorMeters,
                maxCurrentChangeFraction * factor, maxFilamentAdvanceFraction * factor, minStepSeconds * factor,
                maxStepSeconds * factor, plateauStepSeconds * factor, plateauVoltageChangeVolts * factor, maxStepGrowth,
                afterShortSeconds, nucleationWindowSeconds, maxTimeSteps, lawNumerics);
    }
}
