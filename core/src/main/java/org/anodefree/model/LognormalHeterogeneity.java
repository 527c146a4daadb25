package org.anodefree.model;

import java.util.List;
import org.anodefree.InputException;
import org.anodefree.map.GaussianRandomField;
import org.anodefree.parameters.Parameter;

/**
 * A log-normal multiplier field {@code exp(sigma g - sigma^2 / 2)} where g is a zero-mean, unit-variance
 * Gaussian random field with Gaussian covariance of correlation length ell ({@link GaussianRandomField},
 * periodic, seeded from the run's seed and this law's own {@link RandomStream}): the
 * factor has mean 1 and log-standard deviation sigma. Log-normal because contact and exchange current
 * are positive and vary over orders of magnitude where contact is poor.
 */
public final class LognormalHeterogeneity implements InterfaceHeterogeneity {
    private final double logStdDev;
    private final double correlationLengthMeters;

    /** What {@link #from} reads. */
    public static final List<Parameter> PARAMETERS = List.of(Parameter.HETEROGENEITY_LOG_STD_DEV,
            Parameter.HETEROGENEITY_CORRELATION_LENGTH);

    /** The field with the parameter set's spread and correlation length. */
    public static LognormalHeterogeneity from(LawContext c) {
        return new LognormalHeterogeneity(c.value(Parameter.HETEROGENEITY_LOG_STD_DEV),
                c.value(Parameter.HETEROGENEITY_CORRELATION_LENGTH));
    }

    public LognormalHeterogeneity(double logStdDev, double correlationLengthMeters) {
        if (!(logStdDev >= 0) || !Double.isFinite(logStdDev)) {
            throw new InputException("heterogeneity log-standard deviation must be >= 0, got " + logStdDev);
        }
        if (!(correlationLengthMeters >= 0) || !Double.isFinite(correlationLengthMeters)) {
            throw new InputException("heterogeneity correlation length must be >= 0 m, got " + correlationLengthMeters);
        }
        this.logStdDev = logStdDev;
        this.correlationLengthMeters = correlationLengthMeters;
    }

    @Override
    public void fill(long seed, int width, int height, double pixelSizeMeters, double[] outFactor) {
        double[] g = GaussianRandomField.generate(width, height, correlationLengthMeters / pixelSizeMeters,
                streamSeed(seed));
        double shift = 0.5 * logStdDev * logStdDev;
        int n = width * height;
        for (int i = 0; i < n; i++) {
            outFactor[i] = Math.exp(logStdDev * g[i] - shift);
        }
    }

    /** The seed of the field's noise: the run's seed mixed with this law's stream, so no other law shares it. */
    static long streamSeed(long seed) {
        return SeededUniforms.bits(seed, RandomStream.HETEROGENEITY.id(), 0);
    }

    public double logStdDev() {
        return logStdDev;
    }

    public double correlationLengthMeters() {
        return correlationLengthMeters;
    }
}
