package org.anodefree.current;

import org.anodefree.InputException;

/**
 * The solid electrolyte between the anode interface and the counter electrode: a homogeneous slab
 * of ionic conductivity sigma and thickness L whose far face is an equipotential (the counter
 * electrode, potential zero).
 *
 * @param conductivitySiemensPerMeter ionic conductivity sigma, S/m, finite and positive
 * @param thicknessMeters slab thickness L, m, finite and positive
 */
public record Electrolyte(double conductivitySiemensPerMeter, double thicknessMeters) {
    public Electrolyte {
        if (!(conductivitySiemensPerMeter > 0) || !Double.isFinite(conductivitySiemensPerMeter)) {
            throw new InputException("electrolyte: conductivity must be a positive finite value in S/m, got "
                    + conductivitySiemensPerMeter);
        }
        if (!(thicknessMeters > 0) || !Double.isFinite(thicknessMeters)) {
            throw new InputException("electrolyte: thickness must be a positive finite length in m, got " + thicknessMeters);
        }
    }

    /** Area-specific resistance of the slab under uniform current, L / sigma, in Ohm m2. */
    public double uniformResistanceOhmM2() {
        return thicknessMeters / conductivitySiemensPerMeter;
    }
}
