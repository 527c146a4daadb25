package org.anodefree.sim;

import org.anodefree.current.CurrentDistribution;
import org.anodefree.units.LithiumMetal;

/**
 * Removes the Li a strip's local currents ask for, exactly the charge passed. A pixel gives what its
 * current asks as long as it has flat Li; what a pixel that runs out cannot give is taken from the pixels
 * still stripping, in proportion to their current (up to eight passes), because the galvanostatic current
 * is held over the time step while the solve that set the distribution did not know the pixel would run
 * dry. A pixel left without Li becomes inactive (bare current collector). One per run; its work array is
 * allocated once.
 */
final class LithiumStripping {
    private final double[] shortfallWork;

    LithiumStripping(int pixels) {
        this.shortfallWork = new double[pixels];
    }

    /**
     * Strips {@code thickness} (and clears {@code hasLithium} of pixels that run out) over {@code dt}.
     *
     * @return Li removed, summed over pixels, C/m2 of pixel area
     */
    double strip(CurrentDistribution j, double dt, InterfaceState state, double[] thickness, boolean[] hasLithium) {
        int pixels = thickness.length;
        double shortfall = 0;
        double removed = 0;
        for (int i = 0; i < pixels; i++) {
            shortfallWork[i] = 0;
            double ji = j.currentDensityAt(i);
            if (!state.active(i, false) || !(ji > 0)) {
                continue;
            }
            double want = ji * dt;
            double have = LithiumMetal.chargeCoulombsPerM2FromThicknessMeters(thickness[i]);
            if (want >= have) {
                removed += have;
                shortfall += want - have;
                thickness[i] = 0;
                hasLithium[i] = false;
            } else {
                removed += want;
                thickness[i] -= LithiumMetal.thicknessMetersFromChargeCoulombsPerM2(want);
                shortfallWork[i] = ji;
            }
        }
        for (int pass = 0; pass < 8 && shortfall > 0; pass++) {
            double weight = 0;
            for (int i = 0; i < pixels; i++) {
                weight += shortfallWork[i];
            }
            if (!(weight > 0)) {
                break;
            }
            double next = 0;
            for (int i = 0; i < pixels; i++) {
                if (shortfallWork[i] > 0) {
                    double want = shortfall * shortfallWork[i] / weight;
                    double have = LithiumMetal.chargeCoulombsPerM2FromThicknessMeters(thickness[i]);
                    if (want >= have) {
                        removed += have;
                        next += want - have;
                        thickness[i] = 0;
                        hasLithium[i] = false;
                        shortfallWork[i] = 0;
                    } else {
                        removed += want;
                        thickness[i] -= LithiumMetal.thicknessMetersFromChargeCoulombsPerM2(want);
                    }
                }
            }
            shortfall = next;
        }
        return removed;
    }
}
