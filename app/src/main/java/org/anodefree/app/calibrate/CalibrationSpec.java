package org.anodefree.app.calibrate;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.anodefree.InputException;
import org.anodefree.experiment.SeedSet;

/**
 * What a calibration fits and how: the free parameters, the experiments (and optionally which of
 * their checks) whose bands make the objective, the ensemble each evaluation runs, and the budgets.
 * Read from a spec file by {@link CalibrationSpecFile}; the start values come from the parameter set.
 *
 * @param parameters the free parameters, in order (at least one)
 * @param targets the experiments that enter the objective (at least one)
 * @param fitSeeds the seeds every ensemble of every evaluation runs (common random numbers, so the
 *     objective is a deterministic function of the values); each target's experiment must name the same
 *     fit seeds
 * @param judgeSeeds the seeds the reproduction judges on, disjoint from the fit seeds (only recorded here,
 *     so the spec says in one place which seeds its fit must not be judged on)
 * @param gridPixels grid width every simulated experiment runs at, or 0 for each experiment's own
 * @param budget most objective evaluations, the start included
 * @param wallSeconds wall-time budget; no evaluation starts after it has passed
 * @param optimizer {@code bobyqa} (bounded quadratic models, for a smooth objective) or {@code cmaes}
 *     (evolution strategy, for a rough one)
 * @param pull weight of the pull towards the band centre that breaks ties inside bands (see {@link BandScore})
 */
public record CalibrationSpec(List<FreeParameter> parameters, List<Target> targets, SeedSet fitSeeds,
        SeedSet judgeSeeds, int gridPixels, int budget, double wallSeconds, String optimizer, double pull) {

    /** The optimisers a spec may name. */
    public static final List<String> OPTIMIZERS = List.of("bobyqa", "cmaes");

    public CalibrationSpec {
        parameters = List.copyOf(parameters);
        targets = List.copyOf(targets);
        if (parameters.isEmpty() || targets.isEmpty()) {
            throw new InputException("calibration spec: needs at least one parameter and one experiment");
        }
        Set<Object> seen = new HashSet<>();
        for (FreeParameter p : parameters) {
            if (!seen.add(p.parameter())) {
                throw new InputException("calibration spec: parameter " + p.parameter().key() + " is listed twice");
            }
        }
        if (fitSeeds == null || judgeSeeds == null) {
            throw new InputException("calibration spec: fit_seeds and judge_seeds are required");
        }
        if (!fitSeeds.isDisjointFrom(judgeSeeds)) {
            throw new InputException("calibration spec: fit_seeds " + fitSeeds + " and judge_seeds " + judgeSeeds
                    + " share seeds; a verdict on the seeds a fit used is not evidence");
        }
        if (gridPixels < 0 || gridPixels == 1 || budget < 1 || !(wallSeconds > 0)) {
            throw new InputException(String.format(Locale.ROOT, "calibration spec: grid %d must be 0 or"
                    + " positive (at least 2), budget %d and wall time %.4g s positive", gridPixels, budget,
                    wallSeconds));
        }
        optimizer = optimizer == null ? "bobyqa" : optimizer.toLowerCase(Locale.ROOT);
        if (!OPTIMIZERS.contains(optimizer)) {
            throw new InputException("calibration spec: optimizer '" + optimizer + "'; expected one of " + OPTIMIZERS);
        }
        if (!(pull >= 0 && pull < 1)) {
            throw new InputException("calibration spec: pull " + pull + " must be in [0, 1)");
        }
    }

    /** The same spec with another evaluation budget. */
    public CalibrationSpec withBudget(int newBudget) {
        return new CalibrationSpec(parameters, targets, fitSeeds, judgeSeeds, gridPixels, newBudget, wallSeconds,
                optimizer, pull);
    }

    /** The same spec fitted on other seeds (still disjoint from the judge seeds). */
    public CalibrationSpec withFitSeeds(SeedSet seeds) {
        return new CalibrationSpec(parameters, targets, seeds, judgeSeeds, gridPixels, budget, wallSeconds, optimizer,
                pull);
    }

    /**
     * An experiment in the objective.
     *
     * @param experiment its id
     * @param checks names of the checks that count, or empty for every check with a band
     * @param weight factor on its checks' residuals
     */
    public record Target(String experiment, List<String> checks, double weight) {
        public Target {
            if (experiment == null || experiment.isBlank()) {
                throw new InputException("calibration spec: an experiment entry needs an id");
            }
            checks = checks == null ? List.of() : List.copyOf(checks);
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new InputException("calibration spec: " + experiment + ": weight " + weight + " must be positive");
            }
        }
    }
}
