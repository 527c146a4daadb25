package org.anodefree.cycling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds the evidence of a short circuit in a record and places the short at the earliest piece:
 * <ul>
 *   <li>a voltage collapse: at constant current the polarization falls suddenly and stays down, because an
 *       electronic path through a Li filament now carries the current (Kasemchainan et al., Nat. Mater. 18
 *       (2019) 1105: half-cell voltage dropping to ~0 V at the short); a fall judged in volts rather than as a
 *       fraction of the level must also undo that fraction of the step's own rise;</li>
 *   <li>noisy voltage: a soft short that forms and burns out gives voltage noise far above the cell's own early
 *       steps;</li>
 *   <li>a step that cannot reach its cutoff: earlier steps of the same direction all ended at one voltage (a
 *       cutoff), this one ends well short of it, because the short holds the voltage down (the record's last
 *       step is not judged: it ended with the test);</li>
 *   <li>a short a simulator recorded as an event ({@link CyclingEvent.Kind#SHORT_CIRCUIT}).</li>
 * </ul>
 */
public final class ShortCircuitDetector {
    /** Rows at the start of a step skipped by the collapse test: the IR step and relaxation live there. */
    static final int SETTLING_ROWS = 2;
    /** Rows after a collapse that must stay down for it to count. */
    static final int PERSISTENCE_ROWS = 3;

    private ShortCircuitDetector() {
    }

    static ShortCircuit detect(CyclingRecord record, List<StepSegment> segments, List<List<StepSegment>> cycles,
            PlatingSign sign, ShortCircuitCriteria c, double mahPerCm2PerCoulomb) {
        double[] t = record.timeSeconds();
        double[] v = record.voltageVolts();
        List<CyclingEvent> evidence = new ArrayList<>();
        for (CyclingEvent e : record.events()) {
            if (e.kind() == CyclingEvent.Kind.SHORT_CIRCUIT) {
                evidence.add(e);
            }
        }
        int lastActive = -1;
        for (StepSegment s : segments) {
            if (s.direction() != StepSegment.Direction.REST) {
                lastActive = s.index();
            }
        }
        for (StepSegment.Direction d : new StepSegment.Direction[] {
            StepSegment.Direction.PLATING, StepSegment.Direction.STRIPPING}) {
            double orient = d == StepSegment.Direction.PLATING ? sign.sign() : -sign.sign();
            List<Double> noise = new ArrayList<>();
            List<Double> ends = new ArrayList<>();
            for (StepSegment s : segments) {
                if (s.direction() != d) {
                    continue;
                }
                collapse(t, v, s, orient, c, evidence);
                double n = SegmentStatistics.noiseVolts(v, s.firstRow(), s.endRow());
                if (noise.size() >= c.baselineSegments() && Double.isFinite(n)) {
                    double[] base = noise.subList(0, c.baselineSegments()).stream()
                            .mapToDouble(Double::doubleValue).toArray();
                    double baseline = SegmentStatistics.median(base, base.length);
                    if (n > c.noiseMinVolts() && n > c.noiseFactor() * baseline) {
                        evidence.add(new CyclingEvent(CyclingEvent.Kind.NOISY_VOLTAGE, s.firstRow(),
                                t[s.firstRow()], String.format(Locale.ROOT,
                                "step %d: voltage noise %.2f mV, %.0fx the %.3f mV of the first %d steps", s.step(),
                                1e3 * n, n / baseline, 1e3 * baseline, c.baselineSegments())));
                    }
                }
                if (Double.isFinite(n)) {
                    noise.add(n);
                }
                double end = orient * v[s.endRow() - 1];
                if (s.index() != lastActive) {
                    // The record's last step ended when the test (or its export) did, not at a cutoff.
                    cutoff(t, s, end, ends, c, evidence);
                }
                ends.add(end);
            }
        }
        if (evidence.isEmpty()) {
            return ShortCircuit.none();
        }
        evidence.sort(Comparator.comparingInt(CyclingEvent::row));
        CyclingEvent first = evidence.get(0);
        int cycle = 0;
        for (int k = 0; k < cycles.size(); k++) {
            List<StepSegment> cs = cycles.get(k);
            if (first.row() >= cs.get(0).firstRow()) {
                cycle = k + 1;
            }
        }
        int step = 0;
        double plated = 0;
        double[] i = record.currentAmps();
        for (StepSegment s : segments) {
            if (first.row() >= s.firstRow() && first.row() < s.endRow()) {
                step = s.step();
            }
            if (s.direction() == StepSegment.Direction.PLATING && s.firstRow() <= first.row()) {
                plated += SegmentStatistics.chargeCoulombsUntil(t, i, s.firstRow(), s.endRow(), first.row());
            }
        }
        return new ShortCircuit(true, cycle, step, t[first.row()] / 3600.0, plated * mahPerCm2PerCoulomb, evidence);
    }

    private static void collapse(double[] t, double[] v, StepSegment s, double orient, ShortCircuitCriteria c,
            List<CyclingEvent> evidence) {
        int end = s.endRow();
        if (s.firstRow() + SETTLING_ROWS >= end) {
            return;
        }
        // Where the step started, once settled: a short takes away the polarization the step built up, so an
        // absolute fall counts only if it undoes that share of it. A half cell's strip that recovers part of its
        // rise to the cutoff (stranded Li regaining contact: 0.86 -> 0.49 V) is not a short; a full cell whose
        // charge voltage falls by 0.3 V towards where the charge began is.
        double start = orient * v[s.firstRow() + SETTLING_ROWS];
        for (int r = s.firstRow() + SETTLING_ROWS + 1; r < end; r++) {
            double before = orient * v[r - 1];
            double after = orient * v[r];
            double fall = before - after;
            if (!(before > c.collapseMinVolts())) {
                continue;
            }
            boolean absolute = fall >= c.collapseVolts() && fall >= c.collapseFraction() * (before - start);
            if (fall >= c.collapseFraction() * before || absolute) {
                double ceiling = before - 0.5 * fall;
                boolean stays = true;
                for (int q = r + 1; q < Math.min(end, r + 1 + PERSISTENCE_ROWS); q++) {
                    stays &= orient * v[q] < ceiling;
                }
                if (stays) {
                    evidence.add(new CyclingEvent(CyclingEvent.Kind.VOLTAGE_COLLAPSE, r, t[r], String.format(
                            Locale.ROOT, "step %d: voltage jumped from %.4f V to %.4f V at constant current",
                            s.step(), v[r - 1], v[r])));
                    return;
                }
            }
        }
    }

    private static void cutoff(double[] t, StepSegment s, double end, List<Double> earlier, ShortCircuitCriteria c,
            List<CyclingEvent> evidence) {
        if (earlier.size() < 2) {
            return;
        }
        List<Double> last = earlier.subList(Math.max(0, earlier.size() - 3), earlier.size());
        double lo = last.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double hi = last.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        if (hi - lo <= c.cutoffAgreementVolts() && end < lo - c.cutoffShortfallVolts()) {
            evidence.add(new CyclingEvent(CyclingEvent.Kind.CUTOFF_NOT_REACHED, s.endRow() - 1, t[s.endRow() - 1],
                    String.format(Locale.ROOT, "step %d ended %.1f mV short of the %.4f V cutoff the %d steps before"
                            + " it reached", s.step(), 1e3 * (lo - end), hi, last.size())));
        }
    }
}
