package org.anodefree.current;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.anodefree.InputException;
import org.junit.jupiter.api.Test;

/** Butler-Volmer solves, control consistency, warm starts, padding and summary numbers. */
class CurrentSolverTest {
    private static final double H = 10e-6;
    private static final Electrolyte SLAB = new Electrolyte(0.18, 650e-6);
    private static final ButlerVolmerKinetics BV = new ButlerVolmerKinetics(5.0, 0.3, 0.7, 298.15);

    private static CurrentProblem islands(Kinetics k, Control c, long seed) {
        return CurrentProblem.periodic(64, 64, H, Interfaces.islands(64, 64, 0.5, 5, seed), k, SLAB, c);
    }

    @Test
    void butlerVolmerSolutionSatisfiesKineticsAtEveryActivePixel() {
        CurrentProblem p = islands(BV, new Control.Galvanostatic(-15.0), 5);
        CurrentDistribution d = CurrentSolver.solve(p);
        double[] phi = d.interfacePotentialVolts();
        for (int i = 0; i < phi.length; i++) {
            if (d.isActive(i)) {
                double eta = d.electrodePotentialVolts() - phi[i];
                assertThat(BV.currentDensityAmpsPerM2(eta, 1.0)).isCloseTo(d.currentDensityAt(i),
                        within(1e-8 * 30));
            }
        }
        assertThat(d.newtonIterations()).isBetween(1, 20);
        assertThat(d.maxLocalCurrentDensityAmpsPerM2()).isNegative();
    }

    @Test
    void potentiostaticSolveAtTheGalvanostaticPotentialGivesTheSameDistribution() {
        for (Kinetics k : new Kinetics[] {BV, new LinearKinetics(5e-4)}) {
            CurrentDistribution galv = CurrentSolver.solve(islands(k, new Control.Galvanostatic(8.0), 9));
            CurrentDistribution pot = CurrentSolver.solve(islands(k,
                    new Control.Potentiostatic(galv.electrodePotentialVolts()), 9));
            for (int i = 0; i < 64 * 64; i++) {
                assertThat(pot.currentDensityAt(i)).isCloseTo(galv.currentDensityAt(i), within(1e-7));
            }
        }
    }

    @Test
    void warmStartGivesTheColdAnswerInFewerIterations() {
        for (Kinetics k : new Kinetics[] {BV, new LinearKinetics(5e-4)}) {
            CurrentProblem first = islands(k, new Control.Galvanostatic(5.0), 21);
            CurrentSolver solver = new CurrentSolver(first);
            CurrentDistribution previous = solver.solve(first, null);
            double[] contact = first.contactFraction();
            for (int i = 0; i < contact.length; i += 37) {
                contact[i] = 0.0;
            }
            CurrentProblem next = new CurrentProblem(64, 64, H, contact, k, SLAB, new Control.Galvanostatic(5.5), 1);
            CurrentDistribution cold = solver.solve(next, null);
            CurrentDistribution warm = solver.solve(next, previous);
            for (int i = 0; i < contact.length; i++) {
                assertThat(warm.currentDensityAt(i)).isCloseTo(cold.currentDensityAt(i), within(1e-7));
            }
            // Linear kinetics from a uniform start converge about as fast here: the projection takes out
            // the uniform mode that made cold starts slow.
            assertThat(warm.cgIterations()).isLessThanOrEqualTo(cold.cgIterations());
        }
    }

    /**
     * On the same active set the previous potential is still G j, so a warm start costs no
     * transform; linear kinetics at another current then need no iteration at all (the solution is
     * proportional to the current), and Butler-Volmer fewer than cold.
     */
    @Test
    void warmStartOnTheSameActiveSetReusesThePotential() {
        for (Kinetics k : new Kinetics[] {BV, new LinearKinetics(5e-4)}) {
            CurrentProblem first = islands(k, new Control.Galvanostatic(5.0), 23);
            CurrentSolver solver = new CurrentSolver(first);
            CurrentDistribution previous = solver.solve(first, null);
            CurrentProblem next = first.withControl(new Control.Galvanostatic(5.5));
            CurrentDistribution cold = solver.solve(next, null);
            long before = solver.transformPairs();
            CurrentDistribution warm = solver.solve(next, previous);
            long pairs = solver.transformPairs() - before;
            for (int i = 0; i < 64 * 64; i++) {
                assertThat(warm.currentDensityAt(i)).isCloseTo(cold.currentDensityAt(i), within(1e-7));
                assertThat(warm.interfacePotentialAt(i)).isCloseTo(cold.interfacePotentialAt(i), within(1e-11));
            }
            // At most the CG's own (one pair per product, one per Fourier preconditioning): no start-up
            // transform, none for the line search, none for the returned potential.
            assertThat(pairs).isBetween((long) warm.cgIterations(), 2L * warm.cgIterations());
            if (k.isLinear()) {
                assertThat(warm.cgIterations()).isZero();
            } else {
                assertThat(warm.cgIterations()).isLessThan(cold.cgIterations());
            }
        }
    }

