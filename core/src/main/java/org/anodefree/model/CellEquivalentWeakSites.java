package org.anodefree.model;

import java.util.List;
import org.anodefree.InputException;
import org.anodefree.parameters.Parameter;
import org.hipparchus.distribution.discrete.PoissonDistribution;

/**
 * Filament thresholds for a simulated patch that stands for a whole electrode: the patch's own
 * per-pixel Weibull draws, plus the electrode's other weak sites placed at random pixels of the patch.
 *
 * <p>Why. A cell shorts at its weakest site under enough current, and that site is almost never in a
 * small patch: with a per-pixel Weibull law of shape k whose weakest link over the electrode has scale
 * s_cell, the electrode holds on average {@code (j / s_cell)^k} sites weaker than j, and a patch of area
 * A_patch only the fraction A_patch / A_cell of them. Simulating A_cell / A_patch patches per cell is
 * out of reach, so the sites of the rest of the electrode that could matter (thresholds below
 * {@code j_max}) are drawn here, {@code Poisson((1 - A_patch / A_cell) (j_max / s_cell)^k)} of them,
 * with thresholds {@code j_max u^(1/k)} (the Weibull law conditioned below j_max, to first order), and
 * put at uniformly random pixels (keeping the lower threshold where one lands on a weaker pixel). The
 * assumption: a weak site sees the local current of a random position, whose statistics the patch
 * represents; thresholds are independent of everything else, so this holds as long as the patch is
 * many correlation lengths of the heterogeneity wide. j_max is chosen so that on average one pixel in
 * {@code siteDensityInverse} ({@link LawNumerics}) receives a site: sites weaker than it decide the short, stronger ones are
 * as rare per area in the patch as in the cell.
 */
public final class CellEquivalentWeakSites implements CriticalCurrentDensity {

    /** What {@link #from} reads (and {@link WeibullCriticalCurrentDensity#fromCellScale}). */
    public static final List<Parameter> PARAMETERS = List.of(Parameter.FILAMENT_CRITICAL_SCALE,
            Parameter.FILAMENT_CRITICAL_SHAPE);

    private final WeibullCriticalCurrentDensity perPixel;
    private final double cellScale;
    private final double shape;
    private final double missingShare;
    private final int siteDensityInverse;

    /**
     * @param cellScaleAmpsPerM2 Weibull scale of the whole electrode's threshold
     * @param shape Weibull shape k
     * @param cellAreaM2 electrode area
     * @param pixelAreaM2 pixel area
     * @param patchAreaM2 simulated patch area
     * @param siteDensityInverse at most one weak site per this many pixels on average (a numerical setting)
     */
    public CellEquivalentWeakSites(double cellScaleAmpsPerM2, double shape, double cellAreaM2, double pixelAreaM2,
            double patchAreaM2, int siteDensityInverse) {
        if (!(cellAreaM2 > 0) || !(pixelAreaM2 > 0) || !(patchAreaM2 >= pixelAreaM2)) {
            throw new InputException("weak sites: cell, pixel and patch areas must be positive and the patch at least one "
                    + "pixel, got " + cellAreaM2 + ", " + pixelAreaM2 + ", " + patchAreaM2 + " m2");
        }
        this.perPixel = new WeibullCriticalCurrentDensity(
                WeibullCriticalCurrentDensity.pixelScale(cellScaleAmpsPerM2, shape, cellAreaM2, pixelAreaM2), shape);
        this.cellScale = cellScaleAmpsPerM2;
        this.shape = shape;
        this.missingShare = Math.max(0, 1 - patchAreaM2 / cellAreaM2);
        if (siteDensityInverse < 1) {
            throw new InputException("weak sites: at most one per pixel, got one per " + siteDensityInverse);
        }
        this.siteDensityInverse = siteDensityInverse;
    }

    /** The thresholds with the default site density ({@link LawNumerics#defaults()}). */
    public CellEquivalentWeakSites(double cellScaleAmpsPerM2, double shape, double cellAreaM2, double pixelAreaM2,
            double patchAreaM2) {
        this(cellScaleAmpsPerM2, shape, cellAreaM2, pixelAreaM2, patchAreaM2,
                LawNumerics.defaults().weakSiteDensityInverse());
    }

    /** The thresholds for the context's cell and patch, with the parameter set's cell-level Weibull law. */
    public static CellEquivalentWeakSites from(LawContext c) {
        return new CellEquivalentWeakSites(c.value(Parameter.FILAMENT_CRITICAL_SCALE),
                c.value(Parameter.FILAMENT_CRITICAL_SHAPE), c.cell().electrodeAreaM2(), c.grid().pixelAreaM2(),
                c.grid().areaM2(), c.numerics().weakSiteDensityInverse());
    }

    /** Threshold below which the rest of the electrode's sites are placed in the patch, A/m2, for n pixels. */
    public double siteCutoffAmpsPerM2(int pixels) {
        return cellScale * Math.pow((double) pixels / siteDensityInverse, 1.0 / shape);
    }

    @Override
    public void fill(long seed, RandomStream stream, double[] out) {
        perPixel.fill(seed, stream, out);
        int n = out.length;
        if (missingShare == 0) {
            return;
        }
        double jMax = siteCutoffAmpsPerM2(n);
        double mean = missingShare * Math.pow(jMax / cellScale, shape);
        // Draws for the sites come after the n per-pixel draws of the same stream, so they never reuse one.
        long base = n;
        int sites = new PoissonDistribution(mean).inverseCumulativeProbability(
                Math.min(SeededUniforms.uniform(seed, stream.id(), base), 1 - 1e-16));
        for (int s = 0; s < sites; s++) {
            long k = base + 1 + 2L * s;
            int pixel = (int) Math.min(n - 1, Math.floor(SeededUniforms.uniform(seed, stream.id(), k) * n));
            double u = SeededUniforms.uniform(seed, stream.id(), k + 1);
            out[pixel] = Math.min(out[pixel], jMax * Math.pow(u, 1.0 / shape));
        }
    }
}
