package org.anodefree.model;

import org.anodefree.units.LithiumMetal;

/**
 * A run's Li | electrolyte interphase: each pixel's contact age (time its Li has touched the
 * electrolyte since it was fresh), advanced by {@link #consume}, which takes the Li the
 * {@link LithiumLossLaw} says the interphase consumed from the pixel's flat deposit.
 *
 * <p>The rules: the loss is in proportion to the pixel's contact (the interphase grows where Li touches
 * the electrolyte) and never more than the deposit holds; a pixel without Li restarts at age 0, so Li that
 * later nucleates or creeps onto it meets the electrolyte fresh; Li plated under an existing contact (a
 * foil, a retained layer) does not reset it (docs/model.md, section 4).
 */
public final class InterphaseAgeing {
    private final LithiumLossLaw law;
    private final double[] ageSeconds;

    InterphaseAgeing(LithiumLossLaw law, int pixels) {
        this.law = law;
        this.ageSeconds = new double[pixels];
    }

    /** Contact age of pixel {@code i}, s. */
    public double ageSeconds(int i) {
        return ageSeconds[i];
    }

    /**
     * Ages every Li-holding pixel by {@code dtSeconds} and removes the Li consumed from its thickness.
     *
     * @param thicknessMeters flat Li per pixel, lowered in place (never below 0)
     * @param hasLithium which pixels hold Li (a pixel that loses all keeps its flag: a nucleus with no thickness)
     * @param contact the run's contact field
     * @return Li consumed, summed over pixels, C/m2 of pixel area
     */
    public double consume(double dtSeconds, double[] thicknessMeters, boolean[] hasLithium, VoidLaw.Contact contact) {
        double lost = 0;
        for (int i = 0; i < ageSeconds.length; i++) {
            if (!hasLithium[i]) {
                ageSeconds[i] = 0;
                continue;
            }
            double want = contact.at(i) * law.lostCoulombsPerM2(ageSeconds[i], dtSeconds);
            ageSeconds[i] += dtSeconds;
            if (want > 0) {
                // compared in thickness, so that rounding can never leave a negative thickness (which
                // would give creep a negative mobility)
                double dh = LithiumMetal.thicknessMetersFromChargeCoulombsPerM2(want);
                if (dh >= thicknessMeters[i]) {
                    lost += LithiumMetal.chargeCoulombsPerM2FromThicknessMeters(thicknessMeters[i]);
                    thicknessMeters[i] = 0;
                } else {
                    lost += want;
                    thicknessMeters[i] -= dh;
                }
            }
        }
        return lost;
    }
}
