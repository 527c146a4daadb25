package org.anodefree.app.calibrate;

import java.util.List;

/**
 * The objective at one point: the parameter values, the summed residual and each check's part.
 *
 * @param index 1-based evaluation number (1 is the start)
 * @param values free parameter values in spec order, in their keys' units
 * @param objective sum of the check residuals
 * @param checks per-check residuals, in objective order
 * @param wallSeconds wall time of this evaluation
 */
public record Evaluation(int index, double[] values, double objective, List<CheckResidual> checks, double wallSeconds) {
    public Evaluation {
        values = values.clone();
        checks = List.copyOf(checks);
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** The same evaluation renumbered (the objective numbers evaluations in the order the optimiser asks). */
    public Evaluation numbered(int newIndex) {
        return new Evaluation(newIndex, values, objective, checks, wallSeconds);
    }
}
