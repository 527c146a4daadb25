package org.anodefree.map;

import org.hipparchus.distribution.continuous.GammaDistribution;
import org.hipparchus.special.Erf;

/**
 * The one-point distribution a synthetic map's thickness follows, set by its mean and coefficient of
 * variation; a standard-normal field value is mapped through the normal CDF and this distribution's
 * inverse CDF (a Gaussian copula), which keeps the field's spatial structure.
 */
public enum ThicknessDistribution {
    /** Lognormal: log-thickness is Gaussian; the map is exp(m + s z) directly. */
    LOGNORMAL {
        @Override
        double[] fromStandardNormal(double[] z, double mean, double cv) {
            double s2 = Math.log1p(cv * cv);
            double s = Math.sqrt(s2);
            double m = Math.log(mean) - s2 / 2;
            double[] t = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                t[i] = Math.exp(m + s * z[i]);
            }
            return t;
        }
    },
    /**
     * Gamma with shape 1/cv^2 and scale mean cv^2. The inverse CDF is an iterative solve, so it is
     * tabulated at {@value #TABLE} points over the field's range and interpolated linearly: the
     * map z -> t is smooth, and the interpolation error is below 1e-6 of the mean.
     */
    GAMMA {
        @Override
        double[] fromStandardNormal(double[] z, double mean, double cv) {
            // Solved at unit mean and scaled: the inverse CDF's solver works to an absolute accuracy
            // (1e-9), which would be coarse against thicknesses in metres.
            GammaDistribution g = new GammaDistribution(1 / (cv * cv), cv * cv);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : z) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            double step = (hi - lo) / (TABLE - 1);
            double[] table = new double[TABLE];
            for (int k = 0; k < TABLE; k++) {
                table[k] = mean * inverse(g, lo + k * step);
            }
            double[] t = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                if (step == 0) {
                    t[i] = table[0];
                    continue;
                }
                double pos = (z[i] - lo) / step;
                int k = Math.min((int) pos, TABLE - 2);
                double w = pos - k;
                t[i] = table[k] + w * (table[k + 1] - table[k]);
            }
            return t;
        }

        private double inverse(GammaDistribution g, double zValue) {
            double u = 0.5 * Erf.erfc(-zValue / Math.sqrt(2));
            return g.inverseCumulativeProbability(Math.min(Math.max(u, 1e-15), 1 - 1e-15));
        }
    };

    private static final int TABLE = 8193;

    /** Maps standard-normal values to thicknesses with the given mean and coefficient of variation. */
    abstract double[] fromStandardNormal(double[] z, double mean, double cv);
}
