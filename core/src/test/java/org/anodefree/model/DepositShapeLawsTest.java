package org.anodefree.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class DepositShapeLawsTest {

    @Test
    void feedbackIsOneAtTheMeanAndGrowsWithThickness() {
        ThicknessContactFeedback f = new ThicknessContactFeedback(0.5);
        assertThat(f.factor(10e-6, 10e-6)).isEqualTo(1.0);
        assertThat(f.factor(15e-6, 10e-6)).isCloseTo(1 + 0.5 * Math.tanh(0.5), within(1e-12));
        assertThat(f.factor(0.0, 10e-6)).isCloseTo(1 - 0.5 * Math.tanh(1.0), within(1e-12));
        assertThat(f.factor(1.0, 10e-6)).isLessThanOrEqualTo(1.5); // bounded: contact cannot exceed full contact
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ThicknessContactFeedback(1.0))
                .isInstanceOf(org.anodefree.InputException.class);
        assertThat(f.factor(5e-6, 0.0)).isEqualTo(1.0); // nothing plated yet
        assertThat(new ContactFeedback.None().factor(1, 2)).isEqualTo(1.0);
    }

    private static ThinFilmCreep creep(double diffusivity, double pressure) {
        return new ThinFilmCreep(diffusivity, 10e-6, 3.0, 20e-6, 1e-7, 15e6, pressure, 6.6);
    }

    @Test
    void mobilityGrowsAsTheCubeOfThicknessUpToSaturationAndWithPressureToTheCreepExponent() {
        ThinFilmCreep c = creep(1e-13, 15e6);
        assertThat(c.mobilityM2PerSecond(10e-6)).isCloseTo(1e-13, within(1e-27));
        assertThat(c.mobilityM2PerSecond(5e-6)).isCloseTo(1e-13 / 8, within(1e-27));
        assertThat(c.mobilityM2PerSecond(300e-6)).isEqualTo(c.mobilityM2PerSecond(20e-6));
        assertThat(c.mobilityM2PerSecond(0)).isZero();
        assertThat(creep(1e-13, 6e6).mobilityM2PerSecond(10e-6))
                .isCloseTo(1e-13 * Math.pow(6.0 / 15.0, 6.6), within(1e-30));
        double[] h = {1e-6, 9e-6, 0, 0};
        creep(1e-13, 0).relax(h, new boolean[] {true, true, false, false}, 2, 10e-6, 1e9);
        assertThat(h).containsExactly(1e-6, 9e-6, 0, 0); // no pressure, no flow
    }

    @Test
    void aPileSpreadsOntoBareCollectorAtAFiniteSpeed() {
        int w = 32;
        double[] h = new double[w * w];
        boolean[] li = new boolean[w * w];
        h[16 * w + 16] = 20e-6;
        li[16 * w + 16] = true;
        creep(1e-13, 15e6).relax(h, li, w, 10e-6, 600);
        int wet = 0;
        for (boolean b : li) {
            wet += b ? 1 : 0;
        }
        assertThat(wet).isGreaterThan(1);           // the neighbours now hold Li
        assertThat(h[16 * w + 16]).isLessThan(20e-6);
        assertThat(h[0]).isZero();                  // 160 um away nothing has arrived
        assertThat(li[0]).isFalse();
    }

    /**
     * Li is moved, never made, and each new thickness is a convex combination of old ones: the total is
     * conserved, nothing goes negative, the maximum never rises and the minimum never falls.
     */
    @Property(tries = 200)
    void conservesLithiumAndObeysTheMaximumPrinciple(
            @ForAll @Size(value = 64) java.util.List<@DoubleRange(min = 0, max = 60) Double> micrometers,
            @ForAll @DoubleRange(min = 0.01, max = 1e5) double dt,
            @ForAll @DoubleRange(min = -15, max = -11) double log10Diffusivity) {
        double diffusivity = Math.pow(10, log10Diffusivity);
        double[] h = micrometers.stream().mapToDouble(um -> um < 5 ? 0 : um * 1e-6).toArray();
        boolean[] li = new boolean[h.length];
        double before = 0;
        double max = 0;
        double min = Double.MAX_VALUE;
        for (int i = 0; i < h.length; i++) {
            li[i] = h[i] > 0;
            before += h[i];
            max = Math.max(max, h[i]);
            min = Math.min(min, h[i]);
        }
        creep(diffusivity, 15e6).relax(h, li, 8, 10e-6, dt);
        double after = 0;
        for (int i = 0; i < h.length; i++) {
            assertThat(h[i]).isBetween(min * (1 - 1e-12), max * (1 + 1e-12));
            assertThat(li[i]).isEqualTo(li[i] || h[i] >= 1e-7);
            after += h[i];
        }
        assertThat(after).isCloseTo(before, within(1e-12 * Math.max(before, 1e-30) + 1e-25));
    }
}
