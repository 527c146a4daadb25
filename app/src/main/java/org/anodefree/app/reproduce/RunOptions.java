package org.anodefree.app.reproduce;

import org.anodefree.InputException;
import org.anodefree.parameters.ModelParameters;

/**
 * How simulated experiments run: the parameter set they start from (an experiment's own {@code set}
 * input is applied on top), optional overrides of an experiment's grid width and seed count, and
 * whether runs write their files. {@link #defaults()} is what {@code reproduce} uses: the default
 * parameters, each experiment's own grid and seeds, files written.
 *
 * @param parameters the base parameter set
 * @param gridPixels grid width for every simulated experiment, or 0 for each experiment's {@code grid}
 * @param seeds ensemble size for every simulated experiment, or 0 for each experiment's {@code seeds}
 * @param writeFiles whether runs write time series, charts and maps (calibration evaluations do not)
 */
public record RunOptions(ModelParameters parameters, int gridPixels, int seeds, boolean writeFiles) {
    public RunOptions {
        if (parameters == null) {
            throw new InputException("run options: a parameter set is required");
        }
        if (gridPixels < 0 || gridPixels == 1 || seeds < 0) {
            throw new InputException("run options: grid " + gridPixels + " and seeds " + seeds
                    + " must be 0 (the experiment's own) or positive, grid at least 2");
        }
    }

    /** The default parameters, each experiment's own grid and seeds, files written. */
    public static RunOptions defaults() {
        return new RunOptions(ModelParameters.defaults(), 0, 0, true);
    }
}
