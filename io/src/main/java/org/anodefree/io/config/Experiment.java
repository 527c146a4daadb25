package org.anodefree.io.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.anodefree.InputException;

/**
 * One reproduction experiment as data: what to run ({@code kind} and {@code inputs}) and what the
 * paper reports with the band a reproduction must fall in. The runner of a kind sees only the
 * inputs; nothing in the code knows which experiment it runs.
 *
 * @param id short id, e.g. F5
 * @param title one line
 * @param figure where in the source study the outcome is
 * @param kind which runner computes it
 * @param inputs the runner's inputs (numbers and strings)
 * @param checks the reported outcomes
 * @param note anything a reader should know (interpretation of the paper, what was fitted)
 * @param file the file it came from
 */
public record Experiment(String id, String title, String figure, String kind, Map<String, Object> inputs,
        List<Check> checks, String note, Path file) {

    /** A number from the inputs, or an error naming the file and key. */
    public double number(String key) {
        Object v = inputs.get(key);
        if (!(v instanceof Number n)) {
            throw new InputException(file + ": input '" + key + "' must be a number, got " + v);
        }
        return n.doubleValue();
    }

    /** A number from the inputs, or the default when absent. */
    public double number(String key, double defaultValue) {
        return inputs.containsKey(key) ? number(key) : defaultValue;
    }

    /** A string from the inputs, or an error naming the file and key. */
    public String text(String key) {
        Object v = inputs.get(key);
        if (v == null) {
            throw new InputException(file + ": input '" + key + "' is missing");
        }
        return v.toString();
    }

    /**
     * A reported outcome.
     *
     * @param name what it is, in words
     * @param quantity the runner's name for the quantity
     * @param at where the quantity is evaluated (e.g. stripped_fraction: 0.64)
     * @param reported the paper's value
     * @param band the pass band, or null for a value shown for information
     */
    public record Check(String name, String quantity, Map<String, Double> at, double reported, Band band) {
        public Check {
            at = at == null ? Map.of() : Map.copyOf(at);
        }
    }

    /**
     * A pass band around the reported value: relative, absolute, or explicit bounds.
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
}
