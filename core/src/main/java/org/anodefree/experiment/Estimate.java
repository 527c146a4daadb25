package org.anodefree.experiment;

import java.util.Arrays;
import org.anodefree.statistics.Quantiles;

/**
 * A simulated value: the median over an ensemble with its spread (min and max), or one number.
 *
 * @param median the median (the value itself for a deterministic result)
 * @param min smallest member
 * @param max largest member
 * @param members ensemble size (1 for a deterministic result)
 */
public record Estimate(double median, double min, double max, int members) {
    /** A deterministic value. */
    public static Estimate exact(double value) {
        return new Estimate(value, value, value, 1);
    }

    /** The median and range of an ensemble (NaN members are kept out of the median and counted in the range as NaN). */
    public static Estimate of(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        int finite = 0;
        while (finite < n && !Double.isNaN(s[finite])) {
            finite++;
        }
        double median = Quantiles.medianOfSorted(s, finite);
        return new Estimate(median, s[0], s[n - 1], n);
    }
}
