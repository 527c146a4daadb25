package org.anodefree.current;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants of the current distribution over random active sets, kinetics and controls. */
class CurrentSolverPropertiesTest {
    private static final double H = 10e-6;
    private static final Electrolyte SLAB = new Electrolyte(0.18, 40 * H);

    private static Kinetics kinetics(boolean butlerVolmer, double scale) {
        return butlerVolmer ? new ButlerVolmerKinetics(20 / scale, 0.3 + 0.4 / scale, 0.5, 298.15)
                : new LinearKinetics(scale * 1e-4);
    }

    @Property(tries = 40)
    void totalCurrentEqualsTheAppliedCurrent(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @DoubleRange(min = 0.05, max = 0.95) double fraction,
            @ForAll @DoubleRange(min = -30, max = 30) double applied, @ForAll boolean butlerVolmer,
            @ForAll @DoubleRange(min = 0.1, max = 10) double scale, @ForAll @IntRange(min = 1, max = 2) int padding) {
        int w = 24;
        int h = 16;
        boolean[] active = Interfaces.islands(w, h, fraction, 2.5, seed);
        CurrentProblem p = new CurrentProblem(w, h, H, CurrentProblem.toContact(active), kinetics(butlerVolmer, scale),
                SLAB, new Control.Galvanostatic(applied), padding);
        CurrentDistribution d = CurrentSolver.solve(p);
        double expected = applied * p.electrodeAreaM2();
        assertThat(d.totalCurrentAmps()).isCloseTo(expected, within(1e-12 * Math.abs(expected) + 1e-30));
        for (int i = 0; i < w * h; i++) {
            if (!active[i]) {
                assertThat(d.currentDensityAt(i)).isZero();
            }
        }
    }

    @Property(tries = 30)
    void potentialFieldIsLinearInAppliedCurrentForLinearKinetics(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @DoubleRange(min = 0.1, max = 0.9) double fraction,
            @ForAll @DoubleRange(min = 0.1, max = 20) double applied,
            @ForAll @DoubleRange(min = -5, max = 5) double factor) {
        boolean[] active = Interfaces.islands(16, 16, fraction, 2, seed);
        double[] contact = CurrentProblem.toContact(active);
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < contact.length; i++) {
            contact[i] *= rnd.nextDouble(0.2, 1.0);
        }
        CurrentProblem p = new CurrentProblem(16, 16, H, contact, new LinearKinetics(3e-4), SLAB,
                new Control.Galvanostatic(applied), 1);
        CurrentDistribution one = CurrentSolver.solve(p);
        CurrentDistribution scaled = CurrentSolver.solve(p.withControl(new Control.Galvanostatic(factor * applied)));
        double[] phi1 = one.interfacePotentialVolts();
        double[] phi2 = scaled.interfacePotentialVolts();
        double norm = Math.abs(factor) * one.electrodePotentialVolts();
        for (int i = 0; i < phi1.length; i++) {
            assertThat(phi2[i]).isCloseTo(factor * phi1[i], within(1e-9 * norm + 1e-300));
            assertThat(scaled.currentDensityAt(i)).isCloseTo(factor * one.currentDensityAt(i),
                    within(1e-9 * Math.abs(factor * applied) / fraction + 1e-300));
        }
        assertThat(scaled.electrodePotentialVolts()).isCloseTo(factor * one.electrodePotentialVolts(),
                within(1e-9 * norm + 1e-300));
    }

    @Property(tries = 40)
    void shrinkingTheActiveSetNeverLowersTheMaximumLocalCurrent(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @DoubleRange(min = 0.1, max = 0.95) double fraction,
            @ForAll @DoubleRange(min = 0.05, max = 0.9) double removed, @ForAll boolean butlerVolmer,
            @ForAll @DoubleRange(min = 0.1, max = 10) double scale) {
        int n = 24;
        boolean[] before = Interfaces.islands(n, n, fraction, 3, seed);
        boolean[] after = before.clone();
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int left = 0;
        for (int i = 0; i < after.length; i++) {
            after[i] &= rnd.nextDouble() >= removed;
            left += after[i] ? 1 : 0;
        }
        if (left == 0) {
            after[firstActive(before)] = true;
        }
        Kinetics k = kinetics(butlerVolmer, scale);
        Control c = new Control.Galvanostatic(-5.0);
        double maxBefore = Math.abs(CurrentSolver.solve(CurrentProblem.periodic(n, n, H, before, k, SLAB, c))
                .maxLocalCurrentDensityAmpsPerM2());
        double maxAfter = Math.abs(CurrentSolver.solve(CurrentProblem.periodic(n, n, H, after, k, SLAB, c))
                .maxLocalCurrentDensityAmpsPerM2());
        assertThat(maxAfter).isGreaterThanOrEqualTo(maxBefore * (1 - 1e-9));
    }

    private static int firstActive(boolean[] a) {
        for (int i = 0; i < a.length; i++) {
            if (a[i]) {
                return i;
            }
        }
        throw new IllegalStateException("no active pixel");
    }
}
