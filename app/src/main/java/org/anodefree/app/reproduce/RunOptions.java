package org.anodefree.app.reproduce;

import org.anodefree.InputException;
import org.anodefree.experiment.SeedSet;
import org.anodefree.parameters.ModelParameters;

/**
 * How simulated experiments run: the parameter set they start from (an experiment's own {@code set}
 * input is applied on top), optional overrides of an experiment's grid width and judge seeds, and whether
 * runs write their files. {@link #defaults()} is what {@code reproduce} uses: the default parameters, each
 * experiment's own grid and judge seeds, files written.
 *
 * @param parameters the base parameter set
 * @param gridPixels grid width for every simulated experiment, or 0 for each experiment's {@code grid}
 * @param judgeSeeds seeds every experiment is judged on instead of its own {@code judge_seeds}, or null
 * @param judgeLimit judge on only the first this many of each experiment's judge seeds (a reduced ensemble),
 *     or 0 for all
 * @param writeFiles whether runs write time series, charts and maps
 */
public record RunOptions(ModelParameters parameters, int gridPixels, SeedSet judgeSeeds, int judgeLimit,
        boolean writeFiles) {
    public RunOptions {
        if (parameters == null) {
            throw new InputException("run options: a parameter set is required");
        }
        if (gridPixels < 0 || gridPixels == 1 || judgeLimit < 0) {
            throw new InputException("run options: grid " + gridPixels + " and judge limit " + judgeLimit
                    + " must be 0 (the experiment's own) or positive, grid at least 2");
        }
    }

    /** The default parameters, each experiment's own grid and judge seeds, files written. */
    public static RunOptions defaults() {
        return new RunOptions(ModelParameters.defaults(), 0, null, 0, true);
    }
}
