package org.anodefree.model;

import java.util.List;
import org.anodefree.InputException;
import org.anodefree.grid.PixelGrid;
import org.anodefree.parameters.Parameter;

/**
 * Creep of the Li layer as thin-film flow on the pixel grid: thickness obeys
 * {@code dh/dt = div(D(h) grad h)} with a mobility that grows with the layer's thickness,
 * {@code D(h) = D_p (min(h, h_sat) / h_ref)^m}, so Li flows from thick to thin regions and spreads onto
 * bare current collector, and thin films flow less than thick ones.
 *
 * <p>Why this form. Li yields at ~0.8 MPa (Masias et al., J. Mater. Sci. 54, 2585, 2019,
 * doi:10.1007/s10853-018-2971-3), far below the 15 MPa stack pressure, so the deposit flows laterally
 * under the load. In lubrication (Reynolds) theory a layer of thickness h confined between plates
 * carries a flux proportional to h^3 times the pressure gradient; here the pressure gradient is taken
 * proportional to the thickness gradient (thicker regions carry more of the stack load), which gives the
 * nonlinear diffusion above with m = 3 (the porous-medium equation: fronts advance at a finite speed,
 * Vazquez, The Porous Medium Equation, Oxford 2007). The mobility stops growing above h_sat: a thick
 * foil is not a confined film. Pressure enters through Li's power-law creep, strain rate ~ sigma^n
 * (n = 6.6, Masias et al.): {@code D_p = D_ref (p / p_ref)^n}.
 *
 * <p>Numerics: explicit conservative fluxes between 4-neighbours (periodic), face mobility the mean of
 * the two pixels' mobilities, sub-steps no longer than {@code dx^2 / (4 D_max)}, which keeps every
 * thickness non-negative and the total exactly conserved up to rounding. At most
 * {@code maxSubsteps} sub-steps per call ({@link LawNumerics}): creep faster than that is treated as saturated (the rest of
 * the interval does not flow; a run's {@link Flow#saturatedCalls()} counts how often). A bare pixel becomes
 * Li-holding once it holds {@code h_wet}. A run's flow ({@link #start}) owns its work arrays, so one law
 * serves any number of runs at once.
 */
public final class ThinFilmCreep implements DepositRelaxation {

    private final double diffusivity;
    private final double referenceThickness;
    private final double exponent;
    private final double saturationThickness;
    private final double wettingThickness;
    private final int maxSubsteps;

    /** What {@link #from} reads. */
    public static final List<Parameter> PARAMETERS = List.of(Parameter.DEPOSIT_CREEP_DIFFUSIVITY,
            Parameter.DEPOSIT_CREEP_REFERENCE_THICKNESS, Parameter.DEPOSIT_CREEP_THICKNESS_EXPONENT,
            Parameter.DEPOSIT_CREEP_SATURATION_THICKNESS, Parameter.DEPOSIT_REFERENCE_PRESSURE,
            Parameter.LI_CREEP_STRESS_EXPONENT);

    /** The law with the parameter set's values at the cell's stack pressure. */
    public static ThinFilmCreep from(LawContext c) {
        return new ThinFilmCreep(c.value(Parameter.DEPOSIT_CREEP_DIFFUSIVITY),
                c.value(Parameter.DEPOSIT_CREEP_REFERENCE_THICKNESS), c.value(Parameter.DEPOSIT_CREEP_THICKNESS_EXPONENT),
                c.value(Parameter.DEPOSIT_CREEP_SATURATION_THICKNESS), c.numerics().wettingThicknessMeters(),
                c.value(Parameter.DEPOSIT_REFERENCE_PRESSURE), c.cell().stackPressurePascals(),
                c.value(Parameter.LI_CREEP_STRESS_EXPONENT), c.numerics().creepMaxSubsteps());
    }

    /**
     * @param referenceDiffusivityM2PerSecond D_ref: mobility of a layer of the reference thickness at the reference pressure
     * @param referenceThicknessMeters h_ref
     * @param thicknessExponent m (3 for a confined viscous film)
     * @param saturationThicknessMeters h_sat, above which the mobility no longer grows
     * @param wettingThicknessMeters h_wet, the Li a bare pixel needs to count as Li-holding
     * @param referencePressurePascals p_ref
     * @param stackPressurePascals p
     * @param stressExponent n of Li's power-law creep
     * @param maxSubsteps most explicit sub-steps per call
     */
    public ThinFilmCreep(double referenceDiffusivityM2PerSecond, double referenceThicknessMeters, double thicknessExponent,
            double saturationThicknessMeters, double wettingThicknessMeters, double referencePressurePascals,
            double stackPressurePascals, double stressExponent, int maxSubsteps) {
        if (!(referenceDiffusivityM2PerSecond >= 0) || !(referenceThicknessMeters > 0) || !(thicknessExponent >= 0)
                || !(saturationThicknessMeters > 0) || !(wettingThicknessMeters > 0) || !(referencePressurePascals > 0)
                || !(stackPressurePascals >= 0) || !(stressExponent > 0)) {
            throw new InputException("thin-film creep: diffusivity and stack pressure must be >= 0, thicknesses, reference "
                    + "pressure and stress exponent > 0, got D = " + referenceDiffusivityM2PerSecond + " m2/s, h_ref = "
                    + referenceThicknessMeters + " m, m = " + thicknessExponent + ", h_sat = " + saturationThicknessMeters
                    + " m, h_wet = " + wettingThicknessMeters + " m, p_ref = " + referencePressurePascals + " Pa, p = "
                    + stackPressurePascals + " Pa, n = " + stressExponent);
        }
        this.diffusivity = referenceDiffusivityM2PerSecond * Math.pow(stackPressurePascals / referencePressurePascals,
                stressExponent);
        this.referenceThickness = referenceThicknessMeters;
        this.exponent = thicknessExponent;
        this.saturationThickness = saturationThicknessMeters;
        this.wettingThickness = wettingThicknessMeters;
        if (maxSubsteps < 1) {
            throw new InputException("thin-film creep: at least one sub-step per call, got " + maxSubsteps);
        }
        this.maxSubsteps = maxSubsteps;
    }

