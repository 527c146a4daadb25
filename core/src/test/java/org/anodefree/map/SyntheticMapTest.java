package org.anodefree.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.anodefree.InputException;
import org.junit.jupiter.api.Test;

class SyntheticMapTest {

    @Test
    void fieldIsStandardisedAndDeterministic() {
        double[] a = GaussianRandomField.generate(64, 48, 5, 42);
        double[] b = GaussianRandomField.generate(64, 48, 5, 42);
        assertThat(a).isEqualTo(b);
        double mean = 0;
        double var = 0;
        for (double v : a) {
            mean += v;
        }
        mean /= a.length;
        for (double v : a) {
            var += (v - mean) * (v - mean);
        }
        assertThat(mean).isCloseTo(0, within(1e-12));
        assertThat(var / a.length).isCloseTo(1, within(1e-12));
        assertThat(GaussianRandomField.generate(64, 48, 5, 43)).isNotEqualTo(a);
    }

    @Test
    void correlationFallsAsTheGaussianCovarianceSays() {
        // Ensemble of periodic fields: C(r) = exp(-r^2 / (2 l^2)).
        int n = 128;
        double l = 6;
        double[] sum = new double[3];
        int[] lags = {0, 6, 12};
        int fields = 20;
        for (int s = 0; s < fields; s++) {
            double[] z = GaussianRandomField.generate(n, n, l, s);
            for (int k = 0; k < lags.length; k++) {
                double c = 0;
                for (int r = 0; r < n; r++) {
                    for (int col = 0; col < n; col++) {
                        c += z[r * n + col] * z[r * n + (col + lags[k]) % n];
                    }
                }
                sum[k] += c / (n * n);
            }
        }
        assertThat(sum[0] / fields).isCloseTo(1.0, within(1e-9));
        assertThat(sum[1] / fields).isCloseTo(Math.exp(-0.5), within(0.08));
        assertThat(sum[2] / fields).isCloseTo(Math.exp(-2), within(0.08));
    }

    @Test
    void thicknessHasTheRequestedMeanAndSpread() {
        for (ThicknessDistribution d : ThicknessDistribution.values()) {
            ThicknessMap m = new SyntheticMap(256, 256, 1e-6, 25e-6, 0.3, 5e-6, 0, d, 3).generate();
            MapStatistics s = m.statistics();
            assertThat(s.meanMeters()).as(d.name()).isCloseTo(25e-6, within(0.3e-6));
            assertThat(s.minMeters()).isGreaterThan(5e-6);
            // cv of the whole map: 0.3 * (mean - floor) / mean
            assertThat(s.coefficientOfVariation()).isCloseTo(0.3 * 20 / 25, within(0.02));
        }
    }

    @Test
    void impossibleRecipesAreRejected() {
        assertThatThrownBy(() -> new SyntheticMap(10, 10, 1e-6, 25e-6, 0.3, 30e-6, 0, ThicknessDistribution.GAMMA, 1))
                .isInstanceOf(InputException.class).hasMessageContaining("floor");
        assertThatThrownBy(() -> new SyntheticMap(10, 10, 1e-6, -1, 0.3, 0, 0, ThicknessDistribution.GAMMA, 1))
                .isInstanceOf(InputException.class).hasMessageContaining("mean");
    }

    @Test
    void fitReachesReachableTargets() {
        // Targets produced by a known recipe are recovered by the fit from another starting point.
        SyntheticMap truth = new SyntheticMap(96, 96, 2e-6, 25e-6, 0.45, 6e-6, 10e-6, ThicknessDistribution.LOGNORMAL, 1);
        StrippingAnalysis a = StrippingAnalysis.of(truth.generate());
        SyntheticMapFit.Target t1 = new SyntheticMapFit.Target(0.5, a.atStrippedFraction(0.5).activeFraction());
        SyntheticMapFit.Target t2 = new SyntheticMapFit.Target(0.85, a.atStrippedFraction(0.85).activeFraction());
        SyntheticMap start = new SyntheticMap(96, 96, 2e-6, 25e-6, 0.25, 2e-6, 10e-6, ThicknessDistribution.LOGNORMAL, 1);
        SyntheticMapFit.Result r = SyntheticMapFit.fit(start, new long[] {1}, t1, t2);
        assertThat(r.medianActive()[0]).isCloseTo(t1.activeFraction(), within(0.01));
        assertThat(r.medianActive()[1]).isCloseTo(t2.activeFraction(), within(0.01));
    }

    @Test
    void tabulatedGammaMatchesTheExactInverse() {
        double[] z = GaussianRandomField.generate(64, 64, 0, 9);
        double[] t = ThicknessDistribution.GAMMA.fromStandardNormal(z, 20e-6, 0.5);
        org.hipparchus.distribution.continuous.GammaDistribution g =
                new org.hipparchus.distribution.continuous.GammaDistribution(4, 0.25);
        for (int i = 0; i < z.length; i += 37) {
            double u = 0.5 * org.hipparchus.special.Erf.erfc(-z[i] / Math.sqrt(2));
            assertThat(t[i]).isCloseTo(20e-6 * g.inverseCumulativeProbability(u), within(1e-6 * 20e-6));
        }
    }
}
