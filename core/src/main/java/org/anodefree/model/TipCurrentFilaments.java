package org.anodefree.model;

import java.util.List;
import org.anodefree.InputException;
import org.anodefree.grid.PixelGrid;
import org.anodefree.parameters.Parameter;
import org.anodefree.units.LithiumMetal;

/**
 * Filaments that start when the local plating current exceeds the pixel's critical current density
 * and grow by depositing the pixel's current at the filament tip: a tip occupying a fraction phi of
 * the pixel's area advances at {@code v = j V_m / (F phi)}, faster than the flat deposit by 1/phi.
 * This is the current-driven propagation picture of Li filaments through solid electrolytes (Porz et
 * al., Adv. Energy Mater. 7, 1701003, 2017; Kasemchainan et al., Nat. Mater. 18, 1105, 2019): the time
 * to cross the separator is set by the charge carried, so once started a filament crosses quickly.
 *
 * <p>The local current that starts a filament is the pixel's current per contact, {@code j / c}: it
 * crowds through the contact voids left (Lewis et al., Fig. 5d). Thresholds are drawn per run from
 * {@code thresholds} ({@link CellEquivalentWeakSites} or {@link WeibullThresholds}).
 */
public final class TipCurrentFilaments implements FilamentLaw {
    /** What {@link #from} reads (the thresholds' parameters are {@link CellEquivalentWeakSites#PARAMETERS}). */
    public static final List<Parameter> PARAMETERS = List.of(Parameter.FILAMENT_TIP_AREA_FRACTION,
            Parameter.FILAMENT_CRITICAL_SCALE, Parameter.FILAMENT_CRITICAL_SHAPE);

    private final double tipAreaFraction;
    private final ThresholdField thresholds;

    /** The law with per-pixel thresholds drawn from {@code thresholds}. */
    public TipCurrentFilaments(double tipAreaFraction, ThresholdField thresholds) {
        if (!(tipAreaFraction > 0 && tipAreaFraction <= 1)) {
            throw new InputException("filament tip area fraction must be in (0, 1], got " + tipAreaFraction);
        }
        this.tipAreaFraction = tipAreaFraction;
        this.thresholds = thresholds == null ? new ThresholdField.None() : thresholds;
    }

    /** The start and growth rule alone (thresholds infinite), for tests of {@link #starts} and {@link #growthMetersPerSecond}. */
    public TipCurrentFilaments(double tipAreaFraction) {
        this(tipAreaFraction, null);
    }

    /** The law with the parameter set's tip fraction and the thresholds the options choose. */
    public static TipCurrentFilaments from(LawContext c) {
        return new TipCurrentFilaments(c.value(Parameter.FILAMENT_TIP_AREA_FRACTION), FilamentThresholds.of(c,
                c.value(Parameter.FILAMENT_CRITICAL_SCALE), c.value(Parameter.FILAMENT_CRITICAL_SHAPE)));
    }

    /** True when a pixel plating at {@code platingAmpsPerM2} (> 0 plating) starts a filament against its threshold. */
    public boolean starts(double platingAmpsPerM2, double criticalAmpsPerM2) {
        return platingAmpsPerM2 > criticalAmpsPerM2;
    }

    /** Growth rate of a started filament (m/s) carrying the pixel's plating current density (<= 0: no growth). */
    public double growthMetersPerSecond(double platingAmpsPerM2) {
        return platingAmpsPerM2 > 0 ? LithiumMetal.growthRateMetersPerSecond(platingAmpsPerM2) / tipAreaFraction : 0.0;
    }

    public double tipAreaFraction() {
        return tipAreaFraction;
    }

    @Override
    public Filaments start(long seed, PixelGrid grid, double separatorMeters, ShortCircuitCriterion shortCircuit) {
        return new Field(seed, grid.pixels(), separatorMeters, shortCircuit);
    }

    /** A run's filaments: threshold, started, length and Li held, per pixel. */
    private final class Field implements Filaments {
        private final double[] threshold;
        private final boolean[] started;
        private final double[] length;
        private final double[] coulombs;
        private final double separator;
        private final ShortCircuitCriterion shortCircuit;

        Field(long seed, int pixels, double separatorMeters, ShortCircuitCriterion shortCircuit) {
            threshold = new double[pixels];
            started = new boolean[pixels];
            length = new double[pixels];
            coulombs = new double[pixels];
            separator = separatorMeters;
            this.shortCircuit = shortCircuit;
            thresholds.fill(seed, RandomStream.FILAMENT_THRESHOLD, threshold);
        }

        @Override
        public double plate(int i, double jp, double contact, double eta, boolean confined, double q, double dt) {
            if (!started[i] && starts(jp / contact, threshold[i])) {
                started[i] = true;
            }
            if (started[i] && !shortCircuit.bridges(length[i], separator)) {
                length[i] = Math.min(separator, length[i] + growthMetersPerSecond(jp) * dt);
                coulombs[i] += q;
                return q;
            }
            return 0;
        }

        @Override
        public int bridging() {
            int n = 0;
            for (int i = 0; i < length.length; i++) {
                if (started[i] && shortCircuit.bridges(length[i], separator)) {
                    n++;
                }
            }
            return n;
        }

        @Override
        public double lengthMeters(int i) {
            return length[i];
        }

        @Override
        public double coulombsPerM2(int i) {
            return coulombs[i];
        }

        @Override
        public double maxLengthMeters() {
            double max = 0;
            for (double l : length) {
                max = Math.max(max, l);
            }
            return max;
        }

        @Override
        public double stableStepSeconds(double[] j, boolean[] hasLithium, double maxAdvanceMeters) {
            double dt = Double.POSITIVE_INFINITY;
            for (int i = 0; i < j.length; i++) {
                if (j[i] < 0 && hasLithium[i] && started[i] && length[i] < separator) {
                    double v = growthMetersPerSecond(-j[i]);
                    if (v > 0) {
                        dt = Math.min(dt, maxAdvanceMeters / v);
                    }
                }
            }
            return dt;
        }

        @Override
        public double[] lengthsToArray() {
            return length.clone();
        }
    }
}
