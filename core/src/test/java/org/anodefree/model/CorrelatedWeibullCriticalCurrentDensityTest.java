package org.anodefree.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.hipparchus.distribution.continuous.WeibullDistribution;
import org.junit.jupiter.api.Test;

class CorrelatedWeibullCriticalCurrentDensityTest {

    @Test
    void marginalIsWeibullAndNeighboursAreCorrelated() {
        int w = 64;
        CorrelatedWeibullCriticalCurrentDensity law = new CorrelatedWeibullCriticalCurrentDensity(10, 3, org.anodefree.grid.PixelGrid.square(w, 10e-6), 100e-6);
        double[] t = new double[w * w];
        law.fill(3, RandomStream.VOID_THRESHOLD, t);
        double[] sorted = t.clone();
        Arrays.sort(sorted);
        WeibullDistribution weibull = new WeibullDistribution(3, 10);
        // the grid is rescaled to unit variance, so the empirical quantiles follow the marginal closely
        for (double q : new double[] {0.1, 0.5, 0.9}) {
            assertThat(sorted[(int) (q * sorted.length)]).isBetween(0.9 * weibull.inverseCumulativeProbability(q),
                    1.1 * weibull.inverseCumulativeProbability(q));
        }
        // lag-1 correlation of a 10-pixel correlation length is high; of white noise it is ~0
        assertThat(lagOneCorrelation(t, w)).isGreaterThan(0.8);
        new CorrelatedWeibullCriticalCurrentDensity(10, 3, org.anodefree.grid.PixelGrid.square(w, 10e-6), 0).fill(3, RandomStream.VOID_THRESHOLD, t);
        assertThat(Math.abs(lagOneCorrelation(t, w))).isLessThan(0.1);
    }

    private static double lagOneCorrelation(double[] t, int w) {
        double mean = Arrays.stream(t).average().orElseThrow();
        double num = 0;
        double den = 0;
        for (int r = 0; r < w; r++) {
            for (int c = 0; c < w; c++) {
                double a = t[r * w + c] - mean;
                num += a * (t[r * w + (c + 1) % w] - mean);
                den += a * a;
            }
        }
        return num / den;
    }
}
