package org.anodefree.model;

import org.anodefree.InputException;
import org.anodefree.parameters.Parameter;
import org.hipparchus.distribution.continuous.WeibullDistribution;

/**
 * Critical current densities drawn independently per pixel from a Weibull distribution,
 * {@code P(j_c <= j) = 1 - exp(-(j / scale)^shape)}: the weakest-link statistics that fit the scatter of
 * critical current densities between nominally identical Li | solid-electrolyte cells (MODEL.md). A
 * small shape means wide scatter.
 *
 * <p>Weakest-link scaling ({@link #pixelScale}): if a cell of area A_cell fails at its weakest pixel,
 * and pixels of area A_px have Weibull(shape, s_px), the cell's threshold is Weibull(shape, s_px *
 * (A_px / A_cell)^(1/shape)). So a cell-level scale measured on a whole cell maps to a larger per-pixel scale.
 */
public final class WeibullCriticalCurrentDensity implements CriticalCurrentDensity {
    private final WeibullDistribution distribution;

    /** Per-pixel Weibull law with the given scale (A/m2) and shape (dimensionless). */
    public WeibullCriticalCurrentDensity(double scaleAmpsPerM2, double shape) {
        if (!(scaleAmpsPerM2 > 0) || !Double.isFinite(scaleAmpsPerM2) || !(shape > 0) || !Double.isFinite(shape)) {
            throw new InputException("Weibull critical current density: scale and shape must be positive and finite, got "
                    + scaleAmpsPerM2 + " A/m2 and " + shape);
        }
        this.distribution = new WeibullDistribution(shape, scaleAmpsPerM2);
    }

    /**
     * Filament thresholds of the patch's own pixels: the parameter set's cell-level Weibull law mapped to
     * pixels by weakest-link scaling ({@link #pixelScale}), with no sites of the rest of the electrode.
     */
    public static WeibullCriticalCurrentDensity fromCellScale(LawContext c) {
        double shape = c.value(Parameter.FILAMENT_CRITICAL_SHAPE);
        return new WeibullCriticalCurrentDensity(pixelScale(c.value(Parameter.FILAMENT_CRITICAL_SCALE), shape,
                c.cell().electrodeAreaM2(), c.grid().pixelAreaM2()), shape);
    }

    /** The per-pixel scale that makes the weakest of A_cell / A_px pixels follow a cell-level Weibull(shape, cellScale). */
    public static double pixelScale(double cellScaleAmpsPerM2, double shape, double cellAreaM2, double pixelAreaM2) {
        return cellScaleAmpsPerM2 * Math.pow(cellAreaM2 / pixelAreaM2, 1.0 / shape);
    }

    @Override
    public void fill(long seed, RandomStream stream, double[] outAmpsPerM2) {
        for (int i = 0; i < outAmpsPerM2.length; i++) {
            outAmpsPerM2[i] = distribution.inverseCumulativeProbability(SeededUniforms.uniform(seed, stream.id(), i));
        }
    }

    public double scaleAmpsPerM2() {
        return distribution.getScale();
    }

    public double shape() {
        return distribution.getShape();
    }
}
