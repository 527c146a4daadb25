package org.anodefree.cycling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-cycle table on a hand-built half cell with known numbers, and its summary over runs. */
class CycleTableTest {
    private static final double AREA_M2 = 1e-4; // 1 cm2: 1 mA for 36 s is 0.01 mAh/cm2

    /**
     * A Cu | Li half cell (plating negative) at 1 mA, one row every 36 s: cycle 1 plates 1.00 and strips
     * 0.80 mAh/cm2 ending with a rise to 0.5 V; cycle 2 plates and strips 0.50 with a flat strip; cycle 3
     * plates 0.20 and never strips. An active-area column falls by 0.01 per strip row and recovers on plating.
     */
    static CyclingRecord halfCell() {
        CyclingRecordBuilder b = new CyclingRecordBuilder("hand-built");
        int active = b.doubleColumn(CycleTable.ACTIVE_AREA);
        int flag = b.intColumn("Flag / 1"); // int columns are not summarised
        int raw = b.doubleColumn("Ewe/V"); // nor labels that are not "Quantity / unit"
        double[] t = {0};
        row(b, t, 0, 0, 0, 1, active, flag, raw);
        int[][] cycles = {{100, 80}, {50, 50}, {20, 0}};
        for (int c = 0; c < cycles.length; c++) {
            for (int k = 1; k <= cycles[c][0]; k++) {
                row(b, t, -0.03, -1e-3, 36, 1, active, flag, raw);
            }
            for (int k = 1; k <= cycles[c][1]; k++) {
                double v = c == 0 && k == cycles[c][1] ? 0.5 : 0.03;
                row(b, t, v, 1e-3, 36, 1 - 0.01 * k, active, flag, raw);
            }
        }
        return b.build();
    }

    private static void row(CyclingRecordBuilder b, double[] t, double v, double i, double dt, double a, int active,
            int flag, int raw) {
        t[0] += dt;
        b.set(CyclingRecordBuilder.TIME, t[0]);
        b.set(CyclingRecordBuilder.VOLTAGE, v);
        b.set(CyclingRecordBuilder.CURRENT, i);
        b.set(active, a);
        b.setInt(flag, 7);
        b.set(raw, v);
        b.endRow();
    }

    @Test
    void capacitiesEfficiencyNetPlatedAndThePolarizedStripOfAKnownCell() {
        CyclingRecord r = halfCell();
        CycleTable table = CycleTable.of(r, CycleAnalysis.analyze(r, AREA_M2, PlatingSign.NEGATIVE));
        assertThat(table.rows()).isEqualTo(3);
        double[] plated = {1.0, 0.5, 0.2};
        double[] stripped = {0.8, 0.5, 0.0};
        double[] net = {0.2, 0.2, 0.4};
        for (int k = 0; k < 3; k++) {
            assertThat(table.value(CycleTable.CYCLE, k)).isEqualTo(k + 1);
            assertThat(table.value(CycleTable.PLATED, k)).isCloseTo(plated[k], within(1e-12));
            assertThat(table.value(CycleTable.STRIPPED, k)).isCloseTo(stripped[k], within(1e-12));
            assertThat(table.value(CycleTable.NET_PLATED, k)).isCloseTo(net[k], within(1e-12));
            assertThat(table.value(CycleTable.SHORT_CIRCUIT, k)).isZero();
        }
        assertThat(table.value(CycleTable.COULOMBIC_EFFICIENCY, 0)).isCloseTo(0.8, within(1e-12));
        assertThat(table.value(CycleTable.COULOMBIC_EFFICIENCY, 1)).isCloseTo(1.0, within(1e-12));
        assertThat(table.value(CycleTable.COULOMBIC_EFFICIENCY, 2)).isNaN();
        assertThat(table.value(CycleTable.CUMULATIVE_PLATED, 2)).isCloseTo(1.7, within(1e-12));
        assertThat(table.value(CycleTable.END_OF_STRIP, 0)).isCloseTo(470, within(1e-9));
        assertThat(table.value(CycleTable.STRIP_POLARIZED, 0)).isEqualTo(1);
        assertThat(table.value(CycleTable.STRIP_POLARIZED, 1)).isEqualTo(0);
        assertThat(table.value(CycleTable.STRIP_POLARIZED, 2)).isNaN();
        assertThat(table.netPlatedBefore(1)).isZero();
        assertThat(table.netPlatedBefore(3)).isCloseTo(0.2, within(1e-12));
        // cycle 1 starts at the first plating row (36 s) and ends with its 80th strip row (180 rows later)
        assertThat(table.value(CycleTable.START_TIME, 0)).isEqualTo(36);
        assertThat(table.value(CycleTable.END_TIME, 0)).isCloseTo(180 * 36, within(1e-9));
    }

    @Test
    void ownColumnsGiveEndMaxMinAndTheActiveAreaMinimumItsTime() {
        CyclingRecord r = halfCell();
        CycleTable table = CycleTable.of(r, CycleAnalysis.analyze(r, AREA_M2, PlatingSign.NEGATIVE));
        assertThat(table.columns().stream().map(CyclingColumn::label)).contains(
                "Active Area Fraction (end) / 1", "Active Area Fraction (max) / 1", "Active Area Fraction (min) / 1",
                "Active Area Fraction (min time) / s").noneMatch(l -> l.startsWith("Flag") || l.startsWith("Ewe"));
        assertThat(table.value("Active Area Fraction (min) / 1", 0)).isCloseTo(0.2, within(1e-12));
        assertThat(table.value("Active Area Fraction (end) / 1", 0)).isCloseTo(0.2, within(1e-12));
        assertThat(table.value("Active Area Fraction (max) / 1", 0)).isEqualTo(1);
        assertThat(table.value("Active Area Fraction (min time) / s", 0)).isCloseTo(180 * 36, within(1e-9));
        assertThat(table.value("Active Area Fraction (min) / 1", 1)).isCloseTo(0.5, within(1e-12));
        assertThat(table.value("Active Area Fraction (min) / 1", 2)).isEqualTo(1);
    }

    @Test
    void acrossRunsGivesMedianMinMaxPerCycleOverTheRunsThatReachedIt() {
        CyclingRecord r = halfCell();
        CycleTable three = CycleTable.of(r, CycleAnalysis.analyze(r, AREA_M2, PlatingSign.NEGATIVE));
        SyntheticHalfCell other = new SyntheticHalfCell(); // CE 0.9, 1 mAh/cm2 per cycle
        CyclingRecord o = other.build(1);
        CycleTable one = CycleTable.of(o, CycleAnalysis.analyze(o, SyntheticHalfCell.AREA_M2, PlatingSign.NEGATIVE));
        CycleTable all = CycleTable.acrossRuns(List.of(three, one, three));
        assertThat(all.rows()).isEqualTo(3);
        assertThat(all.value(CycleTable.RUNS, 0)).isEqualTo(3);
        assertThat(all.value(CycleTable.RUNS, 1)).isEqualTo(2);
        String ce = "Coulombic Efficiency (run %s) / 1";
        assertThat(all.value(String.format(ce, "median"), 0)).isCloseTo(0.8, within(1e-12));
        assertThat(all.value(String.format(ce, "min"), 0)).isCloseTo(0.8, within(1e-12));
        assertThat(all.value(String.format(ce, "max"), 0)).isCloseTo(0.9, within(1e-12));
        assertThat(all.value(String.format(ce, "median"), 2)).isNaN(); // no run stripped in cycle 3
        // a column only some runs have is summarised over those
        assertThat(all.value("Active Area Fraction (min) (run median) / 1", 0)).isCloseTo(0.2, within(1e-12));
    }
}
