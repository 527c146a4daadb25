package org.anodefree.app.calibrate;

import org.anodefree.experiment.Estimate;

/**
 * One check's contribution to the objective at one evaluation.
 *
 * @param experiment experiment id
 * @param check the check's name
 * @param quantity what was measured
 * @param reported the paper's value
 * @param band the pass band in words
 * @param simulated the ensemble's median and range (null when the experiment failed to run)
 * @param residual weighted {@link BandScore} residual
 * @param verdict PASS, FAIL or ERROR, as {@code reproduce} judges it
 */
public record CheckResidual(String experiment, String check, String quantity, double reported, String band,
        Estimate simulated, double residual, String verdict) {
}
