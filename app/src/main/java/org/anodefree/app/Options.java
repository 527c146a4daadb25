package org.anodefree.app;

import java.util.ArrayList;
import java.util.List;
import org.anodefree.InputException;
import org.anodefree.units.Quantity;

/** Parsing of option values that carry units or lists, with errors that name the option. */
final class Options {
    private Options() {
    }

    /** A value with a unit in SI, or null when the option was not given. */
    static Double optional(String text, Quantity q, String option) {
        return text == null ? null : q.parse(text, option);
    }

    /** A value with a unit that must be above zero, e.g. a current density or a thickness. */
    static double positive(String text, Quantity q, String option) {
        double v = q.parse(text, option);
        if (!(v > 0)) {
            throw new InputException(option + ": must be above zero, got " + text.strip());
        }
        return v;
    }

    /** A value with a unit that must be zero or above. */
    static double nonNegative(String text, Quantity q, String option) {
        double v = q.parse(text, option);
        if (!(v >= 0)) {
            throw new InputException(option + ": must be zero or above, got " + text.strip());
        }
        return v;
    }

    /** A whole number that must be at least {@code min}. */
    static int atLeast(int value, int min, String option) {
        if (value < min) {
            throw new InputException(option + ": must be at least " + min + ", got " + value);
        }
        return value;
    }

    /** Option values by name for a run's manifest ({@link org.anodefree.io.RunFolder}), leaving out those not given. */
    static java.util.Map<String, Object> values(Object... namesAndValues) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                m.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return m;
    }

    /** Fractions such as "0.64,0.85" or "64%,85%", each in [0, 1]. */
    static double[] fractions(String text, String option) {
        List<Double> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            double v = Quantity.DIMENSIONLESS.parse(p, option);
            if (!(v >= 0 && v <= 1)) {
                throw new InputException(option + ": " + p + " is not a fraction between 0 and 1 (or 0% and 100%)");
            }
            out.add(v);
        }
        if (out.isEmpty()) {
            throw new InputException(option + ": give at least one level, e.g. 0.64,0.85");
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Percent text for a fraction, e.g. 0.642 -> "64.2%". */
    static String percent(double fraction) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * fraction);
    }
}
