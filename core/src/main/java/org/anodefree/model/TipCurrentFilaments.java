package org.anodefree.model;

import org.anodefree.InputException;
import org.anodefree.units.LithiumMetal;

/**
 * Filaments that start when the local plating current exceeds the pixel's critical current density
 * and grow by depositing the pixel's current at the filament tip: a tip occupying a fraction phi of
 * the pixel's area advances at {@code v = j V_m / (F phi)}, faster than the flat deposit by 1/phi.
 * This is the current-driven propagation picture of Li filaments through solid electrolytes (Porz et
 * al., Adv. Energy Mater. 7, 1701003, 2017; Kasemchainan et al., Nat. Mater. 18, 1105, 2019): the time
 * to cross the separator is set by the charge carried, so once started a filament crosses quickly.
 */
public final class TipCurrentFilaments implements FilamentLaw {
    private final double tipAreaFraction;

    public TipCurrentFilaments(double tipAreaFraction) {
        if (!(tipAreaFraction > 0 && tipAreaFraction <= 1)) {
            throw new InputException("filament tip area fraction must be in (0, 1], got " + tipAreaFraction);
        }
        this.tipAreaFraction = tipAreaFraction;
    }

    @Override
    public boolean starts(double platingAmpsPerM2, double criticalAmpsPerM2) {
        return platingAmpsPerM2 > criticalAmpsPerM2;
    }

    @Override
    public double growthMetersPerSecond(double platingAmpsPerM2) {
        return platingAmpsPerM2 > 0 ? LithiumMetal.growthRateMetersPerSecond(platingAmpsPerM2) / tipAreaFraction : 0.0;
    }

    public double tipAreaFraction() {
        return tipAreaFraction;
    }
}
