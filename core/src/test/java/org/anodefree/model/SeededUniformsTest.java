package org.anodefree.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.UniformRealDistribution;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

class SeededUniformsTest {

    @Test
    void sameInputsSameBitsAndStreamsAreIndependent() {
        assertThat(SeededUniforms.bits(7, 1, 123)).isEqualTo(SeededUniforms.bits(7, 1, 123));
        assertThat(SeededUniforms.bits(7, 1, 123)).isNotEqualTo(SeededUniforms.bits(7, 2, 123));
        assertThat(SeededUniforms.bits(7, 1, 123)).isNotEqualTo(SeededUniforms.bits(8, 1, 123));
        assertThat(SeededUniforms.bits(7, 1, 123)).isNotEqualTo(SeededUniforms.bits(7, 1, 124));
        // Swapping stream and index must not give the same number.
        assertThat(SeededUniforms.bits(7, 3, 5)).isNotEqualTo(SeededUniforms.bits(7, 5, 3));
    }

    @Test
    void uniformsAreUniformAndNormalsNormal() {
        int n = 50_000;
        double[] u = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = SeededUniforms.uniform(42, 9, i);
            z[i] = SeededUniforms.normal(42, 10, i);
            assertThat(u[i]).isGreaterThan(0.0).isLessThan(1.0);
        }
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        // Fixed seed: the p-values are fixed numbers, so this cannot flake; a broken mixer fails by far.
        assertThat(ks.kolmogorovSmirnovTest(new UniformRealDistribution(0, 1), u)).isGreaterThan(1e-3);
        assertThat(ks.kolmogorovSmirnovTest(new NormalDistribution(0, 1), z)).isGreaterThan(1e-3);
        // Consecutive indices are uncorrelated (a weak mixer shows lag-1 correlation).
        double c = 0;
        for (int i = 1; i < n; i++) {
            c += (u[i] - 0.5) * (u[i - 1] - 0.5);
        }
        assertThat(c / (n - 1) * 12).isCloseTo(0.0, within(0.02));
    }
}
