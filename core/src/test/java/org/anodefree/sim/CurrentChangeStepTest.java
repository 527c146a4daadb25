package org.anodefree.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The current-change bound: exact cases, when it has no estimate, and the cap it sets. */
class CurrentChangeStepTest {
    private static final SimulationSettings DEFAULTS = SimulationSettings.defaults();

    @Test
    void theBoundIsTheStepOverWhichTheFastestRelativeChangeReachesTheFraction() {
        CurrentChangeStep s = new CurrentChangeStep(3);
        assertThat(s.bound(new double[] {-4, -6, 0}, 100, -5, 0.1)).isNaN(); // nothing to compare with yet
        // 60 s later: pixel 0 moved by 0.2 on a scale of max(4.2, 5) = 5, pixel 1 by 0.3 on 6.3
        double dt = s.bound(new double[] {-4.2, -6.3, 0}, 160, -5, 0.1);
        double worst = Math.max(0.2 / (5 * 60.0), 0.3 / (6.3 * 60.0));
        assertThat(dt).isCloseTo(0.1 / worst, within(1e-9));
        // pixel 1 limits: over dt its current moves by 10% of its own 6.3 A/m2
        assertThat(0.3 / 60 * dt).isCloseTo(0.1 * 6.3, within(1e-9));
    }

    @Test
    void aDistributionThatDoesNotMoveAllowsAnyStep() {
        CurrentChangeStep s = new CurrentChangeStep(2);
        s.bound(new double[] {3, 7}, 0, 5, 0.1);
        assertThat(s.bound(new double[] {3, 7}, 10, 5, 0.1)).isInfinite();
    }

    @Test
    void aPixelJoiningOrLeavingTheActiveSetGivesNoEstimate() {
        CurrentChangeStep s = new CurrentChangeStep(3);
        s.bound(new double[] {3, 7, 0}, 0, 5, 0.1);
        assertThat(s.bound(new double[] {3, 6, 1}, 10, 5, 0.1)).isNaN(); // pixel 2 joined
        assertThat(s.bound(new double[] {3, 0, 1}, 20, 5, 0.1)).isNaN(); // pixel 1 left
        assertThat(s.bound(new double[] {3, 0, 1.1}, 30, 5, 0.1)).isCloseTo(0.1 / (0.1 / (5 * 10.0)), within(1e-9));
    }

    @Test
    void resetForgetsTheLastSolveSoANewProtocolStepStartsWithoutAnEstimate() {
        CurrentChangeStep s = new CurrentChangeStep(1);
        s.bound(new double[] {-5}, 0, -5, 0.1);
        s.reset();
        assertThat(s.bound(new double[] {5}, 10, 5, 0.1)).isNaN();
        assertThat(s.cap(new double[] {5}, 0.0, 10, 5, DEFAULTS)).isEqualTo(DEFAULTS.maxStepSeconds());
    }

    @Test
    void theCapIsTheFixedCapWithoutAnEstimateAndThePlateauCapWhenNothingMoves() {
        CurrentChangeStep s = new CurrentChangeStep(1);
        assertThat(s.cap(new double[] {5}, 0.0, 0, 5, DEFAULTS)).isEqualTo(DEFAULTS.maxStepSeconds());
        assertThat(s.cap(new double[] {5}, 0.0, 100, 5, DEFAULTS)).isEqualTo(DEFAULTS.plateauStepSeconds());
        // 0.05 A/m2 per 100 s on a scale of 5.05 A/m2: 10% in 1010 s, between the two caps
        assertThat(s.cap(new double[] {5.05}, 0.0, 200, 5, DEFAULTS)).isCloseTo(1010, within(1e-6));
    }

    @Test
    void aMovingVoltageKeepsTheFixedCapSoAVoltageLimitIsNotOvershot() {
        CurrentChangeStep s = new CurrentChangeStep(1);
        s.cap(new double[] {5}, 3.900, 0, 5, DEFAULTS);
        // currents still, voltage rising 3 mV per 100 s (a full cell charging): 1 mV per 33 s, below the fixed cap
        assertThat(s.cap(new double[] {5}, 3.903, 100, 5, DEFAULTS)).isEqualTo(DEFAULTS.maxStepSeconds());
        // 0.1 mV per 100 s: 1 mV in 1000 s
        assertThat(s.cap(new double[] {5}, 3.9031, 200, 5, DEFAULTS)).isCloseTo(1000, within(1e-3));
    }

    /** The cap never goes below the fixed cap nor above the plateau cap, whatever the currents do. */
    @Property(tries = 200)
    void theCapOnlyEverLengthensStepsUpToThePlateauCap(@ForAll @IntRange(min = 1, max = 16) int n,
            @ForAll @DoubleRange(min = -20, max = 20) double a, @ForAll @DoubleRange(min = -20, max = 20) double b,
            @ForAll @DoubleRange(min = 0.01, max = 1e4) double elapsed, @ForAll @DoubleRange(min = 0, max = 1) double zeroShare) {
        CurrentChangeStep s = new CurrentChangeStep(n);
        double[] first = new double[n];
        double[] second = new double[n];
        for (int i = 0; i < n; i++) {
            double w = (i + 1.0) / n;
            first[i] = w < zeroShare ? 0 : a * w;
            second[i] = w < zeroShare ? 0 : a * w + b * (1 - w);
        }
        s.cap(first, 0.0, 0, a, DEFAULTS);
        double cap = s.cap(second, 0.0, elapsed, a, DEFAULTS);
        assertThat(cap).isBetween(DEFAULTS.maxStepSeconds(), DEFAULTS.plateauStepSeconds());
    }
}
