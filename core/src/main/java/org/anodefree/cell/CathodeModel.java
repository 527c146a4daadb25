package org.anodefree.cell;

import org.anodefree.InputException;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.parameters.Parameter;

/**
 * The composite cathode of a full or Li-excess cell, as the simulator sees it: its open-circuit voltage
 * against state of charge, its area-specific resistance, and the two ways it loses sites to hold Li
 * (the first-cycle irreversible share, and the interphase that grows while it charges; see
 * {@link CathodeState}). A half cell carries one too and never uses it.
 *
 * @param openCircuitVoltage U(state of charge)
 * @param areaSpecificResistanceOhmM2 R_c
 * @param firstCycleIrreversibleFraction share of the Li extracted in cycle 1 that cannot return
 * @param interphaseCoulombsPerM2PerRootSecond k of the parabolic cathode | LPSC interphase
 */
public record CathodeModel(CathodeOpenCircuitVoltage openCircuitVoltage, double areaSpecificResistanceOhmM2,
        double firstCycleIrreversibleFraction, double interphaseCoulombsPerM2PerRootSecond) {

    public CathodeModel {
        if (openCircuitVoltage == null) {
            throw new InputException("cathode: an open-circuit voltage curve is required");
        }
        if (!(areaSpecificResistanceOhmM2 >= 0) || !Double.isFinite(areaSpecificResistanceOhmM2)) {
            throw new InputException("cathode: area-specific resistance must be finite and >= 0, got "
                    + areaSpecificResistanceOhmM2 + " Ohm m2");
        }
    }

    /** The NMC curve shipped with anodefree and the parameter set's {@code cathode.*} values. */
    public static CathodeModel of(ModelParameters p) {
        return new CathodeModel(CathodeOpenCircuitVoltage.defaultNmc(), p.value(Parameter.CATHODE_AREA_SPECIFIC_RESISTANCE),
                p.value(Parameter.CATHODE_FIRST_CYCLE_IRREVERSIBLE), p.value(Parameter.CATHODE_INTERPHASE_GROWTH));
    }

    /** The cathode of {@code cell} as assembled: fully lithiated to its loading, every site available. */
    public CathodeState assembled(CellDesign cell) {
        if (!cell.type().hasCathode()) {
            throw new InputException("a " + cell.type().id() + " cell has no cathode");
        }
        double q = cell.cathodeLoadingCoulombsPerM2();
        return new CathodeState(q, q, q, firstCycleIrreversibleFraction, interphaseCoulombsPerM2PerRootSecond, 0.0);
    }
}
