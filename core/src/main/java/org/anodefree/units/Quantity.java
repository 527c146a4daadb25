package org.anodefree.units;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anodefree.InputException;

/**
 * A kind of physical quantity with the unit symbols users may write for it, each with its factor to
 * SI; parses values such as {@code 1.7um}, {@code 0.5 mA/cm2} or {@code 15MPa} into SI numbers.
 *
 * <p>Conversion happens here, at the edge; the rest of the code works in SI (ARCHITECTURE.md).
 */
public enum Quantity {
    LENGTH("m", units(
            "m", 1.0, "cm", 1e-2, "mm", 1e-3, "um", 1e-6, "µm", 1e-6, "μm", 1e-6, "micron", 1e-6, "nm", 1e-9)),
    AREA("m2", units("m2", 1.0, "cm2", 1e-4, "mm2", 1e-6, "um2", 1e-12)),
    AREAL_CAPACITY("C/m2", units(
            "mAh/cm2", LithiumMetal.COULOMBS_PER_M2_PER_MAH_PER_CM2,
            "uAh/cm2", LithiumMetal.COULOMBS_PER_M2_PER_MAH_PER_CM2 * 1e-3,
            "Ah/m2", 3600.0, "C/m2", 1.0, "C/cm2", 1e4)),
    CURRENT_DENSITY("A/m2", units(
            "A/m2", 1.0, "mA/cm2", 10.0, "uA/cm2", 1e-2, "A/cm2", 1e4, "mA/m2", 1e-3)),
    CONDUCTIVITY("S/m", units("S/m", 1.0, "S/cm", 100.0, "mS/cm", 0.1, "mS/m", 1e-3, "uS/cm", 1e-4)),
    PRESSURE("Pa", units("Pa", 1.0, "kPa", 1e3, "MPa", 1e6, "GPa", 1e9, "bar", 1e5)),
    TIME("s", units("s", 1.0, "ms", 1e-3, "min", 60.0, "h", 3600.0, "d", 86400.0)),
    VOLTAGE("V", units("V", 1.0, "mV", 1e-3)),
    CURRENT("A", units("A", 1.0, "mA", 1e-3, "uA", 1e-6)),
    MASS_DENSITY("kg/m3", units("kg/m3", 1.0, "g/cm3", 1e3)),
    DIMENSIONLESS("1", units("1", 1.0, "%", 0.01));

    private static final Pattern VALUE_WITH_UNIT =
            Pattern.compile("\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(\\S*)\\s*");

    private final String siSymbol;
    private final Map<String, Double> factorsToSi;

    Quantity(String siSymbol, Map<String, Double> factorsToSi) {
        this.siSymbol = siSymbol;
        this.factorsToSi = factorsToSi;
    }

    /** The SI unit this quantity is held in inside the code. */
    public String siSymbol() {
        return siSymbol;
    }

    /** The unit symbols accepted for this quantity, in a stable order. */
    public Map<String, Double> factorsToSi() {
        return factorsToSi;
    }

    /** True when {@code unit} is one of this quantity's symbols, spelled as {@link #parse} accepts it. */
    public boolean accepts(String unit) {
        return unit != null && factorsToSi.containsKey(normalise(unit));
    }

    /** The factor that turns a value in {@code unit} into SI, or an error naming the accepted units. */
    public double factorToSi(String unit, String field) {
        Double factor = factorsToSi.get(normalise(unit));
        if (factor == null) {
            throw new InputException(field + ": unknown unit '" + unit + "' for " + describe()
                    + "; use one of " + String.join(", ", factorsToSi.keySet()));
        }
        return factor;
    }

    /**
     * Parses {@code text} (a number followed by a unit) to SI. A bare number is an error unless
     * this quantity is dimensionless: the unit is where most input mistakes hide.
     *
     * @param field what the value is, for the error message (an option name or file:line)
     */
    public double parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InputException(field + ": a value with a unit is required for " + describe());
        }
        Matcher m = VALUE_WITH_UNIT.matcher(text);
        if (!m.matches()) {
            throw new InputException(field + ": cannot read '" + text + "' as a number with a unit (e.g. "
                    + example() + ")");
        }
        double number = Double.parseDouble(m.group(1));
        String unit = m.group(2);
        if (unit.isEmpty() && this != DIMENSIONLESS) {
            throw new InputException(field + ": '" + text + "' has no unit; write it with one, e.g. " + example());
        }
        double si = unit.isEmpty() ? number : number * factorToSi(unit, field);
        if (!Double.isFinite(si)) {
            // 1e309 parses as Infinity; it is a typo, never a value
            throw new InputException(field + ": '" + text.strip() + "' is too large to be a number");
        }
        return si;
    }

    /** Parses {@code text} and returns it in {@code unit} (for example mA/cm2). */
    public double parseIn(String text, String unit, String field) {
        return parse(text, field) / factorToSi(unit, field);
    }

    private String describe() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private String example() {
        String first = factorsToSi.keySet().stream().skip(factorsToSi.size() > 1 ? 1 : 0).findFirst().orElse(siSymbol);
        return "1.5" + first;
    }

    /** Accepts common spellings: 'cm²' and 'cm^2' become 'cm2', 'µm' becomes 'um'. */
    private static String normalise(String unit) {
        return unit.trim().replace("²", "2").replace("³", "3").replace("^", "").replace("μ", "u").replace("µ", "u");
    }

    private static Map<String, Double> units(Object... symbolFactorPairs) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < symbolFactorPairs.length; i += 2) {
            String symbol = ((String) symbolFactorPairs[i]).replace("μ", "u").replace("µ", "u");
            m.put(symbol, ((Number) symbolFactorPairs[i + 1]).doubleValue());
        }
        return Collections.unmodifiableMap(m);
    }
}
