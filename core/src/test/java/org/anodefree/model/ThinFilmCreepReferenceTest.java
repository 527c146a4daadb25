package org.anodefree.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The creep with its m = 3 fast path (the mobility as a cube, not {@code Math.pow}) against a plain
 * transcription of the scheme that calls {@code pow} everywhere: the same thicknesses to rounding.
 */
class ThinFilmCreepReferenceTest {
    private static final double D_REF = 1e-13;
    private static final double H_REF = 10e-6;
    private static final double H_SAT = 20e-6;
    private static final double H_WET = 1e-7;

    @Property(tries = 100)
    void theMobilityIsTheCubeLawToRounding(@ForAll @DoubleRange(min = 0, max = 40) double micrometers) {
        double h = micrometers * 1e-6;
        ThinFilmCreep c = new ThinFilmCreep(D_REF, H_REF, 3.0, H_SAT, H_WET, 15e6, 15e6, 6.6);
        double hs = Math.min(h, H_SAT);
        double reference = hs == 0 ? 0 : D_REF * Math.pow(hs / H_REF, 3.0);
        assertThat(c.mobilityM2PerSecond(h)).isCloseTo(reference, within(4e-16 * reference));
    }

    @Property(tries = 40)
    void relaxMatchesAPowBasedTranscriptionOfTheExplicitScheme(@ForAll @IntRange(min = 0, max = 10_000) int seed,
            @ForAll @DoubleRange(min = 1, max = 3000) double dt) {
        int w = 12;
        java.util.Random r = new java.util.Random(seed);
        double[] h = new double[w * w];
        boolean[] li = new boolean[w * w];
        for (int i = 0; i < h.length; i++) {
            h[i] = r.nextDouble() < 0.2 ? 0 : 30e-6 * r.nextDouble();
            li[i] = h[i] > 0;
        }
        double[] expected = h.clone();
        boolean[] expectedLi = li.clone();
        reference(expected, expectedLi, w, 10e-6, dt);
        new ThinFilmCreep(D_REF, H_REF, 3.0, H_SAT, H_WET, 15e6, 15e6, 6.6).relax(h, li, w, 10e-6, dt);
        for (int i = 0; i < h.length; i++) {
            assertThat(h[i]).isCloseTo(expected[i], within(1e-12 * H_SAT));
        }
    }

    /** The scheme as documented in ThinFilmCreep, with pow for the mobility; for comparison only. */
    private static void reference(double[] h, boolean[] li, int w, double dx, double dtTotal) {
        int n = h.length;
        double[] m = new double[n];
        double[] flow = new double[n];
        double left = dtTotal;
        for (int sub = 0; sub < LawNumerics.defaults().creepMaxSubsteps() && left > 0; sub++) {
            double dMax = 0;
            for (int i = 0; i < n; i++) {
                double hs = Math.min(Math.max(h[i], 0), H_SAT);
                m[i] = hs == 0 ? 0 : D_REF * Math.pow(hs / H_REF, 3.0);
                dMax = Math.max(dMax, m[i]);
            }
            if (dMax == 0) {
                break;
            }
            double dt = Math.min(left, 0.9 * dx * dx / (4 * dMax));
            left -= dt;
            double k = dt / (dx * dx);
            java.util.Arrays.fill(flow, 0);
            for (int row = 0; row < w; row++) {
                for (int col = 0; col < w; col++) {
                    int i = row * w + col;
                    int right = row * w + (col + 1) % w;
                    int below = ((row + 1) % w) * w + col;
                    double fr = 0.5 * (m[i] + m[right]) * (h[i] - h[right]) * k;
                    double fd = 0.5 * (m[i] + m[below]) * (h[i] - h[below]) * k;
                    flow[i] -= fr + fd;
                    flow[right] += fr;
                    flow[below] += fd;
                }
            }
            for (int i = 0; i < n; i++) {
                h[i] = Math.max(0, h[i] + flow[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            li[i] |= h[i] >= H_WET;
        }
    }
}
