package org.anodefree.experiment;

import java.util.Arrays;
import java.util.List;
import org.anodefree.statistics.BinomialInterval;
import org.anodefree.statistics.BootstrapInterval;
import org.anodefree.statistics.KaplanMeier;
import org.anodefree.statistics.Quantiles;

/**
 * Turns an ensemble's observations into an {@link Estimate}: the median with a 90% percentile-bootstrap
 * interval; for an outcome some members never reached (a short that did not happen), the Kaplan-Meier
 * median instead, never a median of the censoring values; a share with Wilson's interval; and the ratio
 * of two variants' medians with a paired bootstrap interval. Bootstraps are seeded, so the table is
 * reproducible.
 */
public final class Estimators {
    /** Coverage of every interval in the table. */
    public static final double LEVEL = 0.9;
    /** The bootstraps' seed (fixed: an interval must not change from one run of the table to the next). */
    static final long BOOTSTRAP_SEED = 0x5EED_B007L;

    private Estimators() {
    }

    /** The median of the observations (Kaplan-Meier when any is censored) with its interval. */
    public static Estimate of(List<Measures.Observation> obs) {
        Measures.Observation[] o = obs.toArray(new Measures.Observation[0]);
        boolean censored = obs.stream().anyMatch(Measures.Observation::censored);
        double[] range = range(o);
        int measured = measured(o);
        if (measured == 0) {
            return new Estimate(Estimate.Method.MEDIAN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    o.length, 0, 0, Double.NaN);
        }
        if (!censored) {
            BootstrapInterval b = BootstrapInterval.of(o.length, idx -> median(o, idx), LEVEL,
                    BootstrapInterval.DEFAULT_RESAMPLES, BOOTSTRAP_SEED);
            return new Estimate(Estimate.Method.MEDIAN, b.estimate(), b.low(), b.high(), range[0], range[1], o.length,
                    measured, measured, Double.NaN);
        }
        KaplanMeier km = kaplanMeier(o, all(o.length));
        BootstrapInterval b = BootstrapInterval.of(o.length, idx -> kmMedian(o, idx), LEVEL,
                BootstrapInterval.DEFAULT_RESAMPLES, BOOTSTRAP_SEED);
        double median = km.median();
        return new Estimate(Estimate.Method.KAPLAN_MEIER, median, b.low(), b.high(), range[0], range[1], o.length,
                measured, km.eventCount(), Double.isNaN(median) ? km.lastTime() : Double.NaN);
    }

    /** The median of uncensored values with its interval (NaN values are left out of the median). */
    public static Estimate of(double[] values) {
        List<Measures.Observation> obs = new java.util.ArrayList<>();
        for (double v : values) {
            obs.add(new Measures.Observation(v, false));
        }
        return of(obs);
    }

    /** The share of members whose observation is 1 (e.g. shorted), with Wilson's interval. */
    public static Estimate fraction(List<Measures.Observation> obs) {
        int n = 0;
        int k = 0;
        for (Measures.Observation x : obs) {
            if (!Double.isNaN(x.value())) {
                n++;
                k += x.value() != 0 ? 1 : 0;
            }
        }
        if (n == 0) {
            return new Estimate(Estimate.Method.FRACTION, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    obs.size(), 0, 0, Double.NaN);
        }
        BinomialInterval w = BinomialInterval.wilson(k, n, LEVEL);
        return new Estimate(Estimate.Method.FRACTION, w.proportion(), w.low(), w.high(), 0, 1, obs.size(), n, k,
                Double.NaN);
    }

    /**
     * The ratio of the medians of {@code a} and {@code b} (Kaplan-Meier medians when either holds a censored
     * member), which must be paired by seed; the bootstrap resamples seeds, both variants together.
     */
    public static Estimate ratio(List<Measures.Observation> a, List<Measures.Observation> b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("a ratio compares the same seeds: " + a.size() + " and " + b.size());
        }
        Measures.Observation[] x = a.toArray(new Measures.Observation[0]);
        Measures.Observation[] y = b.toArray(new Measures.Observation[0]);
        boolean censored = a.stream().anyMatch(Measures.Observation::censored)
                || b.stream().anyMatch(Measures.Observation::censored);
        java.util.function.ToDoubleFunction<int[]> ratio = idx -> censored
                ? kmMedian(x, idx) / kmMedian(y, idx) : median(x, idx) / median(y, idx);
        BootstrapInterval bi = BootstrapInterval.of(x.length, ratio, LEVEL, BootstrapInterval.DEFAULT_RESAMPLES,
                BOOTSTRAP_SEED);
        double[] rx = range(x);
        double[] ry = range(y);
        double point = bi.estimate();
        return new Estimate(Estimate.Method.RATIO, Double.isInfinite(point) ? Double.NaN : point, bi.low(), bi.high(),
                rx[0] / ry[1], rx[1] / ry[0], x.length, Math.min(measured(x), measured(y)), x.length, Double.NaN);
    }

    private static int[] all(int n) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        return idx;
    }

    private static int measured(Measures.Observation[] o) {
        int n = 0;
        for (Measures.Observation x : o) {
            n += Double.isNaN(x.value()) ? 0 : 1;
        }
        return n;
    }

    private static double[] range(Measures.Observation[] o) {
        double lo = Double.NaN;
        double hi = Double.NaN;
        for (Measures.Observation x : o) {
            if (!Double.isNaN(x.value())) {
                lo = Double.isNaN(lo) ? x.value() : Math.min(lo, x.value());
                hi = Double.isNaN(hi) ? x.value() : Math.max(hi, x.value());
            }
        }
        return new double[] {lo, hi};
    }

    /** Median of the members drawn, NaN members left out (NaN when none has a value). */
    private static double median(Measures.Observation[] o, int[] idx) {
        double[] v = new double[idx.length];
        int n = 0;
        for (int i : idx) {
            if (!Double.isNaN(o[i].value())) {
                v[n++] = o[i].value();
            }
        }
        Arrays.sort(v, 0, n);
        return Quantiles.medianOfSorted(v, n);
    }

    /** Kaplan-Meier median of the members drawn; +infinity when not reached (the median lies beyond). */
    private static double kmMedian(Measures.Observation[] o, int[] idx) {
        KaplanMeier km = kaplanMeier(o, idx);
        if (km == null) {
            return Double.NaN;
        }
        double m = km.median();
        return Double.isNaN(m) ? Double.POSITIVE_INFINITY : m;
    }

    private static KaplanMeier kaplanMeier(Measures.Observation[] o, int[] idx) {
        double[] t = new double[idx.length];
        boolean[] e = new boolean[idx.length];
        int n = 0;
        for (int i : idx) {
            if (!Double.isNaN(o[i].value())) {
                t[n] = o[i].value();
                e[n++] = !o[i].censored();
            }
        }
        return n == 0 ? null : KaplanMeier.of(Arrays.copyOf(t, n), Arrays.copyOf(e, n));
    }
}
