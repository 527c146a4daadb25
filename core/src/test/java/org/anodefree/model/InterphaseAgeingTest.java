package org.anodefree.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.anodefree.grid.PixelGrid;
import org.anodefree.units.LithiumMetal;
import org.junit.jupiter.api.Test;

/** A run's interphase clocks: the law's loss per pixel, in proportion to contact, restarting where there is no Li. */
class InterphaseAgeingTest {
    private static final double K = 1.82;

    /** A contact field with given fractions. */
    private static VoidLaw.Contact contact(double... c) {
        VoidLaw.Contact full = new VoidLaw.None().start(1, PixelGrid.square(2, 1e-5));
        return new VoidLaw.Contact() {
            @Override
            public double at(int i) {
                return c[i];
            }

            @Override
            public double strandedContact() {
                return full.strandedContact();
            }

            @Override
            public void evolve(double[] j, double[] h, boolean[] hasLithium, double dt) {
            }

            @Override
            public double stableStepSeconds(double[] j, double[] h, boolean[] hasLithium, double fraction) {
                return Double.POSITIVE_INFINITY;
            }

            @Override
            public double[] toArray() {
                return c.clone();
            }
        };
    }

    @Test
    void agingTakesTheLawsLossFromEachPixelAndRestartsWhereThereIsNoLi() {
        double h0 = 1e-6;
        double[] h = {h0, h0, 0, 1e-13};      // pixel 3 holds less Li than the interphase wants
        boolean[] li = {true, true, false, true};
        VoidLaw.Contact c = contact(1, 0.5, 1, 1); // half of pixel 1's Li surface touches the electrolyte
        InterphaseAgeing ageing = new ParabolicInterphase(K, 0).start(4);
        double q0 = LithiumMetal.chargeCoulombsPerM2FromThicknessMeters(h0);
        double before = LithiumMetal.chargeCoulombsPerM2FromThicknessMeters(h[0] + h[1] + h[3]);
        double lost = ageing.consume(3600, h, li, c);
        double full = K * 60;                 // C/m2 in the first hour
        assertThat(LithiumMetal.chargeCoulombsPerM2FromThicknessMeters(h[0])).isCloseTo(q0 - full, within(1e-9));
        assertThat(LithiumMetal.chargeCoulombsPerM2FromThicknessMeters(h[1])).isCloseTo(q0 - full / 2, within(1e-9));
        assertThat(ageing.ageSeconds(0)).isEqualTo(3600);
        assertThat(ageing.ageSeconds(2)).isZero();
        assertThat(h[3]).isZero();
        assertThat(li[3]).isTrue();
        double after = LithiumMetal.chargeCoulombsPerM2FromThicknessMeters(h[0] + h[1] + h[3]);
        assertThat(lost).isPositive().isCloseTo(before - after, within(1e-12 * q0));
        // the second hour costs less than the first: k (sqrt(2 h) - sqrt(1 h))
        double h1 = h[0];
        ageing.consume(3600, h, li, c);
        double second = LithiumMetal.chargeCoulombsPerM2FromThicknessMeters(h1 - h[0]);
        assertThat(second).isCloseTo(K * (Math.sqrt(7200) - 60), within(1e-9)).isLessThan(full);
        // a pixel that lost its Li restarts: back with Li, its first hour costs the full first-hour loss again
        li[2] = true;
        h[2] = h0;
        ageing.consume(3600, h, li, c);
        assertThat(LithiumMetal.chargeCoulombsPerM2FromThicknessMeters(h[2])).isCloseTo(q0 - full, within(1e-9));
    }
}
