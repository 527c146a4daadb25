package org.anodefree.cell;

import org.hipparchus.analysis.polynomials.PolynomialFunction;
import org.hipparchus.analysis.polynomials.PolynomialSplineFunction;

/**
 * Builds a monotonicity-preserving piecewise cubic Hermite interpolant through tabulated points, as a
 * Hipparchus {@link PolynomialSplineFunction}. Slopes follow Fritsch and Butland (SIAM J. Sci. Stat.
 * Comput. 5, 300, 1984): a weighted harmonic mean of neighbouring secants, zero at local extrema, so
 * monotone data give a monotone curve without overshoot.
 *
 * <p>Hand-written because Hipparchus offers cubic splines and Akima splines, neither of which keeps
 * monotone data monotone (a non-monotone OCV curve would make voltage-to-state inversion ambiguous).
 */
final class MonotoneCubic {
    private MonotoneCubic() {
    }

    static PolynomialSplineFunction interpolate(double[] x, double[] y) {
        int n = x.length;
        if (n < 2 || y.length != n) {
            throw new IllegalArgumentException("need at least two points and as many x as y");
        }
        double[] h = new double[n - 1];
        double[] delta = new double[n - 1];
        for (int k = 0; k < n - 1; k++) {
            h[k] = x[k + 1] - x[k];
            if (!(h[k] > 0)) {
                throw new IllegalArgumentException("x must increase strictly; x[" + k + "] = " + x[k]
                        + ", x[" + (k + 1) + "] = " + x[k + 1]);
            }
            delta[k] = (y[k + 1] - y[k]) / h[k];
        }
        double[] m = new double[n];
        m[0] = delta[0];
        m[n - 1] = delta[n - 2];
        for (int k = 1; k < n - 1; k++) {
            if (delta[k - 1] * delta[k] <= 0) {
                m[k] = 0;
            } else {
                double w1 = 2 * h[k] + h[k - 1];
                double w2 = h[k] + 2 * h[k - 1];
                m[k] = (w1 + w2) / (w1 / delta[k - 1] + w2 / delta[k]);
            }
        }
        PolynomialFunction[] pieces = new PolynomialFunction[n - 1];
        for (int k = 0; k < n - 1; k++) {
            double c2 = (3 * delta[k] - 2 * m[k] - m[k + 1]) / h[k];
            double c3 = (m[k] + m[k + 1] - 2 * delta[k]) / (h[k] * h[k]);
            pieces[k] = new PolynomialFunction(new double[] {y[k], m[k], c2, c3});
        }
        return new PolynomialSplineFunction(x.clone(), pieces);
    }
}
