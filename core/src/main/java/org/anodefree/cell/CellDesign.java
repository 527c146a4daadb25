package org.anodefree.cell;

import org.anodefree.InputException;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.parameters.Parameter;
import org.anodefree.units.LithiumMetal;

/**
 * One cell as built: its type, electrode diameter, LPSC separator thickness, stack pressure,
 * temperature, cathode loading (full and Li-excess cells), Li foil thickness (the half cell's
 * counter electrode or the Li-excess cell's anode) and the separator's ionic conductivity. SI units;
 * validated on construction. The simulator and the laws read these from here only (a parameter set's
 * {@code cell.*} values are copied in once, by {@link #of}).
 *
 * @param cathodeLoadingCoulombsPerM2 rated cathode capacity per area; 0 for a half cell
 * @param lithiumFoilThicknessMeters Li foil on the counter side (half) or anode side (li-excess); 0 for full
 * @param separatorConductivitySiemensPerMeter the LPSC separator's ionic conductivity
 */
public record CellDesign(CellType type, double electrodeDiameterMeters, double separatorThicknessMeters,
        double stackPressurePascals, double temperatureKelvin, double cathodeLoadingCoulombsPerM2,
        double lithiumFoilThicknessMeters, double separatorConductivitySiemensPerMeter) {

    public CellDesign {
        if (type == null) {
            throw new InputException("cell: type is required (half, full or li-excess)");
        }
        positive("electrode diameter", electrodeDiameterMeters, "m");
        positive("separator thickness", separatorThicknessMeters, "m");
        if (!(stackPressurePascals >= 0) || !Double.isFinite(stackPressurePascals)) {
            throw new InputException("cell: stack pressure must be >= 0 Pa, got " + stackPressurePascals);
        }
        positive("temperature", temperatureKelvin, "K");
        positive("separator conductivity", separatorConductivitySiemensPerMeter, "S/m");
        if (type.hasCathode()) {
            positive("cathode loading", cathodeLoadingCoulombsPerM2, "C/m2");
        } else if (cathodeLoadingCoulombsPerM2 != 0) {
            throw new InputException("cell: a half cell has no cathode, so its loading must be 0, got "
                    + cathodeLoadingCoulombsPerM2 + " C/m2");
        }
        if (type == CellType.FULL) {
            if (lithiumFoilThicknessMeters != 0) {
                throw new InputException("cell: an anode-free full cell has no Li foil, got "
                        + lithiumFoilThicknessMeters + " m");
            }
        } else {
            positive("Li foil thickness", lithiumFoilThicknessMeters, "m");
        }
    }

    /**
     * The cell of the given type with every dimension from the parameter set ({@code cell.*}); the
     * loading and foil are dropped where the type has none.
     */
    public static CellDesign of(CellType type, ModelParameters p) {
        double loading = type.hasCathode()
                ? p.value(Parameter.CELL_CATHODE_LOADING) * LithiumMetal.COULOMBS_PER_M2_PER_MAH_PER_CM2 : 0.0;
        double foil = type == CellType.FULL ? 0.0 : p.value(Parameter.CELL_LITHIUM_FOIL_THICKNESS);
        return new CellDesign(type, p.value(Parameter.CELL_ELECTRODE_DIAMETER),
                p.value(Parameter.CELL_SEPARATOR_THICKNESS), p.value(Parameter.CELL_STACK_PRESSURE),
                p.value(Parameter.CELL_TEMPERATURE), loading, foil, p.value(Parameter.LPSC_CONDUCTIVITY));
    }

    /** The same cell under another stack pressure. */
    public CellDesign withStackPressure(double pascals) {
        return new CellDesign(type, electrodeDiameterMeters, separatorThicknessMeters, pascals, temperatureKelvin,
                cathodeLoadingCoulombsPerM2, lithiumFoilThicknessMeters, separatorConductivitySiemensPerMeter);
    }

    /** Electrode area, m2. */
    public double electrodeAreaM2() {
        return Math.PI / 4 * electrodeDiameterMeters * electrodeDiameterMeters;
    }

    /** Rated cathode capacity in mAh/cm2 (0 for a half cell). */
    public double cathodeLoadingMilliampHoursPerCm2() {
        return cathodeLoadingCoulombsPerM2 / LithiumMetal.COULOMBS_PER_M2_PER_MAH_PER_CM2;
    }

    /** Li on the anode side before the first step, C/m2: the foil of a Li-excess cell, none otherwise. */
    public double initialAnodeLithiumCoulombsPerM2() {
        return type.anodeStartsWithLithium()
                ? LithiumMetal.chargeCoulombsPerM2FromThicknessMeters(lithiumFoilThicknessMeters) : 0.0;
    }

    /** Current (A) that gives a current density (A/m2) over the whole electrode. */
    public double currentAmps(double currentDensityAmpsPerM2) {
        return currentDensityAmpsPerM2 * electrodeAreaM2();
    }

    private static void positive(String what, double v, String unit) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new InputException("cell: " + what + " must be positive and finite, got " + v + " " + unit);
        }
    }
}
