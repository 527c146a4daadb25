package org.anodefree.io.cycler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.anodefree.SharedData;
import org.anodefree.cycling.CycleAnalysis;
import org.anodefree.cycling.CycleResult;
import org.anodefree.cycling.CycleSummary;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.cycling.PlatingSign;
import org.anodefree.cycling.SegmentStatistics;
import org.anodefree.cycling.StepSegment;
import org.junit.jupiter.api.Test;

/** The cycle analysis on real cycler files, checked against the cyclers' own capacity counters. */
class RealCellAnalysisTest {

    /** EC-Lab's {@code Q charge/discharge/mA.h} restarts every half cycle: its last value is the half cycle's charge. */
    @Test
    void gcplHalfCycleCapacitiesEqualEcLabsCounter() {
        Path dir = SharedData.folder("cycler/yadg");
        CyclingRecord r = CyclerFiles.read(dir.resolve("gcpl.pr_182.1.mpr"), null);
        List<Double> ecLab = lastOfEachHalfCycle(r);
        List<Double> ours = halfCycleCharges(r, PlatingSign.infer(r));
        assertThat(ours).hasSameSizeAs(ecLab);
        for (int k = 0; k < ours.size(); k++) {
            assertThat(ours.get(k)).isCloseTo(ecLab.get(k), within(1e-6 * ecLab.get(k) + 1e-9));
        }
    }

    /** Neware's Capacity(Ah) restarts every step; at one point a minute our sum must agree to 0.5 %. */
    @Test
    void newareStepCapacitiesEqualItsCounterAndNoFalseShort() {
        Path dir = SharedData.folder("cycler/cellpy");
        CyclingRecord r = CyclerFiles.read(dir.resolve("neware_uio.csv"), null);
        double[] cap = r.column("Capacity(Ah)").doubles();
        int checked = 0;
        for (StepSegment s : org.anodefree.cycling.CycleSegmenter.segments(r, PlatingSign.NEGATIVE)) {
            if (s.direction() == StepSegment.Direction.REST || s.rows() < 10) {
                continue;
            }
            double ours = SegmentStatistics.chargeCoulombs(r.timeSeconds(), r.currentAmps(), s.firstRow(),
                    s.endRow()) / 3600;
            assertThat(ours).as("step %d", s.step()).isCloseTo(cap[s.endRow() - 1], within(5e-3 * cap[s.endRow() - 1]));
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(8);
        CycleSummary summary = CycleAnalysis.analyze(r, 1e-4, null);
        assertThat(summary.platingSign()).isEqualTo(PlatingSign.NEGATIVE);
        assertThat(summary.shortCircuit().occurred()).as("the file ends mid-step; that is not a short").isFalse();
        for (CycleResult c : summary.cycles().subList(1, 4)) {
            assertThat(c.coulombicEfficiency()).isBetween(0.95, 1.0);
        }
    }

    static List<Double> lastOfEachHalfCycle(CyclingRecord r) {
        double[] q = r.column("Q charge/discharge/mA.h").doubles();
        int[] half = r.column("half cycle").ints();
        List<Double> out = new ArrayList<>();
        for (int k = 0; k < r.rows(); k++) {
            if (k == r.rows() - 1 || half[k + 1] != half[k]) {
                out.add(Math.abs(q[k]));
            }
        }
        return out;
    }

    static List<Double> halfCycleCharges(CyclingRecord r, PlatingSign sign) {
        List<Double> out = new ArrayList<>();
        StepSegment.Direction last = null;
        for (StepSegment s : org.anodefree.cycling.CycleSegmenter.segments(r, sign)) {
            double mah = SegmentStatistics.chargeCoulombs(r.timeSeconds(), r.currentAmps(), s.firstRow(), s.endRow())
                    / 3.6;
            if (s.direction() == StepSegment.Direction.REST) {
                continue;
            }
            if (s.direction() == last) {
                out.set(out.size() - 1, out.get(out.size() - 1) + mah);
            } else {
                out.add(mah);
            }
            last = s.direction();
        }
        return out;
    }
}
