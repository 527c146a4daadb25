package org.anodefree.cycling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.anodefree.units.LithiumMetal;

/**
 * Per-cycle plating and stripping numbers of a {@link CyclingRecord}: capacities per electrode area,
 * Coulombic efficiency, cumulative plated capacity, nucleation overpotential, plateaus, end-of-strip
 * polarization, and the short circuit ({@link ShortCircuitDetector}). One code path for measured and
 * simulated cells.
 *
 * <p>Capacities integrate the current over time rather than trusting a cycler's capacity column, whose reset
 * rules differ between vendors.
 */
public final class CycleAnalysis {
    /** Fraction of the plating step, by time, in which the nucleation peak is looked for. */
    static final double NUCLEATION_WINDOW = 0.3;
    /** The recovered overpotential is the median one after the peak up to this fraction of the step. */
    static final double RECOVERY_WINDOW = 0.5;

    private CycleAnalysis() {
    }

    /**
     * Analyses a record.
     *
     * @param electrodeAreaM2 electrode area in m2 (> 0)
     * @param sign the plating sign, or {@code null} to infer it ({@link PlatingSign#infer})
     */
    public static CycleSummary analyze(CyclingRecord record, double electrodeAreaM2, PlatingSign sign,
            ShortCircuitCriteria criteria) {
        if (!(electrodeAreaM2 > 0) || !Double.isFinite(electrodeAreaM2)) {
            throw new IllegalArgumentException("electrode area must be > 0 m2, got " + electrodeAreaM2);
        }
        PlatingSign s = sign != null ? sign : PlatingSign.infer(record);
        List<StepSegment> segments = CycleSegmenter.segments(record, s);
        List<List<StepSegment>> grouped = CycleSegmenter.cycles(segments);
        double perArea = 1.0 / (electrodeAreaM2 * LithiumMetal.COULOMBS_PER_M2_PER_MAH_PER_CM2);
        double[] t = record.timeSeconds();
        double[] v = record.voltageVolts();
        double[] i = record.currentAmps();
        List<CycleResult> cycles = new ArrayList<>();
        List<CyclingEvent> events = new ArrayList<>();
        double cumulative = 0;
        for (int k = 0; k < grouped.size(); k++) {
            List<StepSegment> cycle = grouped.get(k);
            double plated = 0;
            double stripped = 0;
            StepSegment firstPlating = null;
            StepSegment lastStripping = null;
            for (StepSegment seg : cycle) {
                double q = SegmentStatistics.chargeCoulombs(t, i, seg.firstRow(), seg.endRow()) * perArea;
                if (seg.direction() == StepSegment.Direction.PLATING) {
                    plated += q;
                    if (firstPlating == null) {
                        firstPlating = seg;
                    }
                } else if (seg.direction() == StepSegment.Direction.STRIPPING) {
                    stripped += q;
                    lastStripping = seg;
                }
            }
            cumulative += plated;
            double nucleation = nucleationMillivolts(t, v, firstPlating, s, k + 1, events);
            double platingPlateau = SegmentStatistics.medianInTimeWindow(t, v, firstPlating.firstRow(),
                    firstPlating.endRow(), 0.25, 0.75, 1.0);
            double strippingPlateau = Double.NaN;
            double endOfStrip = Double.NaN;
            if (lastStripping != null) {
                int a = lastStripping.firstRow();
                int b = lastStripping.endRow();
                strippingPlateau = SegmentStatistics.medianInTimeWindow(t, v, a, b, 0.25, 0.75, 1.0);
                double w = -s.sign();
                endOfStrip = 1e3 * (w * v[b - 1] - w * strippingPlateau);
            }
            double ce = plated > 0 && lastStripping != null ? stripped / plated : Double.NaN;
            StepSegment last = cycle.get(cycle.size() - 1);
            cycles.add(new CycleResult(k + 1, plated, stripped, ce, cumulative, nucleation, endOfStrip,
                    platingPlateau, strippingPlateau, Double.NaN, cycle.get(0).firstRow(), last.endRow()));
        }
        ShortCircuit shortCircuit = ShortCircuitDetector.detect(record, segments, grouped, s, criteria, perArea);
        events.addAll(shortCircuit.evidence());
        events.sort(Comparator.comparingInt(CyclingEvent::row));
        return new CycleSummary(record.source(), s, electrodeAreaM2, cycles, shortCircuit, events, segments);
    }

    /** {@link #analyze} with the default short-circuit criteria. */
    public static CycleSummary analyze(CyclingRecord record, double electrodeAreaM2, PlatingSign sign) {
        return analyze(record, electrodeAreaM2, sign, ShortCircuitCriteria.defaults());
    }

    /**
     * Depth of the nucleation peak: the highest plating overpotential in the first {@value #NUCLEATION_WINDOW}
     * of the step minus the median one after it up to {@value #RECOVERY_WINDOW} of the step (where the
     * overpotential has recovered to growth on the new Li nuclei; Pei et al., Nano Lett. 17 (2017) 1132).
     */
    private static double nucleationMillivolts(double[] t, double[] v, StepSegment seg, PlatingSign s, int cycle,
            List<CyclingEvent> events) {
        int a = seg.firstRow();
        int b = seg.endRow();
        double t0 = t[a];
        double span = t[b - 1] - t0;
        if (b - a < 3 || !(span > 0)) {
            return Double.NaN;
        }
        int peak = -1;
        double peakU = Double.NEGATIVE_INFINITY;
        for (int r = a; r < b && t[r] - t0 <= NUCLEATION_WINDOW * span; r++) {
            double u = s.sign() * v[r];
            if (u > peakU) {
                peakU = u;
                peak = r;
            }
        }
        if (peak < 0) {
            return Double.NaN; // no finite voltage in the window: there is no peak to measure
        }
        // The recovered overpotential: the median after the peak, robust to a spike or a short late in the window.
        double[] after = new double[b - a];
        int n = 0;
        for (int r = peak + 1; r < b && t[r] - t0 <= RECOVERY_WINDOW * span; r++) {
            if (Double.isFinite(v[r])) {
                after[n++] = s.sign() * v[r];
            }
        }
        double recovered = n == 0 ? peakU : SegmentStatistics.median(after, n);
        double depth = 1e3 * Math.max(0, peakU - recovered);
        if (depth > 0) {
            events.add(new CyclingEvent(CyclingEvent.Kind.NUCLEATION, peak, t[peak], String.format(
                    java.util.Locale.ROOT, "cycle %d: nucleation peak %.1f mV above the recovered overpotential",
                    cycle, depth)));
        }
        return depth;
    }
}
