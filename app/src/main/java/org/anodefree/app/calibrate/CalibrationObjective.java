package org.anodefree.app.calibrate;

/** The function a calibration minimises: free parameter values (in spec order, in their units) to an {@link Evaluation}. */
@FunctionalInterface
public interface CalibrationObjective {
    /** Evaluates the objective; must be deterministic (same values, same result). */
    Evaluation evaluate(double[] values);
}
