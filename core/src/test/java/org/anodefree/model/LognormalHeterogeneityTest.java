package org.anodefree.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.anodefree.map.GaussianRandomField;
import org.junit.jupiter.api.Test;

class LognormalHeterogeneityTest {

    /** Mean correlation of log-factors at a lag of {@code lag} pixels along x and y, over several seeds. */
    private static double correlationAtLag(double ellPixels, int lag, int size, int seeds) {
        double sum = 0;
        int count = 0;
        for (int s = 0; s < seeds; s++) {
            double[] g = GaussianRandomField.generate(size, size, ellPixels, LognormalHeterogeneity.streamSeed(s));
            for (int r = 0; r < size; r++) {
                for (int c = 0; c < size; c++) {
                    double v = g[r * size + c];
                    sum += v * g[r * size + (c + lag) % size] + v * g[((r + lag) % size) * size + c];
                    count += 2;
                }
            }
        }
        return sum / count;
    }

    @Test
    void fieldHasGaussianCovarianceWithTheGivenCorrelationLength() {
        // Covariance exp(-r^2 / (2 ell^2)): exp(-1/2) = 0.607 at r = ell, exp(-2) = 0.135 at r = 2 ell.
        assertThat(correlationAtLag(6, 6, 128, 6)).isCloseTo(Math.exp(-0.5), within(0.06));
        assertThat(correlationAtLag(6, 12, 128, 6)).isCloseTo(Math.exp(-2), within(0.06));
        assertThat(correlationAtLag(0, 1, 128, 2)).isCloseTo(0.0, within(0.02));
    }

    @Test
    void factorsHaveMeanOneAndTheGivenLogSpreadBitIdenticallyForASeed() {
        LognormalHeterogeneity h = new LognormalHeterogeneity(0.4, 50e-6);
        int w = 96;
        int ht = 64;
        double[] a = new double[w * ht];
        h.fill(7, w, ht, 10e-6, a);
        double mean = 0;
        double logMean = 0;
        for (double v : a) {
            assertThat(v).isPositive();
            mean += v / a.length;
            logMean += Math.log(v) / a.length;
        }
        double logVar = 0;
        for (double v : a) {
            logVar += Math.pow(Math.log(v) - logMean, 2) / a.length;
        }
        assertThat(Math.sqrt(logVar)).isCloseTo(0.4, within(1e-12)); // exact: the Gaussian is standardised
        assertThat(logMean).isCloseTo(-0.08, within(1e-12));
        assertThat(mean).isCloseTo(1.0, within(0.05));
        double[] b = new double[w * ht];
        h.fill(7, w, ht, 10e-6, b);
        assertThat(b).isEqualTo(a);
        // The correlation length is physical: halving the pixel and the length in pixels gives the same field.
        double[] c = new double[w * ht];
        new LognormalHeterogeneity(0.4, 25e-6).fill(7, w, ht, 5e-6, c);
        assertThat(c).isEqualTo(a);
    }

    @Test
    void noOpIsUniform() {
        double[] out = new double[12];
        new InterfaceHeterogeneity.None().fill(3, 4, 3, 1e-5, out);
        assertThat(out).containsOnly(1.0);
        double[] zero = new double[12];
        new LognormalHeterogeneity(0.0, 1e-4).fill(3, 4, 3, 1e-5, zero);
        assertThat(zero).containsOnly(1.0);
    }
}
