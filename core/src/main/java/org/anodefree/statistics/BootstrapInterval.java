package org.anodefree.statistics;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * A percentile bootstrap confidence interval (Efron and Tibshirani, An Introduction to the Bootstrap,
 * Chapman and Hall 1993, ch. 13): the statistic is recomputed on {@code resamples} resamples of the members
 * drawn with replacement, and the interval is between the resampled values' {@code (1 - level) / 2} and
 * {@code (1 + level) / 2} quantiles. Resampling is by member index, so a paired statistic (two variants run
 * on the same seeds) resamples the pairs together. The generator is seeded, so an interval is reproducible.
 *
 * @param estimate the statistic on the members themselves
 * @param low lower end
 * @param high upper end
 * @param level coverage
 * @param resamples how many resamples
 */
public record BootstrapInterval(double estimate, double low, double high, double level, int resamples) {
    /** Resamples by default: enough for the 5% and 95% points to move by well under a member's spacing. */
    public static final int DEFAULT_RESAMPLES = 2000;

    /**
     * The interval of a statistic of {@code members} members.
     *
     * @param statistic computes the statistic from member indices (a resample passes each index it drew,
     *     repeats included); a resample whose statistic is NaN is skipped (e.g. no finite member drawn)
     * @param seed the generator's seed
     */
    public static BootstrapInterval of(int members, ToDoubleFunction<int[]> statistic, double level, int resamples,
            long seed) {
        if (members < 1 || resamples < 10 || !(level > 0 && level < 1)) {
            throw new IllegalArgumentException("bootstrap: need members >= 1, resamples >= 10 and level in (0, 1), got "
                    + members + ", " + resamples + ", " + level);
        }
        int[] all = new int[members];
        for (int i = 0; i < members; i++) {
            all[i] = i;
        }
        double estimate = statistic.applyAsDouble(all);
        SplittableRandom rng = new SplittableRandom(seed);
        double[] values = new double[resamples];
        int n = 0;
        int[] draw = new int[members];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < members; i++) {
                draw[i] = rng.nextInt(members);
            }
            double v = statistic.applyAsDouble(draw);
            if (!Double.isNaN(v)) {
                values[n++] = v;
            }
        }
        if (n == 0) {
            return new BootstrapInterval(estimate, Double.NaN, Double.NaN, level, resamples);
        }
        java.util.Arrays.sort(values, 0, n);
        return new BootstrapInterval(estimate, Quantiles.ofSorted(values, n, (1 - level) / 2),
                Quantiles.ofSorted(values, n, (1 + level) / 2), level, resamples);
    }
}
