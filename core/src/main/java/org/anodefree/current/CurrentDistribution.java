package org.anodefree.current;

import java.util.Arrays;
import org.anodefree.InputException;
import org.anodefree.grid.GridField;
import org.anodefree.grid.PixelGrid;

/**
 * The solved current distribution on the electrode grid: local current density (zero on inactive
 * pixels), electrolyte potential at the interface, electrode potential, and the summary numbers
 * derived from them (active area, mean/max local current density, quantiles, histogram, access
 * resistance, mean kinetic overpotential). Immutable.
 */
public final class CurrentDistribution {
    private static final double CM2_PER_M2 = 1e4;

    private final int width;
    private final int height;
    private final double pixelSizeMeters;
    private final double[] currentDensity;
    private final double[] interfacePotential;
    private final boolean[] active;
    private final int activeCount;
    /** Active pixels' current densities in order; made on first use (quantiles, histogram). */
    private volatile double[] sortedActive;
    private final double electrodePotentialVolts;
    private final double totalCurrentAmps;
    private final double ohmicPowerWatts;
    private final Electrolyte electrolyte;
    private final int cgIterations;
    private final int newtonIterations;
    /** Solves since the interface potential was last made by a transform of j (not carried through CG). */
    private final int carriedSolves;

    CurrentDistribution(int width, int height, double pixelSizeMeters, double[] currentDensityAmpsPerM2,
            double[] interfacePotentialVolts, CurrentProblem problem, double electrodePotentialVolts,
            Electrolyte electrolyte, int cgIterations, int newtonIterations, int carriedSolves) {
        this.carriedSolves = carriedSolves;
        this.width = width;
        this.height = height;
        this.pixelSizeMeters = pixelSizeMeters;
        this.currentDensity = currentDensityAmpsPerM2;
        this.interfacePotential = interfacePotentialVolts;
        int pixels = width * height;
        this.active = new boolean[pixels];
        this.electrodePotentialVolts = electrodePotentialVolts;
        this.electrolyte = electrolyte;
        this.cgIterations = cgIterations;
        this.newtonIterations = newtonIterations;
        double h2 = pixelSizeMeters * pixelSizeMeters;
        int n = 0;
        double current = 0;
        double power = 0;
        for (int i = 0; i < pixels; i++) {
            if (problem.contactAt(i) > 0) {
                active[i] = true;
                n++;
                current += h2 * currentDensity[i];
                power += h2 * currentDensity[i] * interfacePotential[i];
            }
        }
        this.totalCurrentAmps = current;
        this.ohmicPowerWatts = power;
        this.activeCount = n;
    }

    private double[] sorted() {
        double[] s = sortedActive;
        if (s == null) {
            s = new double[activeCount];
            for (int i = 0, k = 0; i < active.length; i++) {
                if (active[i]) {
                    s[k++] = currentDensity[i];
                }
            }
            Arrays.sort(s);
            sortedActive = s;
        }
        return s;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public double pixelSizeMeters() {
        return pixelSizeMeters;
    }

    /** Local current density on the electrode grid, A/m2, as a field (a copy). */
    public GridField currentDensity() {
        return GridField.adopting(new PixelGrid(width(), height(), pixelSizeMeters()), currentDensity.clone());
    }

    /** Local current density, A/m2, row-major on the electrode grid (a copy). */
    public double[] currentDensityAmpsPerM2() {
        return currentDensity.clone();
    }

    /** Local current density of one pixel (row-major index), A/m2. */
    public double currentDensityAt(int index) {
        return currentDensity[index];
    }

    /** Electrolyte potential at the interface against the counter electrode, V, row-major (a copy). */
    public double[] interfacePotentialVolts() {
        return interfacePotential.clone();
    }

    /** Electrolyte potential at the interface of one pixel (row-major index), V, without copying the field. */
    public double interfacePotentialAt(int index) {
        return interfacePotential[index];
    }

    public boolean isActive(int index) {
        return active[index];
    }

    /** Electrode potential against the counter electrode, V: mean kinetic overpotential plus ohmic drop. */
    public double electrodePotentialVolts() {
        return electrodePotentialVolts;
    }

    /** Total current through the interface, A (sum of j h^2 over active pixels). */
    public double totalCurrentAmps() {
        return totalCurrentAmps;
    }

    public int activePixelCount() {
        return activeCount;
    }

    public double activeAreaM2() {
        return activeCount * pixelSizeMeters * pixelSizeMeters;
    }

    /** Active pixels over all pixels of the electrode grid. */
    public double activeFraction() {
        return (double) activeCount / (width * height);
    }

    /** Mean local current density over active pixels, A/m2. */
    public double meanLocalCurrentDensityAmpsPerM2() {
        return totalCurrentAmps / activeAreaM2();
    }

    /** Largest local current density, A/m2 (largest magnitude's sign kept: most cathodic when plating). */
    public double maxLocalCurrentDensityAmpsPerM2() {
        double[] s = sorted();
        double hi = s[s.length - 1];
        double lo = s[0];
        return Math.abs(lo) > Math.abs(hi) ? lo : hi;
    }

    /**
     * The p-quantile of local current density over active pixels, A/m2, linear between order
     * statistics (Hyndman and Fan 1996, definition 7).
     */
    public double quantileAmpsPerM2(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new InputException("quantile: probability must be in [0, 1], got " + p);
        }
        double[] s = sorted();
        double pos = p * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }

