package org.anodefree.cycling;

import java.util.Arrays;
import org.anodefree.statistics.Quantiles;

/** Per-segment numbers the analysis needs: charge passed, windowed medians, noise. */
public final class SegmentStatistics {
    private SegmentStatistics() {
    }

    /**
     * Charge passed in rows {@code [from, to)} in coulombs: each row's |I| over the interval that ends at it,
     * {@code |I_r| (t_r - t_(r-1))}. Cyclers log the current and charge of the interval ending at a point
     * (EC-Lab's dq and {@code <I>}, MACCOR's Amp-hr), so this sums exactly what they counted; the first row
     * of a step carries the interval from the last row of the step before.
     */
    public static double chargeCoulombs(double[] t, double[] current, int from, int to) {
        double q = 0;
        for (int r = Math.max(from, 1); r < to; r++) {
            double dt = t[r] - t[r - 1];
            if (dt > 0 && Double.isFinite(dt) && Double.isFinite(current[r])) {
                q += Math.abs(current[r]) * dt;
            }
        }
        return q;
    }

    /** As {@link #chargeCoulombs} but only up to (not including) row {@code until}. */
    public static double chargeCoulombsUntil(double[] t, double[] current, int from, int to, int until) {
        return chargeCoulombs(t, current, from, Math.min(to, Math.max(from, until + 1)));
    }

    /** Median of {@code scale * v} over the rows whose time lies in [a, b] of the segment's duration. */
    public static double medianInTimeWindow(double[] t, double[] v, int from, int to, double a, double b, double scale) {
        double t0 = t[from];
        double span = t[to - 1] - t0;
        double[] buf = new double[to - from];
        int n = 0;
        for (int r = from; r < to; r++) {
            double f = span > 0 ? (t[r] - t0) / span : 0.5;
            if (f >= a && f <= b && Double.isFinite(v[r])) {
                buf[n++] = scale * v[r];
            }
        }
        if (n == 0) {
            for (int r = from; r < to; r++) {
                if (Double.isFinite(v[r])) {
                    buf[n++] = scale * v[r];
                }
            }
        }
        return median(buf, n);
    }

    /** Robust voltage noise: median |second difference| of V over the segment (NaN with fewer than 3 rows). */
    static double noiseVolts(double[] v, int from, int to) {
        if (to - from < 3) {
            return Double.NaN;
        }
        double[] d2 = new double[to - from - 2];
        int n = 0;
        for (int r = from + 2; r < to; r++) {
            double d = v[r] - 2 * v[r - 1] + v[r - 2];
            if (Double.isFinite(d)) {
                d2[n++] = Math.abs(d);
            }
        }
        return median(d2, n);
    }

    /** Median of the first {@code n} values (all finite), reordered in place. */
    static double median(double[] values, int n) {
        Arrays.sort(values, 0, n);
        return Quantiles.medianOfSorted(values, n);
    }
}
