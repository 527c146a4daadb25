package org.anodefree.app.calibrate;

import org.anodefree.experiment.Check;
import org.anodefree.io.config.Experiment;

/**
 * The residual of a simulated value against a check's pass band: its distance outside the band in
 * units of the band's scale (0 inside), plus a small pull that breaks ties among values that all pass.
 *
 * <ul>
 * <li>Two-sided band [lo, hi]: scale hi - lo; the pull is {@code pull * min(1, |v - centre| / (scale / 2))},
 *     so it is 0 at the centre and reaches {@code pull} on the band's edges.</li>
 * <li>One-sided band (only a min or only a max): scale is the bound's magnitude (the reported value's,
 *     or 1, when the bound is 0); the pull is {@code pull * (1 - min(1, depth / scale))} with depth how
 *     far inside the bound the value is, so passing by a margin of one scale removes it.</li>
 * </ul>
 * The score is continuous: on an edge both sides give {@code pull}. A value that could not be measured
 * (NaN) scores {@link #UNMEASURED}, which also caps every residual, so one absurd value (an infinite
 * ratio) cannot swamp the sum or break the optimiser's quadratic models.
 *
 * <p>Censored outcomes: a Kaplan-Meier median that was not reached (fewer than half the runs shorted) is
 * scored at its lower bound, the most that was plated. A lower bound above a max is a true miss by at
 * least that much, and a lower bound above a min a true pass, so the score is exact in both cases provided
 * the experiment plates beyond its band (the experiment files are written that way).
 */
public final class BandScore {
    /** Residual of a check whose value is NaN (nothing to measure, or the run failed). */
    public static final double UNMEASURED = 10;

    private BandScore() {
    }

    /** The residual of {@code value} against the check's band; the check must have a band. */
    public static double residual(Check check, double value, double pull) {
        if (check.band() == null) {
            throw new IllegalArgumentException(check.name() + ": a check without a band has no residual");
        }
        double a = check.band().low(check.reported());
        double b = check.band().high(check.reported());
        // A relative band around a negative reported value comes out with low above high; order them.
        return residual(Math.min(a, b), Math.max(a, b), check.reported(), value, pull);
    }

    /** The residual of {@code value} against the band [lo, hi] (either bound may be infinite, not both). */
    public static double residual(double lo, double hi, double reported, double value, double pull) {
        if (Double.isNaN(value)) {
            return UNMEASURED;
        }
        boolean hasLo = lo != Double.NEGATIVE_INFINITY;
        boolean hasHi = hi != Double.POSITIVE_INFINITY;
        if (hasLo && hasHi) {
            double scale = hi > lo ? hi - lo : fallbackScale(lo, reported);
            double outside = value < lo ? (lo - value) / scale : value > hi ? (value - hi) / scale : 0;
            double centre = 0.5 * (lo + hi);
            return Math.min(UNMEASURED, outside + pull * Math.min(1, Math.abs(value - centre) / (0.5 * scale)));
        }
        if (!hasLo && !hasHi) {
            throw new IllegalArgumentException("a band needs at least one finite bound");
        }
        double bound = hasLo ? lo : hi;
        double scale = fallbackScale(bound, reported);
        double inside = hasLo ? value - bound : bound - value;
        if (inside < 0) {
            return Math.min(UNMEASURED, -inside / scale + pull);
        }
        return pull * (1 - Math.min(1, inside / scale));
    }

    private static double fallbackScale(double bound, double reported) {
        if (bound != 0) {
            return Math.abs(bound);
        }
        return reported != 0 ? Math.abs(reported) : 1;
    }
}
