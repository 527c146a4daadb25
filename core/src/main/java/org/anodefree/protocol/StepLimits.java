package org.anodefree.protocol;

import java.util.List;
import java.util.OptionalDouble;

/**
 * When a step ends: tests a step's limits against its progress, in the order they are written, and
 * gives the planned duration of a constant-current step so a time stepper can land exactly on a
 * capacity or time limit instead of overshooting it.
 */
public final class StepLimits {
    private StepLimits() {
    }

    /**
     * The first of the step's limits (in written order) that {@code p} has reached, or null while the
     * step goes on. Voltage limits are crossings in the step's direction: at or below the value for
     * Plate and Discharge, at or above it for Strip and Charge.
     */
    public static Limit reached(Step step, StepProgress p) {
        if (step instanceof Step.Rest r) {
            return p.elapsedSeconds() >= r.durationSeconds() ? new Limit.Time(r.durationSeconds()) : null;
        }
        boolean falls = step instanceof Step.ConstantCurrent cc && cc.mode().voltageFalls();
        List<Limit> until = step instanceof Step.ConstantCurrent cc ? cc.until() : ((Step.Hold) step).until();
        for (Limit limit : until) {
            if (isReached(limit, falls, p)) {
                return limit;
            }
        }
        return null;
    }

    private static boolean isReached(Limit limit, boolean voltageFalls, StepProgress p) {
        if (limit instanceof Limit.Capacity c) {
            return p.passedCoulombsPerM2() >= c.coulombsPerM2();
        }
        if (limit instanceof Limit.Time t) {
            return p.elapsedSeconds() >= t.seconds();
        }
        if (limit instanceof Limit.Voltage v) {
            return voltageFalls ? p.cellVolts() <= v.volts() : p.cellVolts() >= v.volts();
        }
        return p.currentDensityAmpsPerM2() <= ((Limit.Current) limit).ampsPerM2();
    }

    /**
     * The longest a step can last as planned (s): a rest's duration; for a constant-current step the
     * earlier of its time limit and the time its capacity limit takes at its current; empty when only
     * the cell's response (a voltage or decaying current) can end it.
     */
    public static OptionalDouble plannedDurationSeconds(Step step) {
        if (step instanceof Step.Rest r) {
            return OptionalDouble.of(r.durationSeconds());
        }
        double best = Double.POSITIVE_INFINITY;
        List<Limit> until = step instanceof Step.ConstantCurrent cc ? cc.until() : ((Step.Hold) step).until();
        for (Limit limit : until) {
            if (limit instanceof Limit.Time t) {
                best = Math.min(best, t.seconds());
            } else if (limit instanceof Limit.Capacity c && step instanceof Step.ConstantCurrent cc) {
                best = Math.min(best, c.coulombsPerM2() / cc.currentDensityAmpsPerM2());
            }
        }
        return Double.isInfinite(best) ? OptionalDouble.empty() : OptionalDouble.of(best);
    }
}
