package org.anodefree.cycling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the per-cycle table on random records: its capacities add up, and a run summarised alone is itself. */
class CycleTablePropertiesTest {

    /** A record of random cycles: plating, a rest sometimes, stripping, currents varying row to row. */
    private static CyclingRecord random(long seed, int cycles) {
        Random rnd = new Random(seed);
        CyclingRecordBuilder b = new CyclingRecordBuilder("random");
        int area = b.doubleColumn(CycleTable.ACTIVE_AREA);
        double t = 0;
        b.appendRow(t, 0, 0);
        for (int c = 0; c < cycles; c++) {
            for (int phase = 0; phase < 3; phase++) {
                int rows = 1 + rnd.nextInt(40);
                for (int k = 0; k < rows; k++) {
                    t += 1 + 100 * rnd.nextDouble();
                    double amps = phase == 1 ? 0 : (phase == 0 ? -1 : 1) * (1e-4 + 1e-3 * rnd.nextDouble());
                    b.set(CyclingRecordBuilder.TIME, t);
                    b.set(CyclingRecordBuilder.VOLTAGE, Math.signum(amps) * (0.02 + 0.1 * rnd.nextDouble()));
                    b.set(CyclingRecordBuilder.CURRENT, amps);
                    b.set(area, rnd.nextDouble());
                    b.endRow();
                }
            }
        }
        return b.build();
    }

    @Property(tries = 40)
    void capacitiesAddUpAndOneRunAcrossRunsIsItself(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int cycles) {
        CyclingRecord r = random(seed, cycles);
        CycleTable t = CycleTable.of(r, CycleAnalysis.analyze(r, 1e-4, PlatingSign.NEGATIVE));
        assertThat(t.rows()).isEqualTo(cycles);
        double plated = 0;
        double net = 0;
        for (int k = 0; k < cycles; k++) {
            double p = t.value(CycleTable.PLATED, k);
            double s = t.value(CycleTable.STRIPPED, k);
            plated += p;
            net += p - s;
            assertThat(t.value(CycleTable.CUMULATIVE_PLATED, k)).isCloseTo(plated, within(1e-12 * plated));
            assertThat(t.value(CycleTable.NET_PLATED, k)).isCloseTo(net, within(1e-12 * plated));
            assertThat(t.value(CycleTable.COULOMBIC_EFFICIENCY, k) * p).isCloseTo(s, within(1e-12 * p));
            double min = t.value("Active Area Fraction (min) / 1", k);
            assertThat(min).isBetween(0.0, t.value("Active Area Fraction (end) / 1", k));
            assertThat(t.value("Active Area Fraction (max) / 1", k)).isGreaterThanOrEqualTo(
                    t.value("Active Area Fraction (end) / 1", k));
        }
        CycleTable alone = CycleTable.acrossRuns(List.of(t));
        for (CyclingColumn c : t.columns()) {
            if (c.label().equals(CycleTable.CYCLE)) {
                continue;
            }
            String q = BdfColumns.quantity(c.label());
            String u = BdfColumns.unit(c.label());
            for (String stat : new String[] {"median", "min", "max"}) {
                CyclingColumn s = alone.column(q + " (run " + stat + ") / " + u);
                for (int k = 0; k < cycles; k++) {
                    assertThat(Double.compare(s.value(k), c.value(k))).isZero(); // NaN (undefined) stays NaN
                }
            }
        }
    }
}
