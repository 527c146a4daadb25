package org.anodefree.cycling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class CycleAnalysisPropertiesTest {

    /** Constant-current cycles: capacities are I * time / area exactly, CE their ratio, whichever sign plates. */
    @Property(tries = 60)
    void capacitiesOfConstantCurrentCycles(@ForAll @DoubleRange(min = 1e-5, max = 1e-2) @net.jqwik.api.constraints.Scale(8) double amps,
            @ForAll @DoubleRange(min = 0.5, max = 60) double dt, @ForAll @IntRange(min = 5, max = 200) int plateRows,
            @ForAll @IntRange(min = 1, max = 200) int stripRows, @ForAll @IntRange(min = 1, max = 6) int cycles,
            @ForAll boolean platingPositive) {
        int s = platingPositive ? 1 : -1;
        CyclingRecordBuilder b = new CyclingRecordBuilder("prop");
        double t = 0;
        b.appendRow(t, 0, 0);
        for (int c = 0; c < cycles; c++) {
            for (int k = 0; k < plateRows; k++) {
                b.appendRow(t += dt, s * 0.02, s * amps);
            }
            for (int k = 0; k < stripRows; k++) {
                b.appendRow(t += dt, -s * 0.02, -s * amps);
            }
        }
        double area = 1e-4;
        CycleSummary summary = CycleAnalysis.analyze(b.build(), area,
                platingPositive ? PlatingSign.POSITIVE : PlatingSign.NEGATIVE);
        assertThat(summary.cycles()).hasSize(cycles);
        double plated = amps * plateRows * dt / 3.6 / (area * 1e4);
        double stripped = amps * stripRows * dt / 3.6 / (area * 1e4);
        for (CycleResult c : summary.cycles()) {
            assertThat(c.platedMilliampHoursPerCm2()).isCloseTo(plated, within(1e-9 * plated));
            assertThat(c.strippedMilliampHoursPerCm2()).isCloseTo(stripped, within(1e-9 * stripped));
            assertThat(c.coulombicEfficiency()).isCloseTo((double) stripRows / plateRows, within(1e-9));
            assertThat(c.cumulativePlatedMilliampHoursPerCm2()).isCloseTo(c.cycle() * plated, within(1e-9 * c.cycle() * plated));
        }
        assertThat(summary.shortCircuit().occurred()).isFalse();
    }
}
