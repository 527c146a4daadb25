package org.anodefree.experiment;

import java.util.Locale;
import java.util.Map;
import org.anodefree.InputException;

/**
 * A reported outcome an experiment is judged on, with what it is evidence of: a {@code prediction} (no
 * parameter was set or fitted from it), {@code fitted} (it is in the calibration objective, so a PASS only
 * shows the fit reached it) or an {@code input} (a parameter was set from it, so its PASS is by
 * construction). The reproduction table counts predictions and fitted rows apart and does not count inputs.
 *
 * @param name what it is, in words
 * @param quantity the measure's name ({@link Measures}); a {@code _ratio} suffix compares two variants
 * @param at where the quantity is evaluated: number inputs this check overrides (e.g. {@code pressure_MPa: 40},
 *     and {@code versus_pressure_MPa: 6} for the denominator of a ratio)
 * @param reported the paper's value
 * @param band the pass band, or null for a value shown for information
 * @param label what the row is evidence of
 * @param sets for an {@code input}: the parameter key set from it (null otherwise)
 */
public record Check(String name, String quantity, Map<String, Double> at, double reported, Band band, Label label,
        String sets) {

    /** What a row is evidence of. */
    public enum Label {
        PREDICTION, FITTED, INPUT;

        /** The label as written in files and tables. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The label named {@code text}; {@code where} names the file and check for the error. */
        public static Label parse(String text, String where) {
            for (Label l : values()) {
                if (l.id().equals(text == null ? "" : text.strip())) {
                    return l;
                }
            }
            throw new InputException(where + ": label '" + text + "': write prediction, fitted or input");
        }
    }

    public Check {
        at = at == null ? Map.of() : Map.copyOf(at);
        if (label == null) {
            throw new InputException("check '" + name + "': a label (prediction, fitted or input) is required");
        }
        if ((label == Label.INPUT) != (sets != null && !sets.isBlank())) {
            throw new InputException("check '" + name + "': an input names the parameter it sets (sets: key), and only an"
                    + " input does");
        }
    }

    /** A prediction check (tests and library use). */
    public static Check prediction(String name, String quantity, Map<String, Double> at, double reported, Band band) {
        return new Check(name, quantity, at, reported, band, Label.PREDICTION, null);
    }
}
