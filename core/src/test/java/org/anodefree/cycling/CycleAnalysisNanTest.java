package org.anodefree.cycling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Records whose voltage, time or current are NaN in places (a whole window, a whole column, or scattered)
 * are analysed without an exception: a measure with no finite value to work from is NaN.
 */
class CycleAnalysisNanTest {

    /** The record of {@code cycles} synthetic half-cell cycles with rows {@code [from, to)} of a column made NaN. */
    private static CyclingRecord withNaN(int cycles, int column, int from, int to, double share, long seed) {
        CyclingRecord r = new SyntheticHalfCell().build(cycles);
        double[][] c = {r.timeSeconds().clone(), r.voltageVolts().clone(), r.currentAmps().clone()};
        Random rnd = new Random(seed);
        for (int i = Math.max(0, from); i < Math.min(to, r.rows()); i++) {
            if (rnd.nextDouble() < share) {
                c[column][i] = Double.NaN;
            }
        }
        CyclingRecordBuilder b = new CyclingRecordBuilder("nan");
        for (int i = 0; i < r.rows(); i++) {
            b.appendRow(c[0][i], c[1][i], c[2][i]);
        }
        return b.build();
    }

    @Test
    void everyVoltageNaNInTheNucleationWindowGivesNaNNotAnIndexError() {
        // Issue 16: with no finite voltage in the second plating step, the search for the recovered
        // voltage started at row 0 and overran its buffer with the rows of the first cycle.
        CyclingRecord clean = new SyntheticHalfCell().build(3);
        StepSegment second = CycleAnalysis.analyze(clean, SyntheticHalfCell.AREA_M2, PlatingSign.NEGATIVE).segments()
                .stream().filter(g -> g.direction() == StepSegment.Direction.PLATING).skip(1).findFirst().orElseThrow();
        CyclingRecord r = withNaN(3, CyclingRecordBuilder.VOLTAGE, second.firstRow(), second.endRow(), 1.0, 1);
        CycleSummary s = CycleAnalysis.analyze(r, SyntheticHalfCell.AREA_M2, PlatingSign.NEGATIVE);
        assertThat(s.cycles()).hasSize(3);
        assertThat(s.cycles().get(1).nucleationOverpotentialMillivolts()).isNaN();
        assertThat(s.cycles().get(1).platedMilliampHoursPerCm2()).isPositive();
        assertThat(s.cycles().get(0).nucleationOverpotentialMillivolts()).isPositive();
    }

    @Test
    void everyVoltageNaNEverywhere() {
        CyclingRecord r = withNaN(3, CyclingRecordBuilder.VOLTAGE, 0, Integer.MAX_VALUE, 1.0, 2);
        CycleSummary s = CycleAnalysis.analyze(r, SyntheticHalfCell.AREA_M2, PlatingSign.NEGATIVE);
        assertThat(s.cycles()).allSatisfy(c -> assertThat(c.nucleationOverpotentialMillivolts()).isNaN());
        CycleAnalysis.analyze(r, SyntheticHalfCell.AREA_M2, null);
    }

    @Property(tries = 200)
    void nanAnywhereNeverThrows(@ForAll @IntRange(min = 0, max = 2) int column, @ForAll @IntRange(min = 0, max = 3000) int from,
            @ForAll @IntRange(min = 1, max = 3000) int length, @ForAll @IntRange(min = 1, max = 100) int percent,
            @ForAll long seed, @ForAll boolean inferSign) {
        CyclingRecord r = withNaN(3, column, from, from + length, percent / 100.0, seed);
        CycleSummary s = CycleAnalysis.analyze(r, SyntheticHalfCell.AREA_M2, inferSign ? null : PlatingSign.NEGATIVE);
        assertThat(s).isNotNull();
        CycleTable.of(r, s);
    }
}
