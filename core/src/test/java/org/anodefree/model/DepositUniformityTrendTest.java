package org.anodefree.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.anodefree.units.LithiumMetal;
import org.junit.jupiter.api.Test;

/**
 * The design claim of docs/model.md, section 7, checked on the laws alone: with a thickness-contact
 * feedback against creep flattening, plating the same capacity at a higher current leaves a less
 * uniform deposit (row F2's trend). Current is split in proportion to the local exchange-current
 * factor (the kinetics-limited limit, no electrolyte coupling), which is enough to show the sign.
 */
class DepositUniformityTrendTest {

    private static double coefficientOfVariationAfterPlating(double currentAmpsPerM2, double capacityCoulombsPerM2) {
        return coefficientOfVariationAfterPlating(currentAmpsPerM2, capacityCoulombsPerM2,
                new ThinFilmCreep(1e-11, 10e-6, 3.0, 20e-6, 1e-7, 15e6, 15e6, 6.6));
    }

    private static double coefficientOfVariationAfterPlating(double currentAmpsPerM2, double capacityCoulombsPerM2,
            DepositRelaxation creep) {
        int n = 32 * 32;
        double[] het = new double[n];
        new LognormalHeterogeneity(0.3, 40e-6).fill(5, 32, 32, 10e-6, het);
        ContactFeedback feedback = new ThicknessContactFeedback(0.5);
        double[] h = new double[n];
        boolean[] li = new boolean[n];
        java.util.Arrays.fill(li, true);
        double[] w = new double[n];
        DepositRelaxation.Flow flow = creep.start(org.anodefree.grid.PixelGrid.square(32, 10e-6));
        // Equal capacity per step at both currents, so without creep the two runs do identical arithmetic.
        int steps = 2000;
        double dt = capacityCoulombsPerM2 / currentAmpsPerM2 / steps;
        for (int s = 0; s < steps; s++) {
            double mean = 0;
            for (double v : h) {
                mean += v / n;
            }
            double wsum = 0;
            for (int i = 0; i < n; i++) {
                w[i] = het[i] * feedback.factor(h[i], mean);
                wsum += w[i];
            }
            for (int i = 0; i < n; i++) {
                double j = currentAmpsPerM2 * w[i] * n / wsum;
                h[i] += LithiumMetal.growthRateMetersPerSecond(j) * dt;
            }
            flow.relax(h, li, dt);
        }
        double mean = 0;
        for (double v : h) {
            mean += v / n;
        }
        double var = 0;
        for (double v : h) {
            var += (v - mean) * (v - mean) / n;
        }
        return Math.sqrt(var) / mean;
    }

    @Test
    void higherCurrentLeavesALessUniformDepositAtEqualCapacity() {
        double q = 1.0 * LithiumMetal.COULOMBS_PER_M2_PER_MAH_PER_CM2;
        double low = coefficientOfVariationAfterPlating(5.0, q);   // 0.5 mA/cm2
        double high = coefficientOfVariationAfterPlating(15.0, q); // 1.5 mA/cm2
        // Thin-film creep with D = 1e-11 m2/s at 10 um on a 32 x 32 grid of 10 um pixels.
        assertThat(high).isGreaterThan(1.5 * low);
        // Without the creep law the two are identical: the shape then depends on capacity only.
        double lowNoCreep = coefficientOfVariationAfterPlating(5.0, q, new DepositRelaxation.None());
        double highNoCreep = coefficientOfVariationAfterPlating(15.0, q, new DepositRelaxation.None());
        assertThat(highNoCreep).isCloseTo(lowNoCreep, org.assertj.core.data.Offset.offset(1e-9));
    }
}
