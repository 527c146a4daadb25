package org.anodefree.current;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Solves at the simulator's loose tolerances (1e-8 relative, 1e-7 V), where the conjugate
 * gradients inside a Newton step may stop on the spread of their residual: the answer must still
 * meet the potential tolerance at every active pixel, checked here from the returned fields
 * alone, and agree with a tight solve to what that tolerance allows.
 */
class LooseToleranceTest {
    private static final double H = 10e-6;
    private static final Electrolyte SLAB = new Electrolyte(0.18, 650e-6);
    private static final CurrentSolver.Settings LOOSE = new CurrentSolver.Settings(1e-8, 1e-7, 10_000, 50);

    private static CurrentProblem islands(Kinetics k, Control c) {
        boolean[] mask = Interfaces.islands(64, 64, 0.5, 5, 17);
        double[] contact = new double[mask.length];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        for (int i = 0; i < mask.length; i++) {
            contact[i] = mask[i] ? 0.2 + 0.8 * rnd.nextDouble() : 0.0;
        }
        return new CurrentProblem(64, 64, H, contact, k, SLAB, c, 1);
    }

    @Test
    void butlerVolmerMeetsThePotentialToleranceAtEveryPixel() {
        for (Kinetics k : new Kinetics[] {new ButlerVolmerKinetics(9.0, 0.5, 0.5, 298.15),
                new ButlerVolmerKinetics(5.0, 0.3, 0.7, 298.15)}) {
            for (boolean galvanostatic : new boolean[] {true, false}) {
                Control c = galvanostatic ? new Control.Galvanostatic(5.0) : new Control.Potentiostatic(0.03);
                CurrentProblem p = islands(k, c);
                CurrentDistribution loose = new CurrentSolver(p, LOOSE).solve(p, null);
                CurrentDistribution tight = CurrentSolver.solve(p);
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < 64 * 64; i++) {
                    if (loose.isActive(i)) {
                        // E - phi - eta(j) from the output: the kinetics residual the Newton check bounds.
                        double g = loose.interfacePotentialAt(i) + k.overpotentialVolts(loose.currentDensityAt(i),
                                p.contactAt(i));
                        min = Math.min(min, g);
                        max = Math.max(max, g);
                        // 1e-7 V over the smallest slope d eta / dj here (about 1e-3 Ohm m2): 1e-4 A/m2.
                        assertThat(loose.currentDensityAt(i)).isCloseTo(tight.currentDensityAt(i), within(2e-4));
                    }
                }
                double e = loose.electrodePotentialVolts();
                double residual = galvanostatic ? max - min : Math.max(max - e, e - min);
                assertThat(residual).as(k + " " + c).isLessThanOrEqualTo(1e-7);
                assertThat(loose.cgIterations()).isLessThan(tight.cgIterations());
            }
        }
    }
}
