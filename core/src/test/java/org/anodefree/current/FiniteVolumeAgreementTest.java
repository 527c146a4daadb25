package org.anodefree.current;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The FFT slab solve against an independent 3D finite-volume solve of the same slab. */
class FiniteVolumeAgreementTest {

    @Test
    void localCurrentDensityAgreesWithThreeDimensionalFiniteVolumeToOnePercent() {
        int n = 32;
        double h = 10e-6;
        Electrolyte slab = new Electrolyte(0.18, 8 * h);
        // R_ct = 5 h / sigma: 2.8 Ohm cm2 at 10 um pixels and 1.8 mS/cm, a realistic Li | LPSCl value.
        double rct = 5 * h / slab.conductivitySiemensPerMeter();
        boolean[] active = new boolean[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                active[y * n + x] = (x - 12) * (x - 12) + (y - 14) * (y - 14) < 70
                        || (x - 24) * (x - 24) + (y - 22) * (y - 22) < 30;
            }
        }
        double[] resistance = new double[n * n];
        for (int i = 0; i < resistance.length; i++) {
            resistance[i] = active[i] ? rct : Double.POSITIVE_INFINITY;
        }
        double[] reference = new FiniteVolumeSlab(n, n, 32, h, slab, resistance).solve(1.0, 1e-10);
        CurrentDistribution fft = CurrentSolver.solve(CurrentProblem.periodic(n, n, h, active, new LinearKinetics(rct),
                slab, new Control.Potentiostatic(1.0)));
        double worst = 0;
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n * n; i++) {
            if (active[i]) {
                worst = Math.max(worst, Math.abs(fft.currentDensityAt(i) / reference[i] - 1));
                max = Math.max(max, reference[i]);
                min = Math.min(min, reference[i]);
            } else {
                assertThat(fft.currentDensityAt(i)).isZero();
            }
        }
        System.out.printf("FFT vs 3D finite volume: max relative difference %.4f, current max/min %.3f%n", worst, max / min);
        assertThat(max / min).as("the case must be non-uniform to mean anything").isGreaterThan(1.3);
        assertThat(worst).isLessThan(0.01);
    }
}
