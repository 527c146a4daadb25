package org.anodefree.current;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Exact reference cases: uniform current, Newman's disc, the kinetics-dominated limit. */
class CurrentSolverReferenceTest {
    private static final double SIGMA = 0.18;
    private static final double H = 10e-6;
    /**
     * Leading periodic-image correction to a contact's constriction resistance on a square lattice
     * of period W: -Z(1/2) / (2 pi sigma W), with Z(1/2) = 4 zeta(1/2) beta(1/2) = -3.9002649200 the
     * Epstein zeta value of the square lattice (Glasser and Zucker, Theor. Chem. 5 (1980) 67).
     */
    private static final double LATTICE = 3.9002649200 / (2 * Math.PI);

    @Test
    void uniformActivityGivesInterfacePotentialJLOverSigma() {
        double thickness = 650e-6;
        double j = 5.0;
        for (Kinetics k : new Kinetics[] {new LinearKinetics(2e-4), new ButlerVolmerKinetics(10, 0.5, 0.5, 298.15)}) {
            boolean[] all = new boolean[24 * 16];
            Arrays.fill(all, true);
            CurrentProblem p = CurrentProblem.periodic(24, 16, H, all, k, new Electrolyte(SIGMA, thickness),
                    new Control.Galvanostatic(j));
            CurrentDistribution d = CurrentSolver.solve(p);
            double expected = j * thickness / SIGMA;
            for (double phi : d.interfacePotentialVolts()) {
                assertThat(phi).isCloseTo(expected, within(1e-10 * expected));
            }
            assertThat(d.electrodePotentialVolts()).isCloseTo(expected + k.overpotentialVolts(j, 1), within(1e-10 * expected));
            assertThat(d.accessResistanceOhmM2()).isCloseTo(0.0, within(1e-10 * thickness / SIGMA));
        }
    }

    /** Constriction resistance of one disc, in units of 1 / (4 sigma a), lattice image term removed. */
    static double[] discResistance(int radiusPixels, int periodFactor) {
        int n = radiusPixels * periodFactor;
        double thickness = 10 * n * H;
        boolean[] disc = Interfaces.disc(n, radiusPixels);
        CurrentProblem p = CurrentProblem.periodic(n, n, H, disc, LinearKinetics.primary(),
                new Electrolyte(SIGMA, thickness), new Control.Galvanostatic(1.0));
        CurrentDistribution d = CurrentSolver.solve(p);
        double ohms = d.accessResistanceOhmM2() / (n * n * H * H) + LATTICE / (SIGMA * n * H);
        double radius = Math.sqrt(d.activePixelCount() / Math.PI) * H;
        return new double[] {ohms * 4 * SIGMA * radius, d.cgIterations(), d.activePixelCount()};
    }

    @Test
    void discAccessResistanceConvergesToOneOverFourSigmaA() {
        double previousError = Double.POSITIVE_INFINITY;
        System.out.println("disc access resistance, L = 10 W, W = 8 a: a/h, active pixels, R 4 sigma a, CG its");
        for (int a : new int[] {4, 8, 16, 32}) {
            double[] r = discResistance(a, 8);
            System.out.printf("  %3d %6d %.5f %4d%n", a, (int) r[2], r[0], (int) r[1]);
            double error = Math.abs(r[0] - 1);
            assertThat(error).isLessThan(previousError);
            previousError = error;
        }
        assertThat(previousError).isLessThan(0.01);
    }

    @Test
    void fastKineticsDiscFollowsNewmansDistribution() {
        int a = 32;
        int n = 8 * a;
        boolean[] disc = Interfaces.disc(n, a);
        CurrentProblem p = CurrentProblem.periodic(n, n, H, disc, new LinearKinetics(1e-6 * a * H / SIGMA),
                new Electrolyte(SIGMA, 10 * n * H), new Control.Galvanostatic(1.0));
        CurrentDistribution d = CurrentSolver.solve(p);
        double radius = Math.sqrt(d.activePixelCount() / Math.PI);
        double mean = d.meanLocalCurrentDensityAmpsPerM2();
        double worst = 0;
        for (int i = 0; i < n * n; i++) {
            double r = Interfaces.radiusFromCentre(n, i);
            if (disc[i] && r < 0.8 * radius) {
                double newman = 1 / (2 * Math.sqrt(1 - (r / radius) * (r / radius)));
                worst = Math.max(worst, Math.abs(d.currentDensityAt(i) / mean / newman - 1));
            }
        }
        System.out.printf("Newman disc a = %d px: worst deviation for r < 0.8 a: %.4f (%d CG iterations)%n", a, worst,
                d.cgIterations());
        assertThat(worst).isLessThan(0.05);
    }

    @Test
    void largeChargeTransferResistanceMakesCurrentUniformOverActivePixels() {
        int n = 32;
        boolean[] active = Interfaces.islands(n, n, 0.5, 3, 11);
        double thickness = 100 * H;
        double previousSpread = Double.POSITIVE_INFINITY;
        for (double ratio : new double[] {1, 100, 10_000}) {
            CurrentProblem p = CurrentProblem.periodic(n, n, H, active, new LinearKinetics(ratio * thickness / SIGMA),
                    new Electrolyte(SIGMA, thickness), new Control.Galvanostatic(3.0));
            CurrentDistribution d = CurrentSolver.solve(p);
            double spread = (d.quantileAmpsPerM2(1) - d.quantileAmpsPerM2(0)) / d.meanLocalCurrentDensityAmpsPerM2();
            System.out.printf("kinetics-dominated: R_ct sigma / L = %g, (max - min) / mean = %.3e%n", ratio, spread);
            assertThat(spread).isLessThan(previousSpread);
            previousSpread = spread;
            assertThat(d.meanLocalCurrentDensityAmpsPerM2()).isCloseTo(3.0 / d.activeFraction(), within(1e-9));
        }
        assertThat(previousSpread).isLessThan(1e-3);
    }
}