    /** The law with the default sub-step cap ({@link LawNumerics#defaults()}). */
    public ThinFilmCreep(double referenceDiffusivityM2PerSecond, double referenceThicknessMeters, double thicknessExponent,
            double saturationThicknessMeters, double wettingThicknessMeters, double referencePressurePascals,
            double stackPressurePascals, double stressExponent) {
        this(referenceDiffusivityM2PerSecond, referenceThicknessMeters, thicknessExponent, saturationThicknessMeters,
                wettingThicknessMeters, referencePressurePascals, stackPressurePascals, stressExponent,
                LawNumerics.defaults().creepMaxSubsteps());
    }

    /** Most sub-steps per call. */
    public int maxSubsteps() {
        return maxSubsteps;
    }

    /** D(h) at this cell's pressure, m2/s. */
    public double mobilityM2PerSecond(double thicknessMeters) {
        double h = Math.min(Math.max(thicknessMeters, 0), saturationThickness);
        if (h == 0) {
            return 0;
        }
        double x = h / referenceThickness;
        // The lubrication exponent m = 3 as two multiplications (within 2 ulp of pow): this runs for every
        // pixel in every sub-step, where pow was most of the creep's cost.
        return diffusivity * (exponent == 3.0 ? x * x * x : Math.pow(x, exponent));
    }

    @Override
    public Flow start(PixelGrid grid) {
        if (!grid.isSquare()) {
            throw new IllegalArgumentException("thin-film creep runs on a square grid, got " + grid.width() + " x "
                    + grid.height());
        }
        return new CreepFlow(grid.width(), grid.pixelSizeMeters());
    }

    /**
     * One call's flow on a periodic {@code width x width} grid (a fresh flow each call: for tests and one-off
     * use; a run keeps one from {@link #start}).
     */
    public void relax(double[] h, boolean[] hasLithium, int width, double pixelSizeMeters, double dtSeconds) {
        new CreepFlow(width, pixelSizeMeters).relax(h, hasLithium, dtSeconds);
    }

    /** A run's flow, with its work arrays. */
    private final class CreepFlow implements Flow {
        private final int width;
        private final double pixelSizeMeters;
        private final double[] flow;
        private final double[] mobility;
        private long saturated;

        CreepFlow(int width, double pixelSizeMeters) {
            this.width = width;
            this.pixelSizeMeters = pixelSizeMeters;
            this.flow = new double[width * width];
            this.mobility = new double[width * width];
        }

        @Override
        public long saturatedCalls() {
            return saturated;
        }

        @Override
        public void relax(double[] h, boolean[] hasLithium, double dtSeconds) {
            if (!(dtSeconds > 0) || diffusivity == 0) {
                return;
            }
            int n = h.length;
            double left = dtSeconds;
            double dx2 = pixelSizeMeters * pixelSizeMeters;
            for (int sub = 0; sub < maxSubsteps && left > 0; sub++) {
                double dMax = 0;
                for (int i = 0; i < n; i++) {
                    mobility[i] = mobilityM2PerSecond(h[i]);
                    dMax = Math.max(dMax, mobility[i]);
                }
                if (dMax == 0) {
                    left = 0;
                    break;
                }
                double dt = Math.min(left, 0.9 * dx2 / (4 * dMax));
                left -= dt;
                double k = dt / dx2;
                java.util.Arrays.fill(flow, 0);
                // Each face once (right and down neighbours): what leaves one pixel enters the other, so the
                // sum is conserved exactly up to rounding.
                for (int r = 0; r < width; r++) {
                    int row = r * width;
                    int down = ((r + 1) % width) * width;
                    for (int c = 0; c < width; c++) {
                        int i = row + c;
                        int right = row + (c + 1 == width ? 0 : c + 1);
                        int below = down + c;
                        double di = mobility[i];
                        double fr = 0.5 * (di + mobility[right]) * (h[i] - h[right]) * k;
                        double fd = 0.5 * (di + mobility[below]) * (h[i] - h[below]) * k;
                        flow[i] -= fr + fd;
                        flow[right] += fr;
                        flow[below] += fd;
                    }
                }
                for (int i = 0; i < n; i++) {
                    // The sub-step bound makes each pixel's outflow at most its own thickness; the max() only
                    // clears a negative rounding residue.
                    h[i] = Math.max(0, h[i] + flow[i]);
                }
            }
            if (left > 0) {
                saturated++;
            }
            for (int i = 0; i < n; i++) {
                if (!hasLithium[i] && h[i] >= wettingThickness) {
                    hasLithium[i] = true;
                }
            }
        }
    }
}
