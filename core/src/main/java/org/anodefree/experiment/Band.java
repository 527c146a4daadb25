package org.anodefree.experiment;

/**
 * A pass band around a reported value: relative, absolute, or explicit bounds.
 *
 * @param relative allowed relative deviation (0.05 = 5%)
 * @param absolute allowed absolute deviation
 * @param min lowest passing value
 * @param max highest passing value
 */
public record Band(Double relative, Double absolute, Double min, Double max) {

    /** Whether {@code value} passes for a reported value {@code reported}. */
    public boolean contains(double value, double reported) {
        return value >= low(reported) && value <= high(reported);
    }

    /** The lowest passing value. */
    public double low(double reported) {
        if (min != null) {
            return min;
        }
        return relative != null ? reported * (1 - relative) : absolute != null ? reported - absolute : Double.NEGATIVE_INFINITY;
    }

    /** The highest passing value. */
    public double high(double reported) {
        if (max != null) {
            return max;
        }
        return relative != null ? reported * (1 + relative) : absolute != null ? reported + absolute : Double.POSITIVE_INFINITY;
    }

    /** The band in words. */
    public String describe() {
        if (relative != null) {
            return "+-" + trim(100 * relative) + "%";
        }
        if (absolute != null) {
            return "+-" + trim(absolute);
        }
        if (min == null) {
            return "<= " + trim(max);
        }
        return max == null ? ">= " + trim(min) : trim(min) + " to " + trim(max);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
