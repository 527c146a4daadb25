package org.anodefree.model;

import java.util.List;
import org.anodefree.InputException;
import org.anodefree.grid.GridField;
import org.anodefree.grid.PixelGrid;
import org.anodefree.map.GaussianRandomField;
import org.anodefree.parameters.Parameter;

/**
 * A log-normal multiplier field {@code exp(sigma g - sigma^2 / 2)} where g is a zero-mean, unit-variance
 * Gaussian random field with Gaussian covariance of correlation length ell ({@link GaussianRandomField},
 * periodic, seeded from the run's seed and this law's own {@link RandomStream}): the
 * factor has mean 1 and log-standard deviation sigma. Log-normal because contact and exchange current
 * are positive and vary over orders of magnitude where contact is poor.
 *
 * <p>Stripping sees its own field, {@code g_s = rho g + sqrt(1 - rho^2) g'} with g' an independent field of
 * the same correlation length, so the two are correlated by rho: plating follows nuclei, contact and the
 * electrolyte's hot spots, stripping follows where contact survives and creep resupplies, and where the two
 * maps are not mirror images every cycle moves Li sideways (DEGRADATION.md, mechanism 1; Mosleh et al.,
 * arXiv:2408.03175, on such feedback roughening an interface). rho = 1 is one shared field.
 */
public final class LognormalHeterogeneity implements InterfaceHeterogeneity {
    private final double logStdDev;
    private final double correlationLengthMeters;
    private final double platingStrippingCorrelation;

    /** What {@link #from} reads. */
    public static final List<Parameter> PARAMETERS = List.of(Parameter.HETEROGENEITY_LOG_STD_DEV,
            Parameter.HETEROGENEITY_CORRELATION_LENGTH, Parameter.HETEROGENEITY_PLATING_STRIPPING_CORRELATION);

    /** The field with the parameter set's spread, correlation length and plating-stripping correlation. */
    public static LognormalHeterogeneity from(LawContext c) {
        return new LognormalHeterogeneity(c.value(Parameter.HETEROGENEITY_LOG_STD_DEV),
                c.value(Parameter.HETEROGENEITY_CORRELATION_LENGTH),
                c.value(Parameter.HETEROGENEITY_PLATING_STRIPPING_CORRELATION));
    }

    /** One field shared by plating and stripping. */
    public LognormalHeterogeneity(double logStdDev, double correlationLengthMeters) {
        this(logStdDev, correlationLengthMeters, 1.0);
    }

    /**
     * @param platingStrippingCorrelation rho in [-1, 1] between the plating and stripping fields' Gaussians
     */
    public LognormalHeterogeneity(double logStdDev, double correlationLengthMeters, double platingStrippingCorrelation) {
        if (!(logStdDev >= 0) || !Double.isFinite(logStdDev)) {
            throw new InputException("heterogeneity log-standard deviation must be >= 0, got " + logStdDev);
        }
        if (!(correlationLengthMeters >= 0) || !Double.isFinite(correlationLengthMeters)) {
            throw new InputException("heterogeneity correlation length must be >= 0 m, got " + correlationLengthMeters);
        }
        if (!(platingStrippingCorrelation >= -1 && platingStrippingCorrelation <= 1)) {
            throw new InputException("plating-stripping correlation must be in [-1, 1], got " + platingStrippingCorrelation);
        }
        this.logStdDev = logStdDev;
        this.correlationLengthMeters = correlationLengthMeters;
        this.platingStrippingCorrelation = platingStrippingCorrelation;
    }

    @Override
    public GridField strippingField(long seed, PixelGrid grid, GridField plating) {
        double rho = platingStrippingCorrelation;
        if (rho == 1.0) {
            return plating;
        }
        double corr = correlationLengthMeters / grid.pixelSizeMeters();
        double[] g = GaussianRandomField.generate(grid.width(), grid.height(), corr, streamSeed(seed));
        double[] h = GaussianRandomField.generate(grid.width(), grid.height(), corr,
                SeededUniforms.bits(seed, RandomStream.STRIPPING_HETEROGENEITY.id(), 0));
        double other = Math.sqrt(1 - rho * rho);
        double shift = 0.5 * logStdDev * logStdDev;
        double[] f = new double[g.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = Math.exp(logStdDev * (rho * g[i] + other * h[i]) - shift);
        }
        return GridField.adopting(grid, f);
    }

    public double platingStrippingCorrelation() {
        return platingStrippingCorrelation;
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
