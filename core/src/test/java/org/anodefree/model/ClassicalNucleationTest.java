package org.anodefree.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.anodefree.InputException;
import org.junit.jupiter.api.Test;

class ClassicalNucleationTest {
    private final ClassicalNucleation law = new ClassicalNucleation(0.05, 2.0);

    @Test
    void rateFollowsTheClassicalBarrier() {
        assertThat(law.ratePerSecond(0.05)).isCloseTo(2.0 / Math.E, within(1e-15));
        assertThat(law.ratePerSecond(0.1)).isCloseTo(2.0 * Math.exp(-0.25), within(1e-15));
        assertThat(law.ratePerSecond(0.0)).isZero();
        assertThat(law.ratePerSecond(-0.1)).isZero();
        // Steep below eta_n: at half of it the rate is e^-4 of the attempt rate.
        assertThat(law.ratePerSecond(0.025)).isCloseTo(2.0 * Math.exp(-4), within(1e-15));
    }

    @Test
    void probabilityIsOneMinusExpOfRateTimesDt() {
        assertThat(law.probability(0.05, 0.5)).isCloseTo(1 - Math.exp(-0.5 * 2 / Math.E), within(1e-15));
        assertThat(law.probability(0.05, 1e-12)).isCloseTo(1e-12 * 2 / Math.E, within(1e-24));
        assertThat(law.probability(0.2, 1e9)).isEqualTo(1.0);
        double prev = 0;
        for (int i = 1; i <= 100; i++) {
            double p = law.probability(i * 0.002, 1.0);
            assertThat(p).isGreaterThanOrEqualTo(prev);
            prev = p;
        }
    }

    @Test
    void nucleatesTheExpectedFractionReproduciblyInAnyOrder() {
        int n = 40_000;
        double[] eta = new double[n];
        java.util.Arrays.fill(eta, 0.05);
        boolean[] a = new boolean[n];
        int count = law.nucleate(eta, a, 0.5, 1234, 17);
        double p = law.probability(0.05, 0.5);
        double sd = Math.sqrt(n * p * (1 - p));
        assertThat((double) count).isCloseTo(n * p, within(5 * sd));
        // Reference: visit pixels in reverse order, drawing each pixel's own uniform.
        long stream = RandomStream.NUCLEATION.id() ^ (17L * 0x9E3779B97F4A7C15L);
        for (int i = n - 1; i >= 0; i--) {
            assertThat(a[i]).isEqualTo(SeededUniforms.uniform(1234, stream, i) < p);
        }
        boolean[] b = new boolean[n];
        law.nucleate(eta, b, 0.5, 1234, 17);
        assertThat(b).isEqualTo(a);
        boolean[] other = new boolean[n];
        law.nucleate(eta, other, 0.5, 1234, 18);
        assertThat(other).isNotEqualTo(a); // a new step draws new numbers
    }

    @Test
    void pixelsWithLithiumAndAnodicPixelsNeverNucleate() {
        boolean[] has = {true, false, false};
        int count = law.nucleate(new double[] {1.0, -1.0, 0.0}, has, 1e6, 1, 1);
        assertThat(count).isZero();
        assertThat(has).containsExactly(true, false, false);
    }

    @Test
    void noOpLawNucleatesEveryPlatingPixelAtOnce() {
        NucleationLaw none = new NucleationLaw.None();
        boolean[] has = new boolean[3];
        assertThat(none.nucleate(new double[] {1e-9, 0.0, -1.0}, has, 1e-9, 5, 0)).isEqualTo(1);
        assertThat(has).containsExactly(true, false, false);
    }

    @Test
    void rejectsNonPhysicalParameters() {
        assertThatThrownBy(() -> new ClassicalNucleation(0, 1)).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> new ClassicalNucleation(0.05, -1)).isInstanceOf(InputException.class);
    }
}
