package org.anodefree.current;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The two-grid stand-in for (G + d)^{-1}: symmetric, positive, and right at both ends of the spectrum. */
class CoarseShiftedInverseTest {
    private static final double H = 10e-6;
    private static final Electrolyte SLAB = new Electrolyte(0.18, 650e-6);
    private static final double SHIFT = 5e-4;

    @Test
    void isSymmetricAndPositive() {
        int n = 32;
        CoarseShiftedInverse m = new CoarseShiftedInverse(n, n, H, SLAB);
        SplittableRandom rnd = new SplittableRandom(3);
        for (int trial = 0; trial < 5; trial++) {
            double[] u = rnd.doubles(n * n, -1, 1).toArray();
            double[] v = rnd.doubles(n * n, -1, 1).toArray();
            double[] mu = u.clone();
            double[] mv = v.clone();
            m.apply(mu, SHIFT);
            m.apply(mv, SHIFT);
            double uMv = dot(u, mv);
            assertThat(dot(v, mu)).isCloseTo(uMv, within(1e-12 * Math.abs(uMv)));
            assertThat(dot(u, mu)).isPositive();
        }
    }

    /** A long wave gets the exact symbol 1 / (G(k) + d) to a few percent; the checkerboard gets about 1 / (G(k) + d) too. */
    @Test
    void matchesTheFourierSymbolForLongAndShortWaves() {
        int n = 64;
        CoarseShiftedInverse m = new CoarseShiftedInverse(n, n, H, SLAB);
        SlabOperator g = new SlabOperator(n, n, H, SLAB);
        for (int wave : new int[] {1, 2, 4, n / 2}) {
            double[] u = new double[n * n];
            for (int i = 0; i < u.length; i++) {
                u[i] = Math.cos(2 * Math.PI * wave * (i % n) / n);
            }
            double[] exact = u.clone();
            g.applyShiftedInverse(exact, SHIFT, exact);
            double[] approx = u.clone();
            m.apply(approx, SHIFT);
            double ratio = dot(approx, u) / dot(exact, u);
            assertThat(ratio).as("wave number %d", wave).isCloseTo(1.0, within(wave == n / 2 ? 0.1 : 0.03));
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