    /** A long chain of warm starts refreshes the carried potential by a transform once per MAX_CARRIED_SOLVES. */
    @Test
    void carriedPotentialIsRefreshedAfterALongChainOfWarmStarts() {
        CurrentProblem p = islands(new LinearKinetics(5e-4), new Control.Galvanostatic(5.0), 29);
        CurrentSolver solver = new CurrentSolver(p);
        CurrentDistribution d = solver.solve(p, null);
        long before = solver.transformPairs();
        for (int k = 1; k <= CurrentSolver.MAX_CARRIED_SOLVES + 1; k++) {
            d = solver.solve(p.withControl(new Control.Galvanostatic(5.0 + 0.01 * k)), d);
        }
        // The chain: 100 solves without a transform, then one fresh potential (and no iteration).
        assertThat(solver.transformPairs() - before).isEqualTo(1);
        CurrentDistribution cold = solver.solve(p.withControl(new Control.Galvanostatic(5.0 + 0.01 * 101)), null);
        for (int i = 0; i < 64 * 64; i++) {
            assertThat(d.interfacePotentialAt(i)).isCloseTo(cold.interfacePotentialAt(i), within(1e-12));
        }
    }

    @Test
    void paddedElectrodeCarriesMoreCurrentAtItsEdgesAndPaddingCarriesNone() {
        int w = 21;
        int h = 15;
        double[] contact = new double[w * h];
        Arrays.fill(contact, 1.0);
        Electrolyte thin = new Electrolyte(0.18, 5 * H);
        CurrentProblem p = new CurrentProblem(w, h, H, contact, new LinearKinetics(1e-4), thin,
                new Control.Galvanostatic(10.0), 3);
        CurrentDistribution d = CurrentSolver.solve(p);
        double corner = d.currentDensityAt(0);
        double centre = d.currentDensityAt(7 * w + 10);
        assertThat(corner).isGreaterThan(1.2 * centre);
        assertThat(d.totalCurrentAmps()).isCloseTo(10.0 * p.electrodeAreaM2(), within(1e-12 * 10 * p.electrodeAreaM2()));
        assertThat(d.accessResistanceOhmM2()).as("spreading beyond the edge lowers the resistance").isNegative();
    }

    /** The PCG path against a dense direct solve, contact spread 1000:1. */
    @Test
    void linearSolveMatchesDenseDirectSolveWithStronglyVaryingContact() {
        int n = 8;
        double[] contact = CurrentProblem.toContact(Interfaces.islands(n, n, 0.6, 2, 4));
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(8);
        for (int i = 0; i < contact.length; i++) {
            contact[i] *= Math.exp(rnd.nextDouble(Math.log(1e-3), 0));
        }
        CurrentProblem p = new CurrentProblem(n, n, H, contact, new LinearKinetics(3e-4), SLAB,
                new Control.Galvanostatic(7.0), 1);
        CurrentSolver solver = new CurrentSolver(p);
        CurrentDistribution d = solver.solve(p, null);
        matchesDenseDirectSolve(p, d);
        assertThat(d.cgIterations()).as("scaled preconditioner copes with 1000:1 contact").isLessThan(40);
    }

    /** Fast kinetics (R_ct = h / (20 sigma)): the Fourier-preconditioned path, same check. */
    @Test
    void fastKineticsSolveTakesTheFourierPathAndMatchesDenseDirectSolve() {
        int n = 16;
        double[] contact = CurrentProblem.toContact(Interfaces.islands(n, n, 0.5, 3, 6));
        CurrentProblem p = new CurrentProblem(n, n, H, contact, new LinearKinetics(3e-6), SLAB,
                new Control.Galvanostatic(7.0), 1);
        CurrentSolver solver = new CurrentSolver(p);
        CurrentDistribution d = solver.solve(p, null);
        matchesDenseDirectSolve(p, d);
        assertThat(solver.transformPairs()).as("Fourier: two pairs per iteration").isEqualTo(1 + 2L * d.cgIterations());
    }

    /** Kinetics-dominated (R_ct = 54 h / sigma, 10 times the lateral response): the transform-free Jacobi path. */
    @Test
    void kineticsDominatedSolveTakesTheJacobiPathAndMatchesDenseDirectSolve() {
        int n = 8;
        double[] contact = CurrentProblem.toContact(Interfaces.islands(n, n, 0.6, 2, 5));
        CurrentProblem p = new CurrentProblem(n, n, H, contact, new LinearKinetics(3e-3), SLAB,
                new Control.Galvanostatic(7.0), 1);
        CurrentSolver solver = new CurrentSolver(p);
        CurrentDistribution d = solver.solve(p, null);
        matchesDenseDirectSolve(p, d);
        assertThat(solver.transformPairs()).as("Jacobi: one pair per iteration").isEqualTo(1 + (long) d.cgIterations());
    }

