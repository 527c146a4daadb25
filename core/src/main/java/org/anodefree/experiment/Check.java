package org.anodefree.experiment;

import java.util.Map;

/**
 * A reported outcome an experiment is judged on.
 *
 * @param name what it is, in words
 * @param quantity the measure's name ({@link Measures}); a {@code _ratio} suffix compares two variants
 * @param at where the quantity is evaluated: number inputs this check overrides (e.g. {@code pressure_MPa: 40},
 *     and {@code versus_pressure_MPa: 6} for the denominator of a ratio)
 * @param reported the paper's value
 * @param band the pass band, or null for a value shown for information
 */
public record Check(String name, String quantity, Map<String, Double> at, double reported, Band band) {
    public Check {
        at = at == null ? Map.of() : Map.copyOf(at);
    }
}
