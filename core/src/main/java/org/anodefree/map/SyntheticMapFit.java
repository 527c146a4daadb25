package org.anodefree.map;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.anodefree.InputException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Fits the shape of a synthetic map's thickness distribution (coefficient of variation above the
 * floor, and the floor as a share of the mean) so that layer-by-layer stripping gives target
 * active fractions at target stripped fractions, as the median over an ensemble of seeds.
 *
 * <p>The Gaussian fields of the ensemble are drawn once and reused for every trial (common random
 * numbers), so the objective is a deterministic function of the two shape parameters; the
 * Nelder-Mead simplex (Hipparchus) needs no derivatives of what is, pixel by pixel, a step
 * function. The spatial part of the recipe (size, pixel, correlation length) is held fixed.
 */
public final class SyntheticMapFit {

    /** A target point: at {@code strippedFraction} the active fraction should be {@code activeFraction}. */
    public record Target(double strippedFraction, double activeFraction) {
        public Target {
            if (!(strippedFraction > 0 && strippedFraction < 1 && activeFraction >= 0 && activeFraction <= 1)) {
                throw new InputException("fit target needs 0 < stripped < 1 and 0 <= active <= 1, got "
                        + strippedFraction + " -> " + activeFraction);
            }
        }
    }

    /**
     * The fitted recipe and how well it does.
     *
     * @param recipe the recipe with the fitted shape (seed of the ensemble's first member)
     * @param seeds the ensemble's seeds
     * @param medianActive the median active fraction at each target, in target order
     * @param evaluations objective evaluations used
     * @param wallSeconds wall time of the fit
     */
    public record Result(SyntheticMap recipe, long[] seeds, double[] medianActive, int evaluations,
            double wallSeconds) {
    }

    private final SyntheticMap base;
    private final Target[] targets;
    private final long[] seeds;
    private final double[][] fields;

    private SyntheticMapFit(SyntheticMap base, Target[] targets, long[] seeds) {
        this.base = base;
        this.targets = targets.clone();
        this.seeds = seeds.clone();
        this.fields = IntStream.range(0, seeds.length).parallel()
                .mapToObj(s -> GaussianRandomField.generate(base.widthPixels(), base.heightPixels(),
                        base.correlationLengthMeters() / base.pixelSizeMeters(), seeds[s]))
                .toArray(double[][]::new);
    }

    /**
     * Fits the distribution shape of {@code base} to the targets over the given seeds.
     *
     * @param base recipe whose size, pixel, mean, correlation and family are kept; its cv and floor start the search
     */
    public static Result fit(SyntheticMap base, long[] seeds, Target... targets) {
        if (targets.length == 0 || seeds.length == 0) {
            throw new InputException("a synthetic-map fit needs at least one target and one seed");
        }
        long start = System.nanoTime();
        SyntheticMapFit fit = new SyntheticMapFit(base, targets, seeds);
        double[] start01 = {Math.log(base.excessCv()), logit(base.floorMeters() / base.meanMeters() / MAX_FLOOR_SHARE)};
        SimplexOptimizer optimizer = new SimplexOptimizer(1e-7, 1e-9);
        PointValuePair best = optimizer.optimize(new MaxEval(400), new ObjectiveFunction(fit::misfit),
                GoalType.MINIMIZE, new InitialGuess(start01), new NelderMeadSimplex(new double[] {0.3, 0.8}));
        SyntheticMap recipe = fit.recipe(best.getPoint());
        double[] medians = fit.medianActive(recipe);
        return new Result(recipe, seeds.clone(), medians, optimizer.getEvaluations(),
                (System.nanoTime() - start) / 1e9);
    }

    /** Median over the ensemble of the active fraction at each target, for a recipe sharing this fit's fields. */
    private double[] medianActive(SyntheticMap recipe) {
        double[][] active = new double[targets.length][fields.length];
        IntStream.range(0, fields.length).parallel().forEach(s -> {
            double[] t = recipe.distribution().fromStandardNormal(fields[s],
                    recipe.meanMeters() - recipe.floorMeters(), recipe.excessCv());
            for (int i = 0; i < t.length; i++) {
                t[i] += recipe.floorMeters();
            }
            StrippingAnalysis a = StrippingAnalysis.of(ThicknessMap.adopting(recipe.widthPixels(),
                    recipe.heightPixels(), recipe.pixelSizeMeters(), t, null));
            for (int k = 0; k < targets.length; k++) {
                active[k][s] = a.atStrippedFraction(targets[k].strippedFraction()).activeFraction();
            }
        });
        double[] medians = new double[targets.length];
        for (int k = 0; k < targets.length; k++) {
            medians[k] = median(active[k]);
        }
        return medians;
    }

    private double misfit(double[] p) {
        double[] m = medianActive(recipe(p));
        double sum = 0;
        for (int k = 0; k < targets.length; k++) {
            double d = m[k] - targets[k].activeFraction();
            sum += d * d;
        }
        return sum;
    }

    /** The floor may take at most this share of the mean; above it the map would be nearly flat. */
    private static final double MAX_FLOOR_SHARE = 0.9;

    private SyntheticMap recipe(double[] p) {
        double cv = Math.exp(p[0]);
        double floorShare = MAX_FLOOR_SHARE / (1 + Math.exp(-p[1]));
        return new SyntheticMap(base.widthPixels(), base.heightPixels(), base.pixelSizeMeters(), base.meanMeters(),
                cv, floorShare * base.meanMeters(), base.correlationLengthMeters(), base.distribution(), seeds[0]);
    }

    private static double logit(double x) {
        double c = Math.min(Math.max(x, 1e-6), 1 - 1e-6);
        return Math.log(c / (1 - c));
    }

    static double median(double[] values) {
        return org.anodefree.statistics.Quantiles.median(values);
    }
}
