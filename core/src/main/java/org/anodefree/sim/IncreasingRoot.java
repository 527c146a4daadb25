package org.anodefree.sim;

import java.util.function.DoubleUnaryOperator;
import org.anodefree.ModelException;

/**
 * The root of a strictly increasing function of one variable whose every evaluation is costly (here: a
 * current-distribution solve). From a first point whose value is known it steps away downhill of the
 * sign, doubling the stride, until the root is bracketed, then closes the bracket by the Illinois
 * variant of regula falsi (Dowell and Jarratt, BIT 11 (1971) 168), which keeps the bracket and so
 * cannot run away into the exponential branches of Butler-Volmer kinetics as a plain secant can.
 *
 * <p>Hand-written rather than Hipparchus's {@code IllinoisSolver}: that solver evaluates both ends of
 * the bracket it is given again, two extra solves per call, and this one reuses the values found while
 * bracketing.
 */
final class IncreasingRoot {
    /** Evaluations allowed to bracket the root, then again to close the bracket. */
    static final int MAX_EVALUATIONS = 100;

    private IncreasingRoot() {
    }

    /**
     * The root, and the slope of the last secant (for the next call's first stride).
     *
     * @param root x with |f(x)| at most the value tolerance, or the end of a bracket narrower than the
     *     width tolerance
     * @param slope (f(b) - f(a)) / (b - a) over the last bracket (NaN when x0 was the root), > 0
     * @param evaluations calls of f
     */
    record Result(double root, double slope, int evaluations) {
    }

    /**
     * Finds x with f(x) = 0 for an increasing f. The last call of f may be at a point other than the
     * root returned, so a caller whose f has side effects checks.
     *
     * @param f the function, increasing
     * @param x0 first point
     * @param f0 f(x0), already evaluated
     * @param stride first step away from x0 (> 0); doubles at each step until the root is bracketed
     * @param valueTolerance stop once |f(x)| is at most this
     * @param widthTolerance stop once the bracket is at most this wide
     * @param what what is solved for, for the error message
     */
    static Result find(DoubleUnaryOperator f, double x0, double f0, double stride, double valueTolerance,
            double widthTolerance, String what) {
        if (!(stride > 0) || !Double.isFinite(x0) || !Double.isFinite(f0)) {
            throw new ModelException(what + ": cannot start from x = " + x0 + ", f = " + f0 + ", stride " + stride);
        }
        if (Math.abs(f0) <= valueTolerance) {
            return new Result(x0, Double.NaN, 0);
        }
        double a = x0;
        double fa = f0;
        double b = x0;
        double fb = f0;
        double width = stride;
        int evaluations = 0;
        while (fa * fb > 0) {
            if (evaluations >= MAX_EVALUATIONS || !Double.isFinite(fa) || !Double.isFinite(fb)) {
                throw new ModelException(what + ": no root between " + a + " and " + b + " (values " + fa + ", "
                        + fb + ")");
            }
            if (fa > 0) { // both above zero: move the lower end down
                b = a;
                fb = fa;
                a -= width;
                fa = f.applyAsDouble(a);
            } else {
                a = b;
                fa = fb;
                b += width;
                fb = f.applyAsDouble(b);
            }
            evaluations++;
            width *= 2;
            if (Math.abs(fa) <= valueTolerance) {
                return new Result(a, (fb - fa) / (b - a), evaluations);
            }
            if (Math.abs(fb) <= valueTolerance) {
                return new Result(b, (fb - fa) / (b - a), evaluations);
            }
        }
        // Illinois: regula falsi, halving the value kept at an end that survives twice in a row.
        int side = 0;
        double x = a;
        double slope = (fb - fa) / (b - a);
        double trueFa = fa; // the values before Illinois halves them, for the slope
        double trueFb = fb;
        for (int it = 0; it < MAX_EVALUATIONS; it++) {
            x = (a * fb - b * fa) / (fb - fa);
            double fx = f.applyAsDouble(x);
            evaluations++;
            if (Math.abs(fx) <= valueTolerance || b - a <= widthTolerance) {
                return new Result(x, slope, evaluations);
            }
            if (fx > 0) {
                slope = (fx - trueFa) / (x - a);
                b = x;
                trueFb = fx;
                fb = fx;
                if (side == -1) {
                    fa *= 0.5;
                }
                side = -1;
            } else {
                slope = (trueFb - fx) / (b - x);
                a = x;
                trueFa = fx;
                fa = fx;
                if (side == 1) {
                    fb *= 0.5;
                }
                side = 1;
            }
        }
        throw new ModelException(what + ": did not converge in " + MAX_EVALUATIONS + " evaluations; bracket [" + a
                + ", " + b + "]");
    }
}
