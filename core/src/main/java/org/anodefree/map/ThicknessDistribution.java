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
    /** Gamma with shape 1/cv^2 and scale mean cv^2. */
    GAMMA {
        @Override
        double[] fromStandardNormal(double[] z, double mean, double cv) {
            GammaDistribution g = new GammaDistribution(1 / (cv * cv), mean * cv * cv);
            double[] t = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                double u = 0.5 * Erf.erfc(-z[i] / Math.sqrt(2));
                u = Math.min(Math.max(u, 1e-15), 1 - 1e-15);
                t[i] = g.inverseCumulativeProbability(u);
            }
            return t;
        }
    };

    /** Maps standard-normal values to thicknesses with the given mean and coefficient of variation. */
    abstract double[] fromStandardNormal(double[] z, double mean, double cv);
}
