package org.anodefree.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.anodefree.InputException;
import org.junit.jupiter.api.Test;

/** The parabolic interphase law: square-root growth, a decaying loss rate, no dependence on the step size. */
class ParabolicInterphaseTest {
    private static final ParabolicInterphase LAW = new ParabolicInterphase(1.82, 0);

    @Test
    void consumedLithiumGrowsAsTheSquareRootOfAge() {
        assertThat(LAW.consumedCoulombsPerM2(0)).isZero();
        assertThat(LAW.consumedCoulombsPerM2(3600)).isCloseTo(1.82 * 60, within(1e-12));
        // four times the age, twice the layer
        for (double t : new double[] {1, 100, 3600, 86400, 1e7}) {
            assertThat(LAW.consumedCoulombsPerM2(4 * t) / LAW.consumedCoulombsPerM2(t)).isCloseTo(2.0, within(1e-12));
        }
    }

    @Test
    void theLossOfAnIntervalIsTheDifferenceOfTheSquareRootsForAnyStepping() {
        assertThat(LAW.lostCoulombsPerM2(0, 3600)).isCloseTo(1.82 * 60, within(1e-12));
        assertThat(LAW.lostCoulombsPerM2(3600, 5 * 3600)).isCloseTo(1.82 * (Math.sqrt(6 * 3600) - 60), within(1e-12));
        // one day in 1 s steps, in 17 s steps and in one step give the same total (to rounding)
        double[] totals = new double[3];
        double[] steps = {1, 17, 86400};
        for (int k = 0; k < 3; k++) {
            double age = 0;
            while (age < 86400) {
                double dt = Math.min(steps[k], 86400 - age);
                totals[k] += LAW.lostCoulombsPerM2(age, dt);
                age += dt;
            }
        }
        double exact = 1.82 * Math.sqrt(86400);
        for (double total : totals) {
            assertThat(total).isCloseTo(exact, within(1e-9 * exact));
        }
        // an old interphase and a short step: no cancellation (k dt / (2 sqrt t) to first order)
        assertThat(LAW.lostCoulombsPerM2(1e9, 1e-3)).isCloseTo(1.82 * 1e-3 / (2 * Math.sqrt(1e9)), within(1e-20));
    }

    @Test
    void theLossRateDecaysAsTheInterphaseThickens() {
        double day1 = LAW.lostCoulombsPerM2(0, 86400);
        double day2 = LAW.lostCoulombsPerM2(86400, 86400);
        double day100 = LAW.lostCoulombsPerM2(99 * 86400, 86400);
        assertThat(day2).isLessThan(day1);
        assertThat(day100).isLessThan(day2);
        assertThat(day1 / day100).isCloseTo(Math.sqrt(100) + Math.sqrt(99), within(1e-9)); // ~ 2 sqrt(100)
        assertThat(LAW.rateCoulombsPerM2PerSecond(4 * 3600) / LAW.rateCoulombsPerM2PerSecond(3600)).isCloseTo(0.5,
                within(1e-12));
    }

    @Test
    void aFreshSurfaceLosesAtTheFirstDaysRateAgain() {
        // the stepper restarts the age where fresh Li meets the electrolyte: a surface renewed every day
        // keeps losing k sqrt(1 day) per day, one never renewed loses ever less
        double renewed = 0;
        double kept = 0;
        for (int day = 0; day < 30; day++) {
            renewed += LAW.lostCoulombsPerM2(0, 86400);
            kept += LAW.lostCoulombsPerM2(day * 86400.0, 86400);
        }
        assertThat(renewed).isCloseTo(30 * 1.82 * Math.sqrt(86400), within(1e-9));
        assertThat(kept).isCloseTo(1.82 * Math.sqrt(30 * 86400), within(1e-9));
        assertThat(renewed / kept).isCloseTo(Math.sqrt(30), within(1e-9));
    }

    /** Deal-Grove start: linear at a finite rate while younger than t_r, then the parabola k sqrt(t). */
    @Test
    void aReactionLimitedStartCapsTheInitialRateAndThenJoinsTheParabola() {
        ParabolicInterphase dg = new ParabolicInterphase(1.82, 60);
        double r0 = 1.82 / (2 * Math.sqrt(60));
        assertThat(dg.rateCoulombsPerM2PerSecond(0)).isCloseTo(r0, within(1e-15));
        assertThat(dg.lostCoulombsPerM2(0, 1e-3)).isCloseTo(r0 * 1e-3, within(1e-5 * r0 * 1e-3)); // to O(dt / t_r)
        assertThat(dg.consumedCoulombsPerM2(3600)).isCloseTo(1.82 * (Math.sqrt(3660) - Math.sqrt(60)), within(1e-12));
        // after a day the start is forgotten: the day's loss differs from the pure parabola's by < 1%
        double day2 = dg.lostCoulombsPerM2(86400, 86400);
        assertThat(day2 / LAW.lostCoulombsPerM2(86400, 86400)).isCloseTo(1.0, within(0.01));
        // and a pure parabola is the t_r = 0 case, infinite rate at contact
        assertThat(LAW.rateCoulombsPerM2PerSecond(0)).isInfinite();
    }

    @Test
    void rejectsANegativeOrInfiniteConstantAndNoneLosesNothing() {
        assertThatThrownBy(() -> new ParabolicInterphase(-1, 0)).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> new ParabolicInterphase(Double.NaN, 0)).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> new ParabolicInterphase(Double.POSITIVE_INFINITY, 0)).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> new ParabolicInterphase(1, -1)).isInstanceOf(InputException.class);
        assertThat(new ParabolicInterphase(0, 60).lostCoulombsPerM2(0, 100)).isZero();
        assertThat(new LithiumLossLaw.None().lostCoulombsPerM2(0, 1e6)).isZero();
        assertThat(LAW.lostCoulombsPerM2(100, 0)).isZero();
        assertThat(LAW.lostCoulombsPerM2(100, -5)).isZero();
    }

    /** Whatever the steps and resets, no step loses a negative amount and the running total never falls. */
    @Property(tries = 300)
    void lossIsNeverNegativeAndTheCumulativeLossIsMonotone(
            @ForAll @DoubleRange(min = 0, max = 100) double k,
            @ForAll @DoubleRange(min = 0, max = 1e4) double reactionLimited,
            @ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = 0, max = 1e5) Double> steps,
            @ForAll @Size(min = 1, max = 60) List<Boolean> resets) {
        ParabolicInterphase law = new ParabolicInterphase(k, reactionLimited);
        double age = 0;
        double total = 0;
        double time = 0;
        for (int n = 0; n < steps.size(); n++) {
            if (resets.get(n % resets.size())) {
                age = 0;
            }
            double dt = steps.get(n);
            double loss = law.lostCoulombsPerM2(age, dt);
            assertThat(loss).isGreaterThanOrEqualTo(0.0).isFinite();
            // never more than a fresh surface would lose over the same step: the rate only decays
            assertThat(loss).isLessThanOrEqualTo(law.lostCoulombsPerM2(0, dt) * (1 + 1e-12));
            double before = total;
            total += loss;
            assertThat(total).isGreaterThanOrEqualTo(before);
            age += dt;
            time += dt;
        }
        // resets can only add loss: at least what one unbroken interphase loses (sqrt is subadditive)
        assertThat(total).isGreaterThanOrEqualTo(law.consumedCoulombsPerM2(time) * (1 - 1e-9) - 1e-12);
    }
}