    /** Histogram of local current density over active pixels in {@code bins} equal bins from min to max. */
    public Histogram histogram(int bins) {
        if (bins < 1) {
            throw new InputException("histogram: bins must be >= 1, got " + bins);
        }
        double[] s = sorted();
        double lo = s[0];
        double hi = s[s.length - 1];
        long[] counts = new long[bins];
        double width = (hi - lo) / bins;
        for (double v : s) {
            int b = width > 0 ? (int) ((v - lo) / width) : 0;
            counts[Math.min(b, bins - 1)]++;
        }
        return new Histogram(lo, hi, counts);
    }

    /**
     * Access (constriction) resistance, Ohm m2, area-specific on the electrode grid: the
     * electrolyte's resistance to this distribution, defined by its ohmic dissipation
     * P = sum h^2 j phi = I^2 R_el, minus that of uniform current, L / sigma:
     * R_acc = P A_e / I^2 - L / sigma. Cell ASR in the electrolyte is L / sigma + R_acc. NaN at
     * zero current; negative when a finite electrode spreads current beyond its edges.
     */
    public double accessResistanceOhmM2() {
        if (totalCurrentAmps == 0) {
            return Double.NaN;
        }
        double area = width * height * pixelSizeMeters * pixelSizeMeters;
        return ohmicPowerWatts * area / (totalCurrentAmps * totalCurrentAmps) - electrolyte.uniformResistanceOhmM2();
    }

    public double accessResistanceOhmCm2() {
        return accessResistanceOhmM2() * CM2_PER_M2;
    }

    /** Current-weighted mean kinetic overpotential, V: E minus the current-weighted electrolyte potential. */
    public double meanKineticOverpotentialVolts() {
        return totalCurrentAmps == 0 ? 0.0 : electrodePotentialVolts - ohmicPowerWatts / totalCurrentAmps;
    }

    /** The current density field itself, not a copy, for the solver's warm start: never written to. */
    double[] currentDensityView() {
        return currentDensity;
    }

    /** The interface potential field itself, not a copy, for the solver's warm start: never written to. */
    double[] interfacePotentialView() {
        return interfacePotential;
    }

    /** Solves since the interface potential was last computed afresh from j (warm starts bound the chain). */
    int carriedSolves() {
        return carriedSolves;
    }

    /** The slab this distribution was solved for (warm starts check it before reusing the potential). */
    Electrolyte electrolyte() {
        return electrolyte;
    }

    /** CG iterations used (summed over Newton steps). */
    public int cgIterations() {
        return cgIterations;
    }

    /** Newton steps used (0 for linear kinetics). */
    public int newtonIterations() {
        return newtonIterations;
    }

    /**
     * Counts of local current density in equal bins.
     *
     * @param minAmpsPerM2 lower edge of the first bin
     * @param maxAmpsPerM2 upper edge of the last bin
     * @param counts pixels per bin
     */
    public record Histogram(double minAmpsPerM2, double maxAmpsPerM2, long[] counts) {
        public Histogram {
            counts = counts.clone();
        }

        @Override
        public long[] counts() {
            return counts.clone();
        }

        /** Lower edge of bin {@code b}, A/m2. */
        public double lowerEdgeAmpsPerM2(int b) {
            return minAmpsPerM2 + b * (maxAmpsPerM2 - minAmpsPerM2) / counts.length;
        }
    }
}
