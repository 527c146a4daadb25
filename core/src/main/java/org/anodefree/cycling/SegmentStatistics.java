package org.anodefree.cycling;

import java.util.Arrays;

/** Per-segment numbers the analysis needs: charge passed, windowed medians, noise. */
final class SegmentStatistics {
    private SegmentStatistics() {
    }

    /**
     * Charge passed in a segment in coulombs: trapezoids of |I| over the intervals inside it. The interval
     * between two segments is left out: the cycler switched the current somewhere inside it, and neither
     * row's current describes it.
     */
    static double chargeCoulombs(double[] t, double[] current, int from, int to) {
        double q = 0;
        for (int r = from + 1; r < to; r++) {
            double dt = t[r] - t[r - 1];
            if (dt > 0 && Double.isFinite(dt)) {
                q += 0.5 * (Math.abs(current[r]) + Math.abs(current[r - 1])) * dt;
            }
        }
        return q;
    }

    /** As {@link #chargeCoulombs} but only up to (not including) row {@code until}. */
    static double chargeCoulombsUntil(double[] t, double[] current, int from, int to, int until) {
        return chargeCoulombs(t, current, from, Math.min(to, Math.max(from, until + 1)));
    }

    /** Median of {@code scale * v} over the rows whose time lies in [a, b] of the segment's duration. */
    static double medianInTimeWindow(double[] t, double[] v, int from, int to, double a, double b, double scale) {
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

    static double median(double[] values, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        Arrays.sort(values, 0, n);
        return (n & 1) == 1 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
    }
}
