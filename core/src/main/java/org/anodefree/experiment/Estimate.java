package org.anodefree.experiment;

/**
 * A simulated value with its uncertainty: a point estimate over an ensemble of seeds with a 90% interval,
 * the range of the measured members, and how it was estimated.
 *
 * @param method how the point and the interval were made
 * @param median the point estimate (the value itself for a deterministic result); NaN for a Kaplan-Meier
 *     median that was not reached (then {@link #lowerBound} bounds it)
 * @param low lower end of the 90% interval
 * @param high upper end of the 90% interval (+infinity when resamples do not reach a median)
 * @param min smallest measured member (for a censored measure, of events and censoring times alike)
 * @param max largest measured member
 * @param members ensemble size
 * @param measured members with a value (a cell whose first cycle never finished has no first-cycle CE)
 * @param events for a censored measure, members whose event happened; for a fraction, the count; else
 *     {@code measured}
 * @param lowerBound for a median not reached, the largest time observed (the median exceeds it); else NaN
 */
public record Estimate(Method method, double median, double low, double high, double min, double max, int members,
        int measured, int events, double lowerBound) {

    /** How an estimate was made. */
    public enum Method {
        /** One deterministic number (no ensemble). */
        EXACT,
        /** The median of the members, with a percentile bootstrap interval. */
        MEDIAN,
        /** The Kaplan-Meier median of a censored outcome, with a percentile bootstrap interval. */
        KAPLAN_MEIER,
        /** A share of the members, with Wilson's interval. */
        FRACTION,
        /** The ratio of two variants' medians (paired by seed), with a paired bootstrap interval. */
        RATIO
    }

    /** A deterministic value. */
    public static Estimate exact(double value) {
        return new Estimate(Method.EXACT, value, value, value, value, value, 1, 1, 1, Double.NaN);
    }

    /** Whether the point estimate exists (a Kaplan-Meier median may not be reached). */
    public boolean medianReached() {
        return !Double.isNaN(median) || Double.isNaN(lowerBound);
    }
}
