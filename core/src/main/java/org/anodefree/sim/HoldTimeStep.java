package org.anodefree.sim;

import org.anodefree.protocol.Limit;
import org.anodefree.protocol.Step;

/**
 * Time-step bound of a constant-voltage hold: the current may change by at most
 * {@link #CURRENT_CHANGE} per time step, its rate read off the last time step, so time steps grow
 * geometrically as the current decays and the explicit step (the current held over the step) never
 * carries the cathode past the held voltage.
 */
final class HoldTimeStep {
    /** A hold's cell voltage is met to this, V (the stepper's Newton tolerance on potentials is 1e-7 V). */
    static final double VOLTS_TOLERANCE = 1e-8;
    /** Largest relative change of a hold's current over one time step. */
    static final double CURRENT_CHANGE = 0.1;

    private HoldTimeStep() {
    }

    /** The hold's current limit, A/m2, or 0 when only time ends it. */
    static double currentLimit(Step.Hold h) {
        for (Limit x : h.until()) {
            if (x instanceof Limit.Current c) {
                return c.ampsPerM2();
            }
        }
        return 0;
    }

    /**
     * {@code dt} shortened so the current's change over the next time step stays within
     * {@link #CURRENT_CHANGE}, assuming the exponential rate of the last one.
     *
     * @param dt the bound so far, s
     * @param dtPrev the last time step, s
     * @param flowed current over the last time step (NaN before the first)
     * @param now current now
     */
    static double bound(double dt, double dtPrev, double flowed, double now) {
        if (Double.isNaN(flowed) || now == 0 || flowed == 0) {
            return dt;
        }
        double ratio = now / flowed;
        if (!(ratio > 0)) {
            return Math.min(dt, dtPrev / 4); // the current changed sign: that step was far too long
        }
        double rate = Math.abs(Math.log(ratio)) / dtPrev;
        return rate > 0 ? Math.min(dt, CURRENT_CHANGE / rate) : dt;
    }
}
