package org.anodefree.statistics;

import java.util.Arrays;

/**
 * Quantiles and medians. The median of an even count is the midpoint of the two middle values; other
 * quantiles interpolate linearly between order statistics (the 'type 7' rule of R and NumPy, Hyndman and
 * Fan, Am. Stat. 50, 361, 1996), which gives the same median. NaN is never sorted into a result: the
 * methods that take unsorted values either drop non-finite values and say so in their name, or reject
 * them.
 *
 * <p>Hand-written rather than Hipparchus's {@code Percentile} because most callers hold their values
 * sorted already (maps, order statistics), where a quantile is O(1), and because the median's midpoint
 * form is what the cycle analysis has always reported.
 */
public final class Quantiles {
    private Quantiles() {
    }

    /**
     * The p-quantile of the first {@code n} values of an ascending array (p in [0, 1]; NaN when n is 0).
     * The array must not hold NaN.
     */
    public static double ofSorted(double[] ascending, int n, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("quantile level must be in [0, 1], got " + p);
        }
        if (n == 0) {
            return Double.NaN;
        }
        if (p == 0.5) {
            return medianOfSorted(ascending, n);
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        double a = ascending[lo];
        double b = ascending[hi];
        if (h == lo || a == b || Double.isInfinite(a)) {
            return a;
        }
        // towards an infinite neighbour any positive share of the way is infinite (a bootstrap of a median
        // that some resamples never reach)
        return Double.isInfinite(b) ? b : a + (h - lo) * (b - a);
    }

    /** The p-quantile of an ascending array. */
    public static double ofSorted(double[] ascending, double p) {
        return ofSorted(ascending, ascending.length, p);
    }

    /** The median of the first {@code n} values of an ascending array (NaN when n is 0). */
    public static double medianOfSorted(double[] ascending, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        if ((n & 1) == 1) {
            return ascending[n / 2];
        }
        double a = ascending[n / 2 - 1];
        double b = ascending[n / 2];
        return a == b || Double.isInfinite(a) || Double.isInfinite(b) ? (Double.isInfinite(b) ? b : a) : 0.5 * (a + b);
    }

    /**
     * The median of values that must all be numbers (infinities allowed); NaN when there are none.
     *
     * @throws IllegalArgumentException when a value is NaN: a caller must decide what a missing value
     *     means (drop it with {@link #medianOfFinite}, or count it as censored) before asking for a median
     */
    public static double median(double[] values) {
        for (double v : values) {
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("median of values with NaN: drop or censor them first");
            }
        }
        double[] s = values.clone();
        Arrays.sort(s);
        return medianOfSorted(s, s.length);
    }

    /**
     * The median of the finite values among the first {@code n} of {@code values}, which are reordered in
     * place (NaN when none is finite).
     */
    public static double medianOfFinite(double[] values, int n) {
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(values[i])) {
                values[m++] = values[i];
            }
        }
        Arrays.sort(values, 0, m);
        return medianOfSorted(values, m);
    }
}
