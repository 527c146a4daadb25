package org.anodefree.model;

import org.anodefree.InputException;

/**
 * The numerical settings of the laws, kept apart from the physical parameters: none of them is a property
 * of a material or a cell, and each has a convergence check (docs/model.md, "Numerical settings").
 *
 * @param wettingThicknessMeters Li a bare pixel must receive by creep to count as Li-holding (the
 *     porous-medium front speed does not depend on it as it goes to 0)
 * @param creepMaxSubsteps most explicit sub-steps of one creep update; creep faster than that is
 *     saturated for the rest of the interval, and a run counts how often that happens
 *     ({@link org.anodefree.sim.SimulationResult#creepSaturatedCalls()})
 * @param weakSiteDensityInverse the electrode's weak filament sites are placed in the patch down to a
 *     threshold that puts one site in this many pixels on average ({@link CellEquivalentWeakSites})
 */
public record LawNumerics(double wettingThicknessMeters, int creepMaxSubsteps, int weakSiteDensityInverse) {

    public LawNumerics {
        if (!(wettingThicknessMeters > 0) || creepMaxSubsteps < 1 || weakSiteDensityInverse < 1) {
            throw new InputException("law numerics: need a positive wetting thickness, at least one creep sub-step and a"
                    + " weak-site density of at most one per pixel, got " + wettingThicknessMeters + " m, "
                    + creepMaxSubsteps + ", 1/" + weakSiteDensityInverse);
        }
    }

    /** 0.1 um wetting (0.02 mAh/cm2), 400 creep sub-steps, one weak site per 8 pixels at most. */
    public static LawNumerics defaults() {
        return new LawNumerics(1.0e-7, 400, 8);
    }
}