    /** Moderate kinetics (R_ct = 1.8 h / sigma): the two-grid preconditioner, same check. */
    @Test
    void moderateKineticsSolveTakesTheTwoGridPathAndMatchesDenseDirectSolve() {
        int n = 32;
        double[] contact = CurrentProblem.toContact(Interfaces.islands(n, n, 0.5, 4, 7));
        CurrentProblem p = new CurrentProblem(n, n, H, contact, new LinearKinetics(1e-4), SLAB,
                new Control.Galvanostatic(7.0), 1);
        CurrentSolver solver = new CurrentSolver(p);
        CurrentDistribution d = solver.solve(p, null);
        matchesDenseDirectSolve(p, d);
        assertThat(solver.transformPairs()).as("one full-grid pair per iteration").isEqualTo(1 + (long) d.cgIterations());
        assertThat(solver.coarseTransformPairs()).as("and one coarse pair").isEqualTo(d.cgIterations());
    }

    /** The solution against a dense LU solve of the saddle-point system [G_AA + R, -1; 1^T, 0]. */
    private static void matchesDenseDirectSolve(CurrentProblem p, CurrentDistribution d) {
        int n = p.width();
        double[] contact = p.contactFraction();
        double rct = ((LinearKinetics) p.kinetics()).chargeTransferResistanceOhmM2();
        int[] idx = java.util.stream.IntStream.range(0, n * n).filter(i -> contact[i] > 0).toArray();
        int m = idx.length;
        SlabOperator g = new SlabOperator(n, n, H, SLAB);
        double[][] a = new double[m + 1][m + 1];
        double[] unit = new double[n * n];
        double[] column = new double[n * n];
        for (int c = 0; c < m; c++) {
            java.util.Arrays.fill(unit, 0.0);
            unit[idx[c]] = 1.0;
            g.apply(unit, column);
            for (int r = 0; r < m; r++) {
                a[r][c] = column[idx[r]];
            }
            a[c][c] += rct / contact[idx[c]];
            a[c][m] = -1.0;
            a[m][c] = 1.0;
        }
        double[] b = new double[m + 1];
        b[m] = ((Control.Galvanostatic) p.control()).currentDensityAmpsPerM2() * n * n;
        double[] x = new org.hipparchus.linear.LUDecomposition(new org.hipparchus.linear.Array2DRowRealMatrix(a))
                .getSolver().solve(new org.hipparchus.linear.ArrayRealVector(b)).toArray();
        for (int r = 0; r < m; r++) {
            assertThat(d.currentDensityAt(idx[r])).isCloseTo(x[r], within(1e-8 * Math.abs(x[r]) + 1e-9));
        }
        assertThat(d.electrodePotentialVolts()).isCloseTo(x[m], within(1e-9 * Math.abs(x[m])));
    }

    @Test
    void summaryNumbersFollowFromTheField() {
        CurrentDistribution d = CurrentSolver.solve(islands(new LinearKinetics(2e-4), new Control.Galvanostatic(5.0), 3));
        double[] j = d.currentDensityAmpsPerM2();
        double max = Arrays.stream(j).max().orElseThrow();
        assertThat(d.maxLocalCurrentDensityAmpsPerM2()).isEqualTo(max);
        assertThat(d.quantileAmpsPerM2(1.0)).isEqualTo(max);
        assertThat(d.quantileAmpsPerM2(0.5)).isBetween(d.quantileAmpsPerM2(0.1), d.quantileAmpsPerM2(0.9));
        assertThat(d.activeFraction()).isCloseTo(0.5, within(1.0 / 4096));
        assertThat(d.meanLocalCurrentDensityAmpsPerM2()).isCloseTo(5.0 / d.activeFraction(), within(1e-9));
        assertThat(Arrays.stream(d.histogram(20).counts()).sum()).isEqualTo(d.activePixelCount());
        // E = mean kinetic overpotential + electrolyte drop; linear kinetics: eta_mean = R * <j^2> / <j>.
        assertThat(d.meanKineticOverpotentialVolts()).isPositive();
        assertThat(d.accessResistanceOhmCm2()).isEqualTo(d.accessResistanceOhmM2() * 1e4);
    }

    @Test
    void solverRejectsAProblemOfAnotherGeometry() {
        CurrentProblem p = islands(BV, new Control.Galvanostatic(1.0), 1);
        CurrentSolver solver = new CurrentSolver(p);
        CurrentProblem other = CurrentProblem.periodic(32, 32, H, Interfaces.islands(32, 32, 0.5, 3, 1), BV, SLAB,
                new Control.Galvanostatic(1.0));
        assertThatThrownBy(() -> solver.solve(other, null)).isInstanceOf(InputException.class).hasMessageContaining("32 x 32");
        assertThatThrownBy(() -> CurrentProblem.periodic(4, 4, H, new boolean[16], BV, SLAB, new Control.Galvanostatic(1)))
                .isInstanceOf(InputException.class).hasMessageContaining("no active pixel");
        double[] strip = new double[5000];
        java.util.Arrays.fill(strip, 1.0);
        assertThatThrownBy(() -> new CurrentProblem(5000, 1, H, strip, BV, SLAB, new Control.Galvanostatic(1), 2000))
                .isInstanceOf(InputException.class).hasMessageContaining("padded 2000 times");
    }
}
