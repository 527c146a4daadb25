package org.anodefree.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.anodefree.units.LithiumMetal;
import org.junit.jupiter.api.Test;

class CreepLimitedVoidsTest {
    /** Thick-foil threshold 10 A/m2 at 7 MPa, exponent 1.9, resupply limited below 20 um, delta 1 um, tau 600 s. */
    private static CreepLimitedVoids law(double pressure) {
        return new CreepLimitedVoids(20e-6, 1.0, 7e6, pressure, 1.9, 1e-6, 600, 0.05, null);
    }

    @Test
    void criticalCurrentFollowsPressureAndFallsAsTheLayerThins() {
        CreepLimitedVoids v = law(7e6);
        assertThat(v.criticalCurrentDensity(10, 300e-6)).isCloseTo(10, within(1e-12));
        assertThat(v.criticalCurrentDensity(10, 5e-6)).isCloseTo(2.5, within(1e-12));
        assertThat(v.criticalCurrentDensity(10, 0)).isZero();
        assertThat(law(15e6).criticalCurrentDensity(10, 300e-6)).isCloseTo(10 * Math.pow(15 / 7.0, 1.9), within(1e-9));
        assertThat(law(3e6).criticalCurrentDensity(10, 300e-6) / v.criticalCurrentDensity(10, 300e-6))
                .isCloseTo(0.2, within(0.01)); // Kasemchainan et al.: 0.2 vs 1.0 mA/cm2
    }

    @Test
    void contactDecaysExactlyAtTheRateOfTheExcessCurrent() {
        CreepLimitedVoids v = law(7e6);
        double[] c = {1.0};
        double excess = 30 - 10; // 3 mA/cm2 against 1 mA/cm2 on a thick foil
        v.evolve(new double[] {30}, new double[] {300e-6}, new boolean[] {true}, new double[] {10}, c, 100);
        double rate = excess * LithiumMetal.MOLAR_VOLUME_M3_PER_MOL / LithiumMetal.FARADAY_COULOMBS_PER_MOL / 1e-6;
        assertThat(c[0]).isCloseTo(Math.exp(-rate * 100), within(1e-12));
        assertThat(v.stableStepSeconds(new double[] {30}, new double[] {300e-6}, new boolean[] {true},
                new double[] {10}, new double[] {1.0}, 0.1)).isCloseTo(0.1 / rate, within(1e-9));
    }

    @Test
    void voidsRefillAtRestAndFasterWhilePlating() {
        CreepLimitedVoids v = law(7e6);
        double[] rest = {0.2};
        v.evolve(new double[] {0}, new double[] {300e-6}, new boolean[] {true}, new double[] {10}, rest, 600);
        assertThat(rest[0]).isCloseTo(1 - 0.8 * Math.exp(-1), within(1e-12));
        double[] plating = {0.2};
        v.evolve(new double[] {-5}, new double[] {300e-6}, new boolean[] {true}, new double[] {10}, plating, 600);
        assertThat(plating[0]).isGreaterThan(rest[0]).isLessThanOrEqualTo(1.0);
        double[] thin = {0.2};
        v.evolve(new double[] {0}, new double[] {2e-6}, new boolean[] {true}, new double[] {10}, thin, 600);
        assertThat(thin[0]).isLessThan(rest[0]); // a thin film refills more slowly
        double[] bare = {0.3};
        v.evolve(new double[] {0}, new double[] {0}, new boolean[] {false}, new double[] {10}, bare, 1);
        assertThat(bare[0]).isEqualTo(1.0);
    }

    /** Issue 5's property: an interface stripped below its void threshold everywhere never loses contact. */
    @Property(tries = 200)
    void noVoidsBelowTheThreshold(@ForAll @DoubleRange(min = 0, max = 1) double share,
            @ForAll @DoubleRange(min = 20, max = 1000) double thicknessMicrometers,
            @ForAll @DoubleRange(min = 1, max = 1e5) double dt) {
        CreepLimitedVoids v = law(15e6);
        double thickness = thicknessMicrometers * 1e-6;
        double[] threshold = {3, 8, 12, 40};
        double[] j = new double[4];
        double[] h = new double[4];
        for (int i = 0; i < 4; i++) {
            j[i] = share * v.criticalCurrentDensity(threshold[i], thickness);
            h[i] = thickness;
        }
        double[] c = new double[4];
        Arrays.fill(c, 1.0);
        boolean[] li = {true, true, true, true};
        v.evolve(j, h, li, threshold, c, dt);
        assertThat(c).containsOnly(1.0);
    }

    /** Contact stays in [0, 1] whatever the current, thickness and step. */
    @Property(tries = 300)
    void contactStaysInTheUnitInterval(@ForAll @DoubleRange(min = -100, max = 100) double j,
            @ForAll @DoubleRange(min = 0, max = 1) double c0, @ForAll @DoubleRange(min = 0, max = 1000) double um,
            @ForAll @DoubleRange(min = 0, max = 1e6) double dt) {
        double[] c = {c0};
        law(15e6).evolve(new double[] {j}, new double[] {um * 1e-6}, new boolean[] {true}, new double[] {10}, c, dt);
        assertThat(c[0]).isBetween(0.0, 1.0);
    }
}
