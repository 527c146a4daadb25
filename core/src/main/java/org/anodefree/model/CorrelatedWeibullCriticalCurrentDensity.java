package org.anodefree.model;

import org.anodefree.InputException;
import org.anodefree.grid.PixelGrid;
import org.anodefree.map.GaussianRandomField;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.WeibullDistribution;

/**
 * Per-pixel critical current densities with a Weibull marginal and spatial correlation: a standard
 * Gaussian random field g of correlation length ell (periodic, {@link GaussianRandomField}) mapped
 * through {@code F_Weibull^-1(Phi(g))} (a Gaussian copula). Used for the void threshold: how well creep
 * resupplies the interface depends on the local contact and microstructure of the pellet surface, which
 * vary over the same hundreds of um as the deposit (Lewis et al., Fig. 3c), not pixel by pixel; white
 * noise would strip the last Li as a salt-and-pepper pattern at the pixel scale.
 */
public final class CorrelatedWeibullCriticalCurrentDensity implements CriticalCurrentDensity {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private final WeibullDistribution distribution;
    private final int width;
    private final double correlationPixels;

    /**
     * @param scaleAmpsPerM2 Weibull scale
     * @param shape Weibull shape
     * @param grid the patch (square)
     * @param correlationLengthMeters ell (0: independent pixels)
     */
    public CorrelatedWeibullCriticalCurrentDensity(double scaleAmpsPerM2, double shape, PixelGrid grid,
            double correlationLengthMeters) {
        this(scaleAmpsPerM2, shape, grid.width(), correlationLengthMeters, grid.pixelSizeMeters());
    }

    private CorrelatedWeibullCriticalCurrentDensity(double scaleAmpsPerM2, double shape, int width,
            double correlationLengthMeters, double pixelSizeMeters) {
        if (!(scaleAmpsPerM2 > 0) || !Double.isFinite(scaleAmpsPerM2) || !(shape > 0) || !Double.isFinite(shape)
                || width < 1 || !(correlationLengthMeters >= 0) || !(pixelSizeMeters > 0)) {
            throw new InputException("correlated Weibull threshold: scale and shape must be positive and finite, the "
                    + "grid at least 1 pixel and the correlation length >= 0, got " + scaleAmpsPerM2 + " A/m2, " + shape
                    + ", " + width + " px, " + correlationLengthMeters + " m");
        }
        this.distribution = new WeibullDistribution(shape, scaleAmpsPerM2);
        this.width = width;
        this.correlationPixels = correlationLengthMeters / pixelSizeMeters;
    }

    @Override
    public void fill(long seed, RandomStream stream, double[] out) {
        if (out.length != width * width) {
            throw new IllegalArgumentException("threshold field needs " + width * width + " values, got " + out.length);
        }
        double[] g = GaussianRandomField.generate(width, width, correlationPixels,
                SeededUniforms.bits(seed, stream.id(), 0));
        for (int i = 0; i < out.length; i++) {
            // Clamp away from 0 and 1 so that an extreme g never maps to a zero or infinite threshold.
            double u = Math.min(1 - 1e-16, Math.max(1e-300, STANDARD_NORMAL.cumulativeProbability(g[i])));
            out[i] = distribution.inverseCumulativeProbability(u);
        }
    }

    public double scaleAmpsPerM2() {
        return distribution.getScale();
    }
}
